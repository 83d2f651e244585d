/**
 * Adversarial input shapes for `npm run fuzz:shapes` (scripts/fuzz-shapes.ts): each shape makes a
 * text of a given size (in characters) from one pattern repeated, so that the checker's cost can be
 * compared between sizes. A linear checker takes about twice the time for twice the size; a
 * quadratic spot takes four times. The mutator (mutate.ts) finds such spots by chance, these shapes on
 * purpose.
 */
import { random } from './mutate.ts';

export interface Shape {
  name: string;
  format: 'mdx' | 'md' | 'txt';
  /** A text of about `size` characters. */
  make: (size: number, guide: string) => string;
}

/** The guide's body, without its header. */
export function body(guide: string): string {
  return guide.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Repeats `piece` (a string, or a function of the repetition's number) until `size` characters. */
function fill(size: number, piece: string | ((index: number) => string), before = '', after = ''): string {
  const parts: string[] = [before];
  let length = before.length + after.length;
  for (let index = 0; length < size; index++) {
    const part = typeof piece === 'string' ? piece : piece(index);
    parts.push(part);
    length += part.length;
  }
  parts.push(after);
  return parts.join('');
}

const SENTENCE = 'Vous allez à la mairie avec votre carte. ';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzéèàç';

/** A seeded word of `length` letters that is in no dictionary. */
function unknownWord(rand: () => number, length: number): string {
  let word = '';
  for (let index = 0; index < length; index++) word += LETTERS[Math.floor(rand() * LETTERS.length)];
  return word;
}

/** A real word with one letter changed: a typo the spelling rule suggests for. */
function typo(rand: () => number, word: string): string {
  const at = Math.floor(rand() * word.length);
  return word.slice(0, at) + LETTERS[Math.floor(rand() * 26)] + word.slice(at + 1);
}

/** One run of the same character (or short piece) on one line, after a sentence. */
const run = (name: string, piece: string): Shape => ({ name: `suite ${name}`, format: 'md', make: (size) => fill(size, piece, SENTENCE) + '\n' });

export const SHAPES: Shape[] = [
  { name: 'ligne longue (guide)', format: 'mdx', make: (size, guide) => fill(size, body(guide).replace(/\s*\n\s*/g, ' ') + ' ') },
  { name: 'ligne longue sans ponctuation', format: 'mdx', make: (size, guide) => fill(size, body(guide).replace(/\s*\n\s*/g, ' ').replace(/[.!?;:…]/g, '') + ' ') },
  { name: 'ligne longue (texte brut)', format: 'txt', make: (size, guide) => fill(size, body(guide).replace(/<[^>]*>|\{[^}]*\}/g, '').replace(/\s*\n\s*/g, ' ') + ' ') },
  { name: 'guide répété', format: 'mdx', make: (size, guide) => fill(size, body(guide) + '\n') },
  run(';', ';'), run('.', '.'), run('?', '?'), run('!', '!'), run('*', '*'), run('_', '_'), run('<', '<'), run('[', '['), run('(', '('),
  run(')', ')'), run('«', '«'), run('«·espace', '« '), run('chiffres', '1'), run('chiffres espacés', '1 '), run('espaces', ' '), run('tabulations', '\t'),
  run('espaces insécables', '\u00a0'), run('tirets', '- '), run('>', '>'), run('`', '`'), run('~', '~'), run('|', '|'), run('&', '&'), run('#', '#'),
  run('\\', '\\'), run(':', ':'), run('/', '/'), run('@', '@'), run('%', '%'), run('h', '1h '), run("l'", "l'"), run('M.', 'M. '), run('a.', 'a.'),
  run('MAJUSCULES', 'ABC '), run('…', '…'), run('{', '{'), run('"', '"'), run('= (titre)', '=\n'), run('---', '---\n'),
  // The same signs with a space after each: a run without spaces is refused before parsing (`suite-sans-espace`).
  ...[';', '.', '?', '!', '*', '_', '<', '>', '[', ']', '(', ')', '«', '»', '`', '~', '|', '&', '#', '\\', ':', '/', '@', '%', '"', '{', '}', '=', '+', '…', '<u', '<em>', '</Mot>', '&amp;', '[^1]', 'a)', '1)', 'h'].map((sign) => run(`${sign} espacés`, `${sign} `)),
  run('références', 'mairie&amp;préfecture '), run('échappements', 'a\\*b '), run('barres obliques', '\\\\'), run('NUL', 'a\u0000b '),
  { name: 'titres soulignés', format: 'md', make: (size) => fill(size, (index) => `Titre ${index}\n=====\n\n`) },
  { name: 'titres soulignés par -', format: 'md', make: (size) => fill(size, (index) => `Vous allez à la mairie ${index}.\n---\n`) },
  { name: 'mots inconnus', format: 'md', make: (size) => { const rand = random(size); return fill(size, (index) => `${unknownWord(rand, 4 + (index % 9))}${index % 12 === 11 ? '.\n' : ' '}`); } },
  { name: 'fautes de frappe', format: 'md', make: (size, guide) => { const rand = random(size); const words = body(guide).match(/\p{L}{4,}/gu) ?? ['mairie']; return fill(size, (index) => `${typo(rand, words[index % words.length]!)}${index % 12 === 11 ? '.\n' : ' '}`); } },
  { name: 'mots inconnus sur une ligne', format: 'md', make: (size) => { const rand = random(size); return fill(size, (index) => `${unknownWord(rand, 4 + (index % 9))} `); } },
  { name: 'un seul mot très long', format: 'md', make: (size) => { const rand = random(size); return `Vous écrivez ${unknownWord(rand, size)}.\n`; } },
  { name: 'mot long répété', format: 'md', make: (size) => fill(size, 'anticonstitutionnellement ') },
  { name: 'tableau', format: 'md', make: (size) => fill(size, (index) => `| Vous allez ${index} | à la mairie | le lundi |\n`, '| Quoi | Où | Quand |\n| --- | --- | --- |\n') },
  { name: 'tableau large', format: 'md', make: (size) => { const columns = Math.max(2, Math.floor(Math.sqrt(size / 8))); return fill(size, `|${' mot |'.repeat(columns)}\n`, `|${' a |'.repeat(columns)}\n|${' --- |'.repeat(columns)}\n`); } },
  { name: 'liens', format: 'md', make: (size) => fill(size, (index) => `Lisez [la page ${index}](https://www.exemple.fr/${index}).\n`) },
  { name: 'liens sur une ligne', format: 'md', make: (size) => fill(size, (index) => `[la page ${index}](https://www.exemple.fr/${index}) `) },
  { name: 'adresses web collées', format: 'md', make: (size) => fill(size, (index) => `https://www.exemple.fr/${index}`) },
  { name: 'mise en valeur', format: 'md', make: (size) => fill(size, (index) => (index % 2 ? '*carte* ' : '**mairie** ')) },
  { name: 'mise en valeur imbriquée', format: 'md', make: (size) => '***'.repeat(Math.floor(size / 12)) + 'mot' + '***'.repeat(Math.floor(size / 12)) + '\n' },
  { name: 'notes', format: 'md', make: (size) => { const count = Math.floor(size / 60); return fill(count * 30, (index) => `Vous allez à la mairie[^${index}]. `) + '\n\n' + fill(count * 30, (index) => `[^${index}]: La mairie.\n`); } },
  { name: 'titres', format: 'md', make: (size) => fill(size, (index) => `## Titre ${index}\n\n`) },
  { name: 'éléments de liste', format: 'md', make: (size) => fill(size, '- Vous allez à la mairie.\n') },
  { name: 'liste numérotée', format: 'md', make: (size) => fill(size, (index) => `${index + 1}. Vous allez à la mairie.\n`) },
  { name: 'composants', format: 'mdx', make: (size) => fill(size, '<Etape titre="Aller à la mairie" picto="mairie">\nVous allez à la mairie.\n</Etape>\n\n') },
  { name: 'composants sur une ligne', format: 'mdx', make: (size) => fill(size, '<Mot>mairie</Mot> ', 'Vous allez à la ', '.\n') },
  { name: 'attributs', format: 'mdx', make: (size) => fill(size, (index) => ` a${index}="x"`, '<Lieu nom="Mairie"', ' />\n') },
  { name: 'commentaires', format: 'mdx', make: (size) => fill(size, '{/* note */} Vous allez. ') + '\n' },
  { name: 'citations imbriquées', format: 'md', make: (size) => '> '.repeat(Math.floor(size / 2)) + 'Vous.\n' },
  { name: 'listes imbriquées', format: 'md', make: (size) => fill(size, (index) => `${'  '.repeat(index % 60)}- Vous.\n`) },
  { name: 'composants imbriqués', format: 'mdx', make: (size) => { const count = Math.floor(size / 26); return '<Important>\n'.repeat(count) + 'Vous.\n' + '</Important>\n'.repeat(count); } },
  { name: 'écritures et emoji', format: 'md', make: (size) => fill(size, (index) => ['Vous ', 'מרחב ', 'عربي ', '😀 ', '👩‍👩‍👧 ', 'e\u0301te\u0301 ', '\u{1D400}bc ', 'İstanbul ', 'straße. '][index % 9]!) },
  { name: 'invisibles', format: 'md', make: (size) => fill(size, (index) => ['Vous', '\u200b', 'allez', '\u00ad', '\u200d', ' ', '\u202e', 'ici', '. '][index % 9]!) },
  { name: 'CRLF', format: 'mdx', make: (size, guide) => fill(size, body(guide).replace(/\n/g, '\r\n')) },
  { name: 'CR seul', format: 'mdx', make: (size, guide) => fill(size, body(guide).replace(/\n/g, '\r')) },
  { name: 'BOM', format: 'mdx', make: (size, guide) => '\uFEFF' + fill(size, body(guide)) },
];
