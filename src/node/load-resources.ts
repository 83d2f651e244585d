/**
 * Node adapter: reads the language resources from disk and hands them to the engine.
 * - the French word frequencies: `rules/mot-difficile/data/frequences.tsv`;
 * - the glossary: `content/glossaire/*.mdx` in the project folder;
 * - the project's word list: `rules/orthographe/mots-du-projet.txt`;
 * - the French spelling lookup (`rules/orthographe/data/formes.dawg`, every form of `dictionary-fr`,
 *   made at install by `scripts/build-spelling.mjs`), for the spelling rule: read at the first unknown word.
 * Each is read once per process and folder.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { FrequencyTable, parseFrequencyMaps, type FrequencyMaps } from '../language/frequencies.ts';
import { FREQUENCY_INDEX_VERSION, readFrequencyIndex, writeFrequencyIndex } from '../language/frequency-index.ts';
import { parseGlossaryEntry, type GlossaryEntry } from '../language/glossary.ts';
import type { LanguageResources } from '../language/lexicon.ts';
import { readSpellingLookup, type SpellingLookup } from '../language/spelling-lookup.ts';
import { removeStaleFiles, writeFileAtomicSync } from './write-file-atomic.mjs';

const FREQUENCIES = new URL('../../rules/mot-difficile/data/frequences.tsv', import.meta.url);
/** Where the index of the frequency list is kept (`src/language/frequency-index.ts`). */
const FREQUENCY_INDEX_FOLDER = new URL('../../node_modules/.cache/falc-frequencies/', import.meta.url);
const PROJECT_WORDS = new URL('../../rules/orthographe/mots-du-projet.txt', import.meta.url);
/** The spelling lookup file (a browser fetches the same file as an asset). */
export const SPELLING_LOOKUP = new URL('../../rules/orthographe/data/formes.dawg', import.meta.url);
/** Folder of the glossary entries, from the project folder. */
export const GLOSSARY_FOLDER = 'content/glossaire';

export interface LoadResourcesOptions {
  /** Project folder (default: the working directory). */
  cwd?: string;
  /** Glossary folder, from `cwd` (default: `content/glossaire`). */
  glossary?: string;
  /** Load the spelling dictionary (default: true). */
  spelling?: boolean;
}

let frequencies: Promise<FrequencyTable> | undefined;
let projectWords: Promise<string[]> | undefined;
let spelling: SpellingLookup | null | undefined;
const glossaries = new Map<string, Promise<GlossaryEntry[]>>();

/** The frequency table (read once). */
export function loadFrequencies(): Promise<FrequencyTable> {
  frequencies ??= readFrequencies();
  return frequencies;
}

/**
 * The frequency list from its index, made for this version of the TSV (its size and date are in the
 * index's name) and of the code that reads it (`FREQUENCY_INDEX_VERSION`). Without it (first start, the TSV changed, a damaged file), from the TSV, and the index
 * is written for the next starts.
 */
async function readFrequencies(): Promise<FrequencyTable> {
  let index: URL | undefined;
  try {
    const { size, mtimeMs } = statSync(FREQUENCIES);
    index = new URL(`frequences-${FREQUENCY_INDEX_VERSION}-${size}-${Math.trunc(mtimeMs)}.bin`, FREQUENCY_INDEX_FOLDER);
    return new FrequencyTable(readFrequencyIndex(new Uint8Array(readFileSync(index))));
  } catch {
    // Read the TSV.
  }
  const maps = parseFrequencyMaps(await readFile(FREQUENCIES, 'utf8'));
  if (index) writeIndex(index, maps);
  return new FrequencyTable(maps);
}

/** Writes the index in one step (a command started meanwhile never reads half a file), then removes older indexes. */
function writeIndex(index: URL, maps: FrequencyMaps): void {
  try {
    mkdirSync(FREQUENCY_INDEX_FOLDER, { recursive: true });
    writeFileAtomicSync(fileURLToPath(index), writeFrequencyIndex(maps));
    // The index of an older version of the list is no use any more.
    const name = index.pathname.split('/').pop()!;
    removeStaleFiles(fileURLToPath(FREQUENCY_INDEX_FOLDER), name, (other) => other.startsWith('frequences-') && other.endsWith('.bin'));
  } catch {
    // A read-only folder: the next starts read the TSV again.
  }
}

/** Words of a word list: one a line, `#` starts a comment. */
export function parseWordList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

function loadProjectWords(): Promise<string[]> {
  projectWords ??= readFile(PROJECT_WORDS, 'utf8').then(parseWordList, () => []);
  return projectWords;
}

/** The spelling lookup, read once per process (undefined when the file is missing). */
export function loadSpellingLookup(): SpellingLookup | undefined {
  if (spelling === undefined) {
    try {
      spelling = readSpellingLookup(new Uint8Array(readFileSync(SPELLING_LOOKUP)));
    } catch {
      spelling = null;
    }
  }
  return spelling ?? undefined;
}

/** Reads the glossary entries of a folder. An entry with a wrong frontmatter is skipped (`falc check` reports it). */
export function loadGlossary(folder: string, cwd = process.cwd()): Promise<GlossaryEntry[]> {
  const path = resolve(cwd, folder);
  let entries = glossaries.get(path);
  if (!entries) {
    entries = (async () => {
      if (!existsSync(path)) return [];
      const files = (await glob('*.mdx', { cwd: path })).sort();
      const result: GlossaryEntry[] = [];
      for (const name of files) {
        const file = join(path, name);
        try {
          result.push(parseGlossaryEntry(await readFile(file, 'utf8'), relative(cwd, file)));
        } catch {
          // The checker reports the wrong frontmatter when it checks the file.
        }
      }
      return result;
    })();
    glossaries.set(path, entries);
  }
  return entries;
}

/** Forgets the glossaries read so far: `astro dev` calls it when a glossary entry is saved. */
export function forgetGlossaries(): void {
  glossaries.clear();
}

/** Reads every language resource (in parallel, once). */
export async function loadResources(options: LoadResourcesOptions = {}): Promise<LanguageResources> {
  const cwd = options.cwd ?? process.cwd();
  const [table, glossary, words] = await Promise.all([
    loadFrequencies(),
    loadGlossary(options.glossary ?? GLOSSARY_FOLDER, cwd),
    loadProjectWords(),
  ]);
  const resources: LanguageResources = { frequencies: table, glossary, projectWords: words };
  // Read at the first word that no other list knows.
  if (options.spelling !== false && existsSync(SPELLING_LOOKUP)) resources.spelling = loadSpellingLookup;
  return resources;
}
