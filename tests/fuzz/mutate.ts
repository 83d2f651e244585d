/**
 * Seeded mutations of real guides and rule pages, for the fuzzing suite (`npm run fuzz`) and its
 * small sample in `npm test`. The same seed gives the same inputs on every machine.
 */

/** A small seeded random generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (rand: Random, max: number) => Math.floor(rand() * max);
const pick = <T>(rand: Random, items: readonly T[]): T => items[int(rand, items.length)]!;
/** A size that is often small and sometimes huge. */
const size = (rand: Random, max: number) => Math.max(1, Math.floor(Math.exp(rand() * Math.log(max))));

/** Markdown, MDX, JSX and YAML pieces that parsers treat specially. */
const SNIPPETS = [
  '<Etape titre="', '</Etape>', '<Etape titre="Aller à la mairie" picto="mairie">\n', '<Important>', '</Important>', '<Lieu nom="Mairie" lien="javascript:alert(1)" />',
  '{', '}', '{/* ', ' */}', '{/* falc-ignore phrase-longue -- exemple */}', '{/* falc-ignore regle-inexistante */}', '<!--', '-->',
  '<!-- falc-ignore phrase-longue -- exemple -->', '---\n', '\n---\n', 'title: &a [*a]\n', '*a', '&a ', ': ', '? ', '- ', '> ', '1. ', '* ',
  '**', '__', '_', '*', '~~', '`', '```\n', '[', '](', ')', '![', '<u ', '<u>', '</u>', '<em>', '<i>', '<div>', '<script>', '<', '>', '\\',
  '&amp;', '&#x0;', '&#128512;', '|', '| --- |', '# ', '## ', '###### ', '\t', '    ', '\r', '\r\n', '\n\n', '\uFEFF', '\u00a0', '\u202f',
  '« ', ' »', '…', '’', "l'", 'M.', 'etc.', 'n°', '9h30', '14:00', '3/4/2026', '1 500 €', '50 %', 'CAF', 'XIV', 'https://www.exemple.fr',
  'https://', 'mailto:', 'www.', '@', ';', ':', '?', '!', '.', ',', '(', ')', '"', "'", '-', '–', '—', '/', '%',
];

/** Unicode that often breaks text handling: accents, combining marks, emoji, right-to-left, zero width, astral letters. */
const UNICODE = ['é', 'É', 'e\u0301', 'œ', 'ß', 'İ', '😀', '👩‍👩‍👧', '\u{1D400}', 'ﬁ', '\u200b', '\u200d', '\u2028', '\u2029', '\u0085', 'מ', 'ع', '\u202e', '\uFFFD', '\u00ad', '\u0000', '\u001b[31m', '\u0007'];

/** Patterns that once made a rule or a parser slow when repeated. */
const REPEATED = ['- ', '>', '1. ', ';', '.', '?', '<', '<u ', '[', ']', '*', '_', 'a ', '1', '1 ', '1h', '1 h ', '1:', 'M.', 'a.', "l'", 'A', 'ABC ', '…', '!', '(', ' ', '\t', '``', '{', '<Etape>', '&a ', ': ', '  ', '\\', 'https://a.fr/', 'é', '😀'];

const MUTATIONS: ReadonlyArray<[string, (text: string, rand: Random) => string]> = [
  ['byte-flip', (text, rand) => {
    const bytes = Buffer.from(text, 'utf8');
    for (let count = size(rand, 16); count > 0 && bytes.length > 0; count--) bytes[int(rand, bytes.length)] = int(rand, 256);
    return bytes.toString('utf8');
  }],
  ['delete', (text, rand) => {
    const start = int(rand, text.length + 1);
    return text.slice(0, start) + text.slice(start + size(rand, 2000));
  }],
  ['duplicate', (text, rand) => {
    const start = int(rand, text.length + 1);
    const piece = text.slice(start, start + size(rand, 500));
    return text.slice(0, start) + piece.repeat(size(rand, 20)) + text.slice(start);
  }],
  ['insert-snippet', (text, rand) => {
    let result = text;
    for (let count = size(rand, 10); count > 0; count--) {
      const at = int(rand, result.length + 1);
      result = result.slice(0, at) + pick(rand, SNIPPETS) + result.slice(at);
    }
    return result;
  }],
  ['unicode', (text, rand) => {
    let result = text;
    for (let count = size(rand, 20); count > 0; count--) {
      const at = int(rand, result.length + 1);
      result = result.slice(0, at) + pick(rand, UNICODE) + result.slice(at);
    }
    return result;
  }],
  ['deep-nesting', (text, rand) => {
    const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
    const at = pick(rand, lineStarts);
    const marker = pick(rand, ['- ', '>', '> ', '1. ', '  ', '<Etape titre="a">\n', '<Important>\n', '*', '[', '**']);
    return text.slice(0, at) + marker.repeat(size(rand, 4000)) + text.slice(at);
  }],
  ['long-line', (text, rand) => {
    const at = int(rand, text.length + 1);
    const piece = pick(rand, REPEATED);
    return text.slice(0, at) + piece.repeat(Math.ceil(size(rand, 40_000) / piece.length)) + text.slice(at);
  }],
  ['line-endings', (text, rand) => {
    const choice = int(rand, 4);
    if (choice === 0) return text.replace(/\n/g, '\r\n');
    if (choice === 1) return text.replace(/\n/g, '\r');
    if (choice === 2) return `\uFEFF${text}`;
    return `\uFEFF${text.replace(/\n/g, '\r')}`;
  }],
];

export interface FuzzInput {
  /** Which seed document and mutations made it: enough to find it again. */
  name: string;
  text: string;
  format: 'mdx' | 'md' | 'txt';
}

/** The input number `index` of a run with this seed, from the corpus (path → text). */
export function makeInput(corpus: ReadonlyArray<{ path: string; text: string }>, seed: number, index: number): FuzzInput {
  const rand = random(seed * 1_000_003 + index);
  const base = pick(rand, corpus);
  let text = base.text;
  const names: string[] = [];
  for (let count = 1 + int(rand, 3); count > 0; count--) {
    const [name, mutate] = pick(rand, MUTATIONS);
    text = mutate(text, rand);
    names.push(name);
  }
  const formatRoll = rand();
  const format = formatRoll < 0.1 ? 'txt' : formatRoll < 0.25 ? (base.path.endsWith('.mdx') ? 'md' : 'mdx') : base.path.endsWith('.mdx') ? 'mdx' : 'md';
  return { name: `${seed}:${index} ${base.path} ${names.join('+')} ${format}`, text, format };
}
