import { getCollection } from 'astro:content';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createParser, normalizeWord, splitSentences } from '../engine/index.ts';

export interface GlossaryEntry {
  /** The file name: the anchor on the glossary page (`/glossaire/#id`). */
  id: string;
  term: string;
  forms: string[];
  picto?: string;
  /** The definition, one sentence per item. */
  sentences: string[];
}

/** How words are compared: as the checker does (`normalizeWord`), spaces folded. */
export function normalizeTerm(value: string): string {
  return normalizeWord(value).replace(/\s+/g, ' ').trim();
}

const parser = createParser('mdx');

/** The plain text of an MDX body, with the engine's parser, cut into sentences with its splitter. */
export function sentencesOf(body: string): string[] {
  const tree = parser.parse(body);
  const paragraphs = (tree.children as Nodes[]).filter((node) => node.type !== 'yaml').map((node) => toString(node).replace(/\s+/g, ' ').trim());
  return paragraphs.filter(Boolean).flatMap((text) => splitSentences(text).map((sentence) => sentence.text));
}

let cache: Promise<GlossaryEntry[]> | undefined;

/** Every glossary entry, sorted in French alphabetical order. */
export function loadGlossary(): Promise<GlossaryEntry[]> {
  cache ??= getCollection('glossaire').then((entries) =>
    entries
      .map((entry) => ({
        id: entry.id,
        term: entry.data.term,
        forms: entry.data.forms,
        picto: entry.data.picto,
        sentences: sentencesOf(entry.body ?? ''),
      }))
      .sort((a, b) => a.term.localeCompare(b.term, 'fr')),
  );
  return cache;
}

/** The entry for a word as written in a guide (the term itself or one of its forms). */
export async function findTerm(word: string): Promise<GlossaryEntry | undefined> {
  const key = normalizeTerm(word);
  const entries = await loadGlossary();
  return entries.find((entry) => normalizeTerm(entry.term) === key || entry.forms.some((form) => normalizeTerm(form) === key));
}
