/**
 * Browser adapter: the same language resources as `src/node/load-resources.ts`, bundled as static
 * assets by Vite (no Node API, no request after the page's scripts are loaded):
 * - the French word frequencies (`rules/mot-difficile/data/frequences.tsv`);
 * - the glossary (`content/glossaire/*.mdx`);
 * - the project's word list (`rules/orthographe/mots-du-projet.txt`);
 * - the project configuration (`falc.config.json`).
 * The spelling dictionary is not loaded: building the Hunspell checker takes seconds, so the
 * `orthographe` rule is turned off in the browser (the page says so).
 */
import frequenciesText from '../../rules/mot-difficile/data/frequences.tsv?raw';
import projectWordsText from '../../rules/orthographe/mots-du-projet.txt?raw';
import projectConfig from '../../falc.config.json';
import { parseFrequencies } from '../language/frequencies.ts';
import { parseGlossaryEntry, type GlossaryEntry } from '../language/glossary.ts';
import type { LanguageResources } from '../language/lexicon.ts';

const glossaryFiles = import.meta.glob<string>('../../content/glossaire/*.mdx', { query: '?raw', import: 'default', eager: true });

/** Rules that need data the browser does not load. */
export const BROWSER_OFF_RULES = ['orthographe'] as const;

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

/** The project configuration, with the rules the browser cannot run turned off. */
export function browserConfig(): Record<string, unknown> {
  const config = { ...(projectConfig as Record<string, unknown>) };
  delete config.$schema;
  const rules = { ...((config.rules as Record<string, unknown> | undefined) ?? {}) };
  for (const id of BROWSER_OFF_RULES) rules[id] = 'off';
  config.rules = rules;
  return config;
}
