/**
 * Readability scores said in words first, then the figures with a French decimal comma. Pure (no
 * Node API): the CLI report and the checker page use it.
 */

export interface ReadabilityScores {
  /** Kandel–Moles: 0 to 100, higher is easier. */
  kandelMoles: number;
  /** LIX: lower is easier (under 30 easy, 30 to 40 medium). */
  lix?: number | undefined;
}

/** Made at the first number (loading the French number format costs about 10 ms at each start). */
let NUMBER: Intl.NumberFormat | undefined;

/** A number as French readers write it: « 42,5 », « 1 500 ». */
export function frenchNumber(value: number): string {
  NUMBER ??= new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 0, maximumFractionDigits: 1 });
  return NUMBER.format(value);
}

/**
 * The scores in words: « Texte facile à lire » (Kandel–Moles 70 or more and LIX under 30), « Texte
 * assez facile à lire » (60 or more, LIX 40 or less: what the `lisibilite` rule asks), « Texte assez
 * difficile à lire » (40 or more), « Texte difficile à lire ».
 */
export function readabilityInWords(scores: ReadabilityScores): string {
  const lix = scores.lix ?? 0;
  if (scores.kandelMoles >= 70 && lix < 30) return 'Texte facile à lire';
  if (scores.kandelMoles >= 60 && lix <= 40) return 'Texte assez facile à lire';
  if (scores.kandelMoles >= 40) return 'Texte assez difficile à lire';
  return 'Texte difficile à lire';
}

/** « Texte facile à lire (Kandel-Moles 74,6 ; LIX 28,5) ». */
export function readabilityLine(scores: ReadabilityScores): string {
  const figures = [`Kandel-Moles ${frenchNumber(scores.kandelMoles)}`];
  if (scores.lix !== undefined) figures.push(`LIX ${frenchNumber(scores.lix)}`);
  return `${readabilityInWords(scores)} (${figures.join(' ; ')})`;
}
