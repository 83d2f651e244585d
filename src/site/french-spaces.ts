/**
 * French typography for readers: no line may start with « ? ! : ; » », a number stays with its
 * unit, a form number with its name. Spaces that must not break become no-break spaces: narrow
 * (U+202F) before ? ! ; and inside « », normal width (U+00A0) before : and after a number.
 * Pure functions: they run on Markdown text or on a whole HTML page (src/site/typography-middleware.ts).
 */

export const NARROW_NBSP = '\u202f';
export const NBSP = '\u00a0';

const UNITS = [
  'mois', 'ans?', 'jours?', 'semaines?', 'heures?', 'minutes?', 'h', 'min', '€', 'euros?', '%', 'fois',
  'pages?', 'personnes?', 'enfants?', 'km', 'kg', 'm', 'cm', 'ko', 'Mo', 'étapes?', 'papiers?',
].join('|');
const NUMBER_UNIT = new RegExp(`(\\d)[ \\t\\n]+(?=(?:${UNITS})(?![\\p{L}\\d]))`, 'gu');
const NAME_NUMBER = /\b(Cerfa|cerfa|n°|N°|article|articles)[ \t\n]+(?=[A-Z]?\d)/gu;
const PHONE = /\b0\d(?:[ .]\d\d){4}\b/g;

/** The same text with French no-break spaces. Running it twice changes nothing. */
export function frenchSpaces(text: string): string {
  return text
    .replace(/[ \t\n\u00a0\u202f]+(?=[?!;»])/g, NARROW_NBSP)
    .replace(/[ \t\n\u00a0\u202f]+(?=:(?!\/\/))/g, NBSP)
    .replace(/«[ \t\n\u00a0\u202f]+/g, `«${NARROW_NBSP}`)
    .replace(NUMBER_UNIT, `$1${NBSP}`)
    .replace(NAME_NUMBER, `$1${NBSP}`)
    .replace(PHONE, (phone) => phone.replace(/ /g, NBSP));
}

/** Elements whose text is not prose: left as is. */
const RAW = new Set(['script', 'style', 'pre', 'code', 'textarea', 'kbd', 'samp']);

/**
 * An HTML page with French no-break spaces in its text (never in tags, attributes, scripts, styles
 * or code). Whitespace at the start of a text run counts too: `<a>mot</a> ?` keeps its « ? » on the line.
 */
export function frenchSpacesHtml(html: string): string {
  const parts = html.split(/(<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>|<![^>]*>)/);
  let raw: string | undefined;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    if (index % 2 === 1) {
      const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
      if (!tag) continue;
      const name = tag[2]!.toLowerCase();
      if (raw === undefined && !tag[1] && RAW.has(name) && !part.endsWith('/>')) raw = name;
      else if (raw === name && tag[1]) raw = undefined;
      continue;
    }
    if (raw === undefined && part) parts[index] = frenchSpaces(part);
  }
  return parts.join('');
}
