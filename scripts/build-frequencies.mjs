// Builds rules/mot-difficile/data/frequences.tsv from the shared French frequency list
// (/work/shared/data/fr-frequency.tsv, CC BY-SA 4.0; see rules/mot-difficile/data/LICENCE.md).
//
// Usage: node scripts/build-frequencies.mjs [source.tsv] [output.tsv]
//
// For each form, the output keeps only what the checker uses:
// - `word`: the form, lower case, ASCII apostrophe;
// - `pm`: max(freq_pm, books_pm, lemma_freq_pm), occurrences per million words, 3 significant digits.
//   The max of the spoken (subtitles), written (books) and lemma frequencies: a word is common when it
//   is common in one register, and a rare inflection of a common word is common (`frappons` → `frapper`);
// - `lemma`: the Lexique lemma, only when it differs from the form (empty otherwise);
// - `pos`: the Lexique part of speech of the form's most frequent reading (VER, NOM, ADJ, ADV…), empty when unknown.
//   The vocabulary rules offer only replacements of the same part of speech.
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2] ?? '/work/shared/data/fr-frequency.tsv';
const output = process.argv[3] ?? new URL('../rules/mot-difficile/data/frequences.tsv', import.meta.url);

const lines = readFileSync(source, 'utf8').split('\n');
const rows = [];
let header;
for (const line of lines) {
  if (line === '' || line.startsWith('#')) continue;
  const cells = line.split('\t');
  if (!header) {
    header = cells;
    continue;
  }
  const get = (name) => cells[header.indexOf(name)] ?? '';
  const number = (name) => {
    const value = Number.parseFloat(get(name));
    return Number.isFinite(value) ? value : 0;
  };
  const word = get('word').normalize('NFC');
  const pm = Math.max(number('freq_pm'), number('books_pm'), number('lemma_freq_pm'));
  const lemma = get('lemma').normalize('NFC');
  rows.push([word, pm >= 100 ? String(Math.round(pm)) : String(Number(pm.toPrecision(3))), lemma === word ? '' : lemma, get('pos')]);
}
if (!header || !['word', 'freq_pm', 'lemma', 'pos', 'lemma_freq_pm', 'books_pm'].every((name) => header.includes(name))) {
  throw new Error(`${source}: unexpected header ${header}`);
}

const text = [
  '# French word frequencies for the FALC checker. CC BY-SA 4.0. Attribution and sources: LICENCE.md (same folder).',
  '# Made by scripts/build-frequencies.mjs from fr-frequency.tsv: pm = max(freq_pm, books_pm, lemma_freq_pm) per million words; pos = Lexique part of speech.',
  'word\tpm\tlemma\tpos',
  ...rows.map((row) => row.join('\t')),
  '',
].join('\n');
writeFileSync(output, text);
console.log(`${rows.length} formes écrites dans ${output instanceof URL ? output.pathname : output}`);
