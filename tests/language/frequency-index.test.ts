// The frequency index (src/language/frequency-index.ts) gives the answers of the Maps read from
// frequences.tsv, for every word of the list and for words that are not in it; the Node adapter writes it
// once and reads it at the next starts, and reads the TSV when the index is damaged.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseForms, FrequencyTable, parseFrequencyMaps, type FrequencyStore } from '../../src/language/frequencies.ts';
import { readFrequencyIndex, writeFrequencyIndex } from '../../src/language/frequency-index.ts';
import { loadFrequencies } from '../../src/node/load-resources.ts';

const TSV = readFileSync('rules/mot-difficile/data/frequences.tsv', 'utf8');
const INDEX_FOLDER = 'node_modules/.cache/falc-frequencies';

/** Every answer of the four lookups and of the table, for the words given. */
function answers(store: FrequencyStore, words: readonly string[]) {
  const table = new FrequencyTable(store);
  return words.map((word) => [
    word,
    store.forms.get(word),
    store.forms.has(word),
    store.lemmas.get(word),
    store.lemmas.has(word),
    store.parts.get(word),
    store.lemmaScores.get(word),
    store.lemmaScores.has(word),
    table.lemmaOf(word),
    table.partOf(word),
    table.lookup(word),
  ]);
}

const sizes = (store: FrequencyStore) => [store.forms.size, store.lemmas.size, store.parts.size, store.lemmaScores.size];

describe('frequency index', () => {
  it('answers as the Maps of frequences.tsv, for every word of the list and words out of it', () => {
    const maps = parseFrequencyMaps(TSV);
    const index = readFrequencyIndex(writeFrequencyIndex(maps));
    const listed = [...new Set([...maps.forms.keys(), ...maps.lemmaScores.keys(), ...maps.lemmas.values()])];
    // Words out of the list: inflections found through their base form, prefixes, odd signs.
    const others = [...listed.slice(0, 3000).flatMap((word) => [`${word}s`, `${word}ons`, word.slice(0, -1), `re${word}`]), ...baseForms('signerons'), '', 'a', 'zzzz', 'œuvre', 'oeuvre', '\u0000', 'ÿ', '😀', 'élécteur'];
    const words = [...listed, ...others];
    expect(listed.length).toBeGreaterThan(30_000);
    expect(answers(index, words)).toEqual(answers(maps, words));
    expect(sizes(index)).toEqual(sizes(maps));
  }, 60_000);

  it('keeps the TSV’s rules: a word listed twice (last line wins), missing fields, a pm that is not a number', () => {
    const maps = parseFrequencyMaps('# comment\nword\tpm\tlemma\tpos\nsigne\t5\tsigner\tVER \r\nsigner\t2\t\t\nseul\t3\nsigne\t1\tsigne\tNOM\nbizarre\tabc\t\tADJ\nmot sans tabulation\n');
    const index = readFrequencyIndex(writeFrequencyIndex(maps));
    const words = ['signe', 'signer', 'seul', 'bizarre', 'mot sans tabulatio', 'mot sans tabulation', 'absent'];
    expect(answers(index, words)).toEqual(answers(maps, words));
    expect(Number.isNaN(index.forms.get('bizarre'))).toBe(true);
  });

  it('refuses bytes that are not an index', () => {
    const bytes = writeFrequencyIndex(parseFrequencyMaps(TSV));
    expect(() => readFrequencyIndex(new TextEncoder().encode('not an index at all'))).toThrow();
    expect(() => readFrequencyIndex(bytes.subarray(0, bytes.length - 10))).toThrow();
  });
});

describe('the Node adapter and the index', () => {
  it('writes the index of frequences.tsv and reads it at the next start', async () => {
    const first = await loadFrequencies();
    const written = readdirSync(INDEX_FOLDER).filter((name) => name.startsWith('frequences-') && name.endsWith('.bin'));
    expect(written).toHaveLength(1);
    // A new start (a new process) reads the index, not the TSV: its lookups are not Maps.
    const script = "import { loadFrequencies } from './src/node/load-resources.ts'; const table = await loadFrequencies(); process.stdout.write(String(table.forms instanceof Map));";
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout).toBe('false');
    // What it holds is what the TSV says.
    const index = readFrequencyIndex(new Uint8Array(readFileSync(`${INDEX_FOLDER}/${written[0]}`)));
    const words = ['maison', 'attestation', 'frappons', 'signerons', 'électeur', 'juridictionnelle', 'signer', 'est'];
    const maps = parseFrequencyMaps(TSV);
    expect(answers(index, words)).toEqual(answers(maps, words));
    expect(answers({ forms: first.forms, lemmas: first.lemmas, parts: first.parts, lemmaScores: first.lemmaScores }, words)).toEqual(answers(maps, words));
  }, 60_000);

  it('reads the TSV when the index is damaged, and writes it again', () => {
    const [name] = readdirSync(INDEX_FOLDER).filter((file) => file.startsWith('frequences-') && file.endsWith('.bin'));
    const path = `${INDEX_FOLDER}/${name}`;
    writeFileSync(path, 'damaged');
    const script = "import { loadFrequencies } from './src/node/load-resources.ts'; const table = await loadFrequencies(); process.stdout.write(JSON.stringify([table.size, table.lookup('maison')?.pm > 1, table.partOf('signer')]));";
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout).toBe('[30000,true,"VER"]');
    expect(existsSync(path)).toBe(true);
    expect(() => readFrequencyIndex(new Uint8Array(readFileSync(path)))).not.toThrow();
  }, 60_000);
});
