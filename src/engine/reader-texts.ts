import type { Nodes as MdastNodes, Paragraph as MdastParagraph, Root as MdastRoot, Text, Yaml } from 'mdast';
import type { Paragraph, Root as NlcstRoot } from 'nlcst';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseLatin } from 'parse-latin';
import type { VFile } from 'vfile';
import { isMap, isScalar } from 'yaml';
import { referenceAt, referenceWidth } from './exact-actual.ts';
import { parseHeader } from './header.ts';
import { pointer, type SourcePoint } from './places.ts';
import type { DocumentKind } from './types.ts';

/**
 * Texts that readers see but that are not Markdown prose: the header fields shown on the pages
 * (`title`, `description`, `audience`) and the text attributes of the components (`titre`, `question`,
 * `nom`, `adresse`, `horaires`). Each one is turned into an nlcst paragraph placed at its exact line and
 * column in the whole file, so that every rule reads it like the rest of the text.
 */

/**
 * How a reader text is read:
 * - `titre`: a title or a name (no final period, need not be a sentence), read like a heading;
 * - `phrase`: a sentence (the description, the audience line), read like a paragraph;
 * - `info`: a short piece of information (an address, opening hours), words and numbers only.
 */
export type ReaderTextRole = 'titre' | 'phrase' | 'info';

/** Header fields shown to readers, by kind of document. */
export const READER_FIELDS: Readonly<Partial<Record<DocumentKind, Readonly<Record<string, ReaderTextRole>>>>> = {
  // `sources[].label` is left out on purpose: it is the exact name of an official document (a citation).
  guide: { title: 'titre', description: 'phrase', audience: 'phrase' },
};

/**
 * Component attributes shown to readers. Attributes that are not listed (`picto`, `taille`,
 * `telephone`, `lien`, `terme`) are names, numbers or addresses that the page does not show as text
 * (tests/engine/reader-texts.test.ts checks that every attribute of the contract is classified).
 */
export const READER_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, ReaderTextRole>>>> = {
  Etape: { titre: 'titre' },
  Papiers: { titre: 'titre' },
  Reponse: { titre: 'titre' },
  Choix: { question: 'titre' },
  Lieu: { nom: 'titre', adresse: 'info', horaires: 'info' },
};

/** Component attributes that are not text for readers. */
export const NON_TEXT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  Etape: ['picto'],
  Picto: ['nom', 'taille'],
  // `local` names a type of office (« ccas ») that a local edition replaces: readers never see it.
  Lieu: ['telephone', 'lien', 'picto', 'local'],
  Important: ['picto'],
  Mot: ['terme'],
};

/** One reader text found in a file. */
export interface ReaderText {
  /** `title`, `description`… for a header field; `Etape.titre`… for an attribute. */
  field: string;
  role: ReaderTextRole;
  /** The component that holds the attribute. */
  component?: string;
  /** The nlcst paragraph of the text, with positions in the whole file. */
  paragraph: Paragraph;
}

declare module 'vfile' {
  interface DataMap {
    /** The reader texts of the header and of the attributes (set by the engine before the facts). */
    falcReaderTexts: ReaderText[];
  }
}

interface Piece {
  value: string;
  offset: number;
}

const YAML_ESCAPE_LENGTH: Record<string, number> = { x: 4, u: 6, U: 10 };

/**
 * Maps a decoded value onto its source text: pieces of the value with the offset where each one is
 * written. Quotes, YAML block headers, indentation of continuation lines, escapes (`\"`, `\u00e9`,
 * `''`) and character references (`&amp;`) are source characters that are not in the value. Line
 * folding (a line break read as a space) is matched whitespace for whitespace.
 * Returns undefined when the value cannot be found in the source.
 */
