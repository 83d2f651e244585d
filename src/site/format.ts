/** A date in words, in French: « 25 novembre 2026 ». */
export function dateInWords(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** What the status of a guide means, for readers. */
export const STATUS_TEXT: Record<'brouillon' | 'relu' | 'valide', string> = {
  brouillon: 'Brouillon : ce guide n’est pas encore relu.',
  relu: 'Relu : une personne a relu ce guide.',
  valide: 'Validé : des lecteurs ont testé ce guide.',
};
