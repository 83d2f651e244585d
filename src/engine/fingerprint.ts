import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { parse } from 'yaml';

/**
 * Header fields that readers never see: the process around the text. Every other header field
 * (title, description, audience, sources, and any field added later) is part of the reader's text.
 */
const PROCESS_FIELDS = new Set(['status', 'updated', 'relecture', 'verifie', 'order', 'lang']);

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Comments that readers never see: `{/* … *\/}` in MDX and `<!-- … -->` in Markdown. */
function withoutComments(body: string): string {
  let out = '';
  let index = 0;
  while (index < body.length) {
    const mdx = body.indexOf('{/*', index);
    const html = body.indexOf('<!--', index);
    const next = [mdx, html].filter((at) => at >= 0).sort((a, b) => a - b)[0];
    if (next === undefined) break;
    out += body.slice(index, next);
    const close = next === mdx ? body.indexOf('*/}', next + 3) : body.indexOf('-->', next + 4);
    if (close < 0) return out;
    index = close + 3;
  }
  return out + body.slice(index);
}

/** A component's opening tag whose attributes are all plain texts: `<Lieu nom="…" picto="…">`. */
const PLAIN_TAG = /<([A-Z][\w.]*)((?:\s+[\w-]+="[^"]*")+)\s*(\/?)>/g;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;

/**
 * The same text written another way, as the guide editor (Keystatic) writes it: `*` list markers for
 * `-`, a star escaped with no need (`16029\*01`), a component's attributes in the order of its form. A
 * guide opened and saved in the editor keeps its fingerprint, so its review stays valid.
 */
function canonicalSyntax(body: string): string {
  return body
    .replace(/^([ \t]*)[*+](?=[ \t])/gm, '$1-')
    .replaceAll('\\*', '*')
    .replace(PLAIN_TAG, (_tag, name: string, attributes: string, selfClosing: string) => {
      const sorted = [...attributes.matchAll(ATTRIBUTE)].map((match) => `${match[1]}="${match[2]}"`).sort();
      return `<${name} ${sorted.join(' ')}${selfClosing}>`;
    });
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * The text readers see, in a canonical form: the header fields shown on pages and the body without
 * comments, with every run of white space made one space, written one way (`canonicalSyntax`). Moving
 * line breaks, saving in the editor, or editing a comment, the status or the review block does not
 * change it; changing a word does.
 */
export function readerText(source: string): string {
  const match = FRONTMATTER.exec(source);
  let header: Record<string, unknown> = {};
  if (match) {
    try {
      const data: unknown = parse(match[1] ?? '', { maxAliasCount: 10 });
      if (data && typeof data === 'object' && !Array.isArray(data)) header = data as Record<string, unknown>;
    } catch {
      // A broken header is reported by the checker; the fingerprint then covers the body only.
    }
  }
  const shown = Object.fromEntries(Object.entries(header).filter(([key]) => !PROCESS_FIELDS.has(key)));
  const body = withoutComments(match ? source.slice(match[0].length) : source.replace(/^\uFEFF/, ''));
  return `${JSON.stringify(sortKeys(shown))}\n${canonicalSyntax(body).replace(/\s+/g, ' ').trim()}`;
}

/** A short fingerprint (16 hexadecimal digits of SHA-256) of the text readers see. */
export function readerFingerprint(source: string): string {
  return bytesToHex(sha256(utf8ToBytes(readerText(source)))).slice(0, 16);
}