export function mapValueToSource(value: string, raw: string, rawOffset: number, yamlDoubleQuoted = false): Piece[] | undefined {
  const pieces: Piece[] = [];
  let i = 0;
  let j = 0;
  let pieceStart = -1;
  let pieceValue = 0;
  const close = () => {
    if (pieceStart >= 0 && j > pieceValue) pieces.push({ value: value.slice(pieceValue, j), offset: rawOffset + pieceStart });
    pieceStart = -1;
  };
  const open = () => {
    if (pieceStart < 0) {
      pieceStart = i;
      pieceValue = j;
    }
  };
  let skippedTotal = 0;
  while (j < value.length) {
    if (i >= raw.length) return undefined;
    const r = raw[i]!;
    const v = value[j]!;
    if (yamlDoubleQuoted && r === '\\') {
      close();
      const next = raw[i + 1] ?? '';
      if (next === '\n' || next === '\r') {
        // An escaped line break: nothing in the value.
        i += 2;
        while (i < raw.length && /[ \t\r\n]/.test(raw[i]!)) i++;
        continue;
      }
      const length = YAML_ESCAPE_LENGTH[next] ?? 2;
      const width = (value.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
      pieces.push({ value: value.slice(j, j + width), offset: rawOffset + i });
      i += length;
      j += width;
      continue;
    }
    if (r === v) {
      open();
      i++;
      j++;
      continue;
    }
    if (/\s/.test(v) && /\s/.test(r)) {
      // Folded lines: a run of whitespace in the value stands for a run of whitespace in the source.
      close();
      const start = i;
      const from = j;
      while (j < value.length && /\s/.test(value[j]!)) j++;
      while (i < raw.length && /\s/.test(raw[i]!)) i++;
      pieces.push({ value: value.slice(from, j), offset: rawOffset + start });
      continue;
    }
    if (r === '&') {
      // A character reference stands for its character of the value: one UTF-16 unit, or two for an
      // emoji (`&#128512;`), whose second half must not be looked for in the source.
      const reference = referenceAt(raw, i);
      if (reference) {
        close();
        const width = referenceWidth(reference.decoded, value, j);
        pieces.push({ value: value.slice(j, j + width), offset: rawOffset + i });
        i = reference.end;
        j += width;
        continue;
      }
    }
    // A source character that is not in the value: a quote, a block header, indentation.
    close();
    i++;
    if (++skippedTotal > raw.length) return undefined;
  }
  close();
  return pieces;
}

/** Builds the nlcst paragraph of a text written at `pieces` in the file. */
function toParagraph(pieces: Piece[], file: VFile, parser: ParseLatin, toPoint: (offset: number) => SourcePoint): Paragraph | undefined {
  if (pieces.length === 0) return undefined;
  const children: Text[] = pieces.map((piece) => ({
    type: 'text',
    value: piece.value,
    position: { start: toPoint(piece.offset), end: toPoint(piece.offset + piece.value.length) },
  }));
  const first = children[0]!.position!;
  const last = children[children.length - 1]!.position!;
  const mdast: MdastParagraph = { type: 'paragraph', children, position: { start: first.start, end: last.end } };
  const root = toNlcst(mdast, file, parser) as NlcstRoot;
  return root.children.find((child): child is Paragraph => child.type === 'ParagraphNode');
}

/** Where a text was written, for a value that could not be mapped: the whole value at the start of its source. */
function fallback(value: string, rawOffset: number): Piece[] {
  return [{ value, offset: rawOffset }];
}

function headerTexts(tree: MdastRoot, file: VFile, kind: DocumentKind, source: string, parser: ParseLatin, toPoint: ReturnType<typeof pointer>): ReaderText[] {
  const fields = READER_FIELDS[kind];
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!fields || !yamlNode?.position) return [];
  const contentStart = source.indexOf(yamlNode.value, yamlNode.position.start.offset ?? 0);
  if (contentStart < 0) return [];
  const { document } = parseHeader(yamlNode);
  if (document.errors.length > 0 || !isMap(document.contents)) return [];
  const texts: ReaderText[] = [];
  for (const item of document.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : undefined;
    const role = key === undefined ? undefined : fields[key];
    if (!role || !isScalar(item.value) || typeof item.value.value !== 'string' || !item.value.range) continue;
    // A block scalar keeps its last line break: it is not text.
    const value = item.value.value.trimEnd();
    if (value.trim() === '') continue;
    const [start, end] = item.value.range;
    const raw = yamlNode.value.slice(start, end);
    const offset = contentStart + start;
    const pieces = mapValueToSource(value, raw, offset, item.value.type === 'QUOTE_DOUBLE') ?? fallback(value, offset);
    const paragraph = toParagraph(pieces, file, parser, toPoint);
    if (paragraph) texts.push({ field: key!, role, paragraph });
  }
  return texts;
}

function attributeTexts(tree: MdastRoot, file: VFile, source: string, parser: ParseLatin, toPoint: ReturnType<typeof pointer>): ReaderText[] {
  const texts: ReaderText[] = [];
  // A component is written `<Nom …>`: a text without `<` has none, and its tree is not walked.
  if (!source.includes('<')) return texts;
  const walk = (node: MdastNodes): void => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const roles = Object.hasOwn(READER_ATTRIBUTES, node.name) ? READER_ATTRIBUTES[node.name]! : undefined;
      for (const attribute of roles ? node.attributes : []) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') continue;
        const role = Object.hasOwn(roles!, attribute.name) ? roles![attribute.name] : undefined;
        const start = attribute.position?.start.offset;
        const end = attribute.position?.end.offset;
        if (!role || start === undefined || end === undefined || attribute.value.trim() === '') continue;
        // The value starts after `name=` and its opening quote.
        const written = source.slice(start, end);
        const equals = written.indexOf('=');
        if (equals < 0) continue;
        const raw = written.slice(equals + 2, written.length - 1);
        const offset = start + equals + 2;
        const pieces = mapValueToSource(attribute.value, raw, offset) ?? fallback(attribute.value, offset);
        const paragraph = toParagraph(pieces, file, parser, toPoint);
        if (paragraph) texts.push({ field: `${node.name}.${attribute.name}`, role, component: node.name, paragraph });
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as MdastNodes);
  };
  walk(tree);
  return texts;
}

const parser = new ParseLatin();

/**
 * The reader texts of a file (header fields and component attributes), each as an nlcst paragraph at
 * its place in the file, in document order.
 */
export function readerTexts(tree: MdastRoot, file: VFile, kind: DocumentKind): ReaderText[] {
  const source = String(file.value ?? '');
  const toPoint = pointer(source);
  const texts = [...headerTexts(tree, file, kind, source, parser, toPoint), ...attributeTexts(tree, file, source, parser, toPoint)];
  const offset = (text: ReaderText) => text.paragraph.position?.start.offset ?? 0;
  return texts.sort((a, b) => offset(a) - offset(b));
}
