/**
 * Browser adapter: the same language resources as `src/node/load-resources.ts`, bundled as static
 * assets by Vite (no Node API, no request after the page's scripts are loaded):
 * - the French word frequencies (`rules/mot-difficile/data/frequences.tsv`);
 * - the glossary (`content/glossaire/*.mdx`);
 * - the project's word list (`rules/orthographe/mots-du-projet.txt`);
 * - the project configuration (`falc.config.json`);
 * - the French spelling lookup (`rules/orthographe/data/formes.dawg`, the very file `falc check`
 *   reads): an asset of its own (2.1 MB), fetched once by the worker of /verifier/ (same origin, kept
 *   in the browser's cache: its name changes with its content), never by a reader page.
 */
import spellingUrl from '../../rules/orthographe/data/formes.dawg?url';
import frequenciesText from '../../rules/mot-difficile/data/frequences.tsv?raw';
import projectWordsText from '../../rules/orthographe/mots-du-projet.txt?raw';
import projectConfig from '../../falc.config.json';
import { parseFrequencies } from '../language/frequencies.ts';
import { parseGlossaryEntry, type GlossaryEntry } from '../language/glossary.ts';
import type { LanguageResources } from '../language/lexicon.ts';
import { readSpellingLookup, type SpellingLookup } from '../language/spelling-lookup.ts';

const glossaryFiles = import.meta.glob<string>('../../content/glossaire/*.mdx', { query: '?raw', import: 'default', eager: true });

/** Words of a word list: one a line, `#` starts a comment (same format as the Node adapter). */
function parseWordList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

function glossary(): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  for (const [key, text] of Object.entries(glossaryFiles).sort(([a], [b]) => a.localeCompare(b))) {
    try {
      entries.push(parseGlossaryEntry(text, key.replace(/^(\.\.\/)+/, '')));
    } catch {
      // A wrong entry is reported by `falc check`; the page skips it.
    }
  }
  return entries;
}

/** The language resources, parsed once. */
export function loadBrowserResources(): LanguageResources {
  return { frequencies: parseFrequencies(frequenciesText), glossary: glossary(), projectWords: parseWordList(projectWordsText) };
}

/**
 * Fetches the spelling lookup (once per worker). Undefined when it cannot be read (the page was opened
 * offline from a cache that lacks it): the other rules still run.
 */
export async function fetchSpellingLookup(url: string = spellingUrl): Promise<SpellingLookup | undefined> {
  try {
    const response = await fetch(url, { cache: 'force-cache' });
    if (!response.ok) return undefined;
    return readSpellingLookup(new Uint8Array(await response.arrayBuffer()));
  } catch {
    return undefined;
  }
}

/** The project configuration (the same rules as `falc check`). */
export function browserConfig(): Record<string, unknown> {
  const config = { ...(projectConfig as Record<string, unknown>) };
  delete config.$schema;
  return config;
}
