import type { Nodes as MdastNodes, Paragraph as MdastParagraph, Root as MdastRoot } from 'mdast';
import type { Paragraph, Root as NlcstRoot } from 'nlcst';
import { toNlcst } from 'mdast-util-to-nlcst';
import { ParseLatin } from 'parse-latin';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { fixFrenchParagraph } from './french-sentences.ts';
import type { DocumentKind, FalcBlock, FalcFacts, FalcSentence } from './types.ts';
import { sentenceWords } from './words.ts';
import { readerTexts, type ReaderText } from './reader-texts.ts';
import { textOf } from './node-text.ts';

declare module 'vfile' {
  interface DataMap {
    falcNlcst: NlcstRoot;
    falcKind: DocumentKind;
    falcFrontmatter: Record<string, unknown>;
  }
}

/** Applies the French sentence corrections to a whole nlcst tree. */
export function fixFrenchSentences(tree: NlcstRoot): void {
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') fixFrenchParagraph(child);
  }
}

/** retext plugin: corrects French sentence boundaries and keeps the tree for the facts. */
export function retextFrench(): Transformer<NlcstRoot> {
  return (tree, file) => {
    fixFrenchSentences(tree);
    file.data.falcNlcst = tree;
  };
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'tableCell', 'html']);

interface BlockNode {
  node: MdastNodes;
  start: number;
  end: number;
  components: string[];
}

function collectBlocks(tree: MdastRoot): BlockNode[] {
  const blocks: BlockNode[] = [];
  const walk = (node: MdastNodes, components: string[]): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const name = (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name ? node.name : undefined;
    const inner = name ? [...components, name] : components;
    if (BLOCK_TYPES.has(node.type) && start !== undefined && end !== undefined) {
      blocks.push({ node, start, end, components });
    } else if ((node.type === 'mdxJsxFlowElement') && start !== undefined && end !== undefined) {
      // Text written directly inside a component, with no paragraph around it.
      blocks.push({ node, start, end, components: inner });
    }
    if ('children' in node) for (const child of node.children) walk(child as MdastNodes, inner);
  };
  walk(tree, []);
  return blocks;
}

/**
 * The innermost block that contains `offset`. Blocks are in document order, parents first, and nest
 * properly; paragraphs are asked for in document order too, so a cursor and a stack of the open blocks
 * answer each question in constant time on average (a linear search per paragraph was quadratic on a
 * file of thousands of paragraphs). A question about an earlier offset starts again from the top.
 */
function blockFinder(blocks: BlockNode[]): (offset: number) => BlockNode | undefined {
  let cursor = 0;
  let last = -1;
  let open: BlockNode[] = [];
  return (offset) => {
    if (offset < last) {
      cursor = 0;
      open = [];
    }
    last = offset;
    while (cursor < blocks.length && blocks[cursor]!.start <= offset) {
      const block = blocks[cursor++]!;
      while (open.length > 0 && open[open.length - 1]!.end <= block.start) open.pop();
      open.push(block);
    }
    while (open.length > 0 && open[open.length - 1]!.end <= offset) open.pop();
    return open[open.length - 1];
  };
}

/** Path of mdast nodes from the root to the deepest node that contains `offset`. */
/**
 * The child that contains `offset`. Children are in the order of the text: a binary search keeps a
 * paragraph of thousands of inline nodes cheap (every punctuation sign of a rule asks for its ancestors).
 */
function childAt(children: MdastNodes[], offset: number): MdastNodes | undefined {
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const candidate = children[middle]!;
    const start = candidate.position?.start.offset;
    const end = candidate.position?.end.offset;
    // A child without a place (rare: generated nodes) ends the fast path: look at every child.
    if (start === undefined || end === undefined) {
      return children.find((other) => {
        const from = other.position?.start.offset;
        const to = other.position?.end.offset;
        return from !== undefined && to !== undefined && from <= offset && offset < to;
      });
    }
    if (offset < start) high = middle - 1;
    else if (offset >= end) low = middle + 1;
    else return candidate;
  }
  return undefined;
}

export function ancestorsAt(tree: MdastRoot, offset: number): MdastNodes[] {
  const path: MdastNodes[] = [tree];
  let node: MdastNodes = tree;
  for (;;) {
    if (!('children' in node)) return path;
    const child = childAt(node.children as MdastNodes[], offset);
    if (!child) return path;
    path.push(child);
    node = child;
  }
}

/** The block type of each kind of reader text: a title is read like a heading, a sentence like a paragraph. */
const READER_BLOCK_TYPES = { titre: 'heading', phrase: 'paragraph', info: 'info' } as const;

/** Names of the components around an offset, outermost first. */
function componentsAt(tree: MdastRoot, offset: number): string[] {
  return ancestorsAt(tree, offset).flatMap((node) =>
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name ? [node.name] : [],
  );
}

