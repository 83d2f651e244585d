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

/** The French number format, made only for a number the fast path below does not write. */
let NUMBER: Intl.NumberFormat | undefined;

/** Narrow no-break space: French groups thousands with it (`Intl.NumberFormat('fr-FR')` does too). */
const GROUP = '\u202f';

/**
 * A number as French readers write it, with at most one decimal: « 42,5 », « 1 500 ». The same text as
 * `Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 })`, written by hand for the usual numbers:
 * making that format loads the French locale data, 25 to 70 ms at each start of `falc` for the two
 * scores of its report. Like ICU, it rounds the number's shortest decimal writing (`String(value)`)
 * half up: 0.15 → « 0,2 », 999.95 → « 1 000 ». Numbers written with an exponent, infinities and NaN go
 * to `Intl` (tests/report/french-number.test.ts compares both).
 */
export function frenchNumber(value: number): string {
  const written = String(Math.abs(value));
  if (!Number.isFinite(value) || written.includes('e')) {
    NUMBER ??= new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 0, maximumFractionDigits: 1 });
    return NUMBER.format(value);
  }
  const point = written.indexOf('.');
  let whole = point === -1 ? written : written.slice(0, point);
  let tenth = point === -1 ? 0 : written.charCodeAt(point + 1) - 48;
  // Half up on the decimal writing: a second decimal of 5 or more rounds the first one up.
  if (point !== -1 && written.length > point + 2 && written.charCodeAt(point + 2) >= 53) tenth++;
  if (tenth === 10) {
    tenth = 0;
    whole = (BigInt(whole) + 1n).toString();
  }
  let grouped = whole;
  if (whole.length > 3) {
    grouped = whole.slice(0, whole.length % 3 || 3);
    for (let index = grouped.length; index < whole.length; index += 3) grouped += GROUP + whole.slice(index, index + 3);
  }
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${tenth === 0 ? '' : `,${tenth}`}`;
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
