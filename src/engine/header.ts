import type { Yaml } from 'mdast';
import { LineCounter, parseDocument, type Document } from 'yaml';

/** Most YAML aliases (`*nom`) a header may use: a guide needs none; many is a « billion laughs » attack. */
export const MAX_ALIAS_COUNT = 100;

/** A file's header read by the YAML parser, with the line counter of its positions. */
export interface ParsedHeader {
  document: Document;
  lineCounter: LineCounter;
}

const parsed = new WeakMap<Yaml, ParsedHeader>();

/**
 * The header (YAML frontmatter node) of a file, parsed once: the header check (frontmatter.ts) and
 * the reader texts (reader-texts.ts) read the same parse of the same node.
 */
export function parseHeader(yamlNode: Yaml): ParsedHeader {
  let header = parsed.get(yamlNode);
  if (!header) {
    const lineCounter = new LineCounter();
    const document = parseDocument(yamlNode.value, { lineCounter, prettyErrors: false, maxAliasCount: MAX_ALIAS_COUNT } as Parameters<typeof parseDocument>[1]);
    header = { document, lineCounter };
    parsed.set(yamlNode, header);
  }
  return header;
}