/** Builds the facts that every rule reads, from the mdast tree and the nlcst tree. */
export function buildFacts(
  mdast: MdastRoot,
  nlcst: NlcstRoot,
  kind: DocumentKind,
  frontmatter?: Record<string, unknown>,
  texts: readonly ReaderText[] = [],
): FalcFacts {
  const blockAt = blockFinder(collectBlocks(mdast));
  const blockIndex = new Map<FalcBlock, number>();
  const blocks: FalcBlock[] = [];
  const byNode = new Map<MdastNodes, FalcBlock>();
  const sentences: FalcSentence[] = [];
  const readerText = new Map(texts.map((text) => [text.paragraph, text]));
  for (const paragraph of nlcst.children as Paragraph[]) {
    if (paragraph.type !== 'ParagraphNode') continue;
    const offset = paragraph.position?.start.offset ?? 0;
    const text = readerText.get(paragraph);
    const blockNode = text ? undefined : blockAt(offset);
    let block = blockNode ? byNode.get(blockNode.node) : undefined;
    if (text && paragraph.position) {
      // A header field or an attribute is a block of its own: a title is read like a heading.
      block = { type: READER_BLOCK_TYPES[text.role], position: paragraph.position, sentences: [], components: text.component ? [...componentsAt(mdast, offset), text.component].filter((name, index, all) => all.indexOf(name) === index) : [], field: text.field };
      if (text.role === 'titre') block.depth = text.field === 'title' ? 1 : 3;
      blockIndex.set(block, blocks.push(block) - 1);
    } else if (!block) {
      const position = blockNode?.node.position ?? paragraph.position;
      if (!position) continue;
      block = {
        type: blockNode?.node.type ?? 'paragraph',
        position,
        sentences: [],
        components: blockNode?.components ?? [],
      };
      if (blockNode?.node.type === 'heading') block.depth = blockNode.node.depth;
      blockIndex.set(block, blocks.push(block) - 1);
      if (blockNode) byNode.set(blockNode.node, block);
    }
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode' || !child.position) continue;
      const words = sentenceWords(child);
      if (words.length === 0) continue;
      // A sentence starts at its first visible token, not at a line ending left before it (after an
      // MDX comment or a component on the line above).
      const first = child.children.find((token) => token.type !== 'WhiteSpaceNode' && token.position);
      const position = first?.position ? { start: first.position.start, end: child.position.end } : child.position;
      const sentence: FalcSentence = {
        node: child,
        text: textOf(child).trim(),
        words,
        position,
        block: blockIndex.get(block)!,
      };
      block.sentences.push(sentence);
      sentences.push(sentence);
    }
  }
  // A loop rather than `flatMap`: one array, no array per sentence.
  const words: FalcFacts['words'] = [];
  for (const sentence of sentences) for (const word of sentence.words) words.push(word);
  const facts: FalcFacts = { mdast, nlcst, blocks, sentences, words, kind };
  if (frontmatter) facts.frontmatter = frontmatter;
  return facts;
}

const cellParser = new ParseLatin();

/**
 * mdast-util-to-nlcst (used by remark-retext) always skips tables. Authors put opening hours, dates
 * and prices in tables: each cell is read here as its own paragraph, with the same parser and the same
 * French corrections, and placed in document order.
 */
export function addTableCells(tree: MdastRoot, nlcst: NlcstRoot, file: VFile): void {
  const cells: MdastNodes[] = [];
  const walk = (node: MdastNodes): void => {
    if (node.type === 'tableCell') {
      if (node.position && node.children.length > 0) cells.push(node);
      return;
    }
    // A table is a block: it is never inside a paragraph or a heading (their words are not walked).
    if (node.type === 'paragraph' || node.type === 'heading') return;
    if ('children' in node) for (const child of node.children) walk(child as MdastNodes);
  };
  walk(tree);
  if (cells.length === 0) return;
  const added: NlcstRoot['children'] = [];
  for (const cell of cells) {
    // mdast-util-to-nlcst ignores `tableCell` nodes themselves: hand it the cell's content as a paragraph.
    const root = toNlcst({ type: 'paragraph', children: (cell as { children: MdastParagraph['children'] }).children, position: cell.position } as never, file, cellParser);
    fixFrenchSentences(root);
    added.push(...root.children.filter((child) => child.type === 'ParagraphNode'));
  }
  const offset = (node: NlcstRoot['children'][number]) => node.position?.start.offset ?? 0;
  nlcst.children = [...nlcst.children, ...added].sort((a, b) => offset(a) - offset(b));
}

/**
 * Adds the texts that readers see outside the prose (header fields, component attributes) to the nlcst
 * tree, in document order, with the same French sentence corrections.
 */
export function addReaderTexts(tree: MdastRoot, nlcst: NlcstRoot, file: VFile, kind: DocumentKind): ReaderText[] {
  const texts = readerTexts(tree, file, kind);
  if (texts.length === 0) return texts;
  for (const text of texts) fixFrenchParagraph(text.paragraph);
  const offset = (node: NlcstRoot['children'][number]) => node.position?.start.offset ?? 0;
  nlcst.children = [...nlcst.children, ...texts.map((text) => text.paragraph)].sort((a, b) => offset(a) - offset(b));
  file.data.falcReaderTexts = texts;
  return texts;
}

/** remark plugin, after remark-retext: stores the facts in `file.data.falc`. */
export function remarkFalcFacts(): Transformer<MdastRoot> {
  return (tree, file: VFile) => {
    const nlcst = file.data.falcNlcst ?? { type: 'RootNode', children: [] };
    addTableCells(tree, nlcst, file);
    const kind = file.data.falcKind ?? 'texte';
    const texts = addReaderTexts(tree, nlcst, file, kind);
    file.data.falc = buildFacts(tree, nlcst, kind, file.data.falcFrontmatter, texts);
  };
}
