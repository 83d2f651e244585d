/** The readability scores said in words first, the figures second (Kandel–Moles: higher is easier). */
export function readabilityInWords(stats: { words: number; kandelMoles?: number; lix?: number }): string {
  if (stats.words === 0 || stats.kandelMoles === undefined) return '';
  const score = Math.round(stats.kandelMoles);
  const words = score >= 70 ? 'Texte facile à lire' : score >= 60 ? 'Texte assez facile à lire' : score >= 40 ? 'Texte difficile à lire' : 'Texte très difficile à lire';
  const short = stats.words < 50 ? ' Le texte est court : ce score peut changer beaucoup.' : '';
  const lix = stats.lix === undefined ? '' : `, indice de difficulté ${Math.round(stats.lix)}`;
  return `${words}. (Score de lisibilité ${score} sur 100${lix}.)${short}`;
}
