import type { Root as MdastRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRetext from 'remark-retext';
import retextLatin from 'retext-latin';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { ResolvedConfig } from './config.ts';
import { remarkFalcFacts, retextFrench } from './facts.ts';
import { remarkTextPositions } from './text-positions.ts';
import { plainTextParser } from './plain-text.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { frenchMdxError, placeInReason } from './mdx-errors.ts';
import { inputError } from './messages.ts';
import { applySuppressions } from './suppressions.ts';
import { enforceAllowList } from './refusal.ts';
import { boundedFootnoteCall } from './bounded-footnote-call.ts';
import { autolinkLiteralGuard } from './autolink-literal-guard.ts';
import { unusedConstructs, withoutConstructs } from './unused-constructs.ts';
import { tableWindow } from './table-window.ts';
import { dedupeMessages } from './dedupe.ts';
import { addFixes } from './fixes.ts';
import { addQuotes } from './quotes.ts';
import { exactActuals } from './exact-actual.ts';
import { checkInputShape, checkTreeDepth, isStackOverflow, neverThrow, prepareInput, reportNesting } from './limits.ts';
import type { DocumentKind, LanguageData } from './types.ts';
import { createLexicon } from '../language/lexicon.ts';

/** Files larger than this are not checked (a guide is a few kilobytes). */
export const MAX_FILE_SIZE = 1_000_000;

export type SourceFormat = 'mdx' | 'md' | 'txt';

/** The format of a file, from its extension (`.mdx`, `.md`, anything else is plain text). */
export function formatOf(path: string | undefined): SourceFormat {
  if (!path) return 'md';
  if (path.endsWith('.mdx')) return 'mdx';
  if (path.endsWith('.md') || path.endsWith('.markdown')) return 'md';
  return 'txt';
}

/** The kind of a document: a glossary entry, a guide (a file with an en-tête), or a plain text. */
export function kindOf(path: string | undefined, hasFrontmatter: boolean): DocumentKind {
  const parts = (path ?? '').split(/[\\/]/);
  const folder = parts[parts.length - 2];
  if (folder === 'glossaire') return 'glossaire';
  if (folder === 'lieux') return 'lieu';
  if (folder === 'guides' || hasFrontmatter) return 'guide';
  return 'texte';
}

/** The parser for one format: plain text, or Markdown (GFM) with frontmatter and, for `.mdx`, MDX. */
export function createParser(format: SourceFormat, unused: readonly string[] = []): Processor<MdastRoot> {
  if (format === 'txt') return unified().use(plainTextParser) as unknown as Processor<MdastRoot>;
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(boundedFootnoteCall).use(autolinkLiteralGuard);
  if (unused.length > 0) processor.use(withoutConstructs, unused);
  // Without the table construct there is nothing to narrow.
  if (!unused.includes('table')) processor.use(tableWindow);
  if (format === 'mdx') processor.use(remarkMdx);
  return processor as unknown as Processor<MdastRoot>;
}

/** The retext side of the bridge: French prose with retext-latin and the French sentence fixes. */
export function createRetext() {
  return unified().use(retextLatin).use(retextFrench);
}

export interface Checker {
  /** Checks one file: adds its messages and `file.data.falc` (the facts). Never throws on bad input. */
  check(file: VFile): Promise<VFile>;
}

const PARSERS: Record<SourceFormat, Processor<MdastRoot>> = {
  mdx: createParser('mdx').freeze() as Processor<MdastRoot>,
  md: createParser('md').freeze() as Processor<MdastRoot>,
  txt: createParser('txt').freeze() as Processor<MdastRoot>,
};

/** The parser of a format, made and frozen once (making one costs more than parsing a short guide). */
export function parserOf(format: SourceFormat): Processor<MdastRoot> {
  return PARSERS[format];
}

const LEAN_PARSERS = new Map<string, Processor<MdastRoot>>();

/**
 * The parser for one text: the parser of its format, without the constructs that cannot match in it
 * (unused-constructs.ts: the same tree, read faster). Each variant is made and frozen once.
 */
export function parserFor(format: SourceFormat, text: string): Processor<MdastRoot> {
  if (format === 'txt') return PARSERS.txt;
  const unused = unusedConstructs(text);
  if (unused.length === 0) return PARSERS[format];
  const key = `${format}:${unused.join(',')}`;
  let parser = LEAN_PARSERS.get(key);
  if (!parser) {
    parser = createParser(format, unused).freeze() as Processor<MdastRoot>;
    LEAN_PARSERS.set(key, parser);
  }
  return parser;
}

/** True when the file could not be read or parsed: the CLI exits with 2. */
export function isUnreadable(file: VFile): boolean {
  return file.data.falcUnreadable === true;
}

declare module 'vfile' {
  interface DataMap {
    falcUnreadable: boolean;
    falcFormat: SourceFormat;
    /** Words and sentences of the checked file (what reporters need once the trees are dropped). */
    falcCounts: { words: number; sentences: number };
  }
}

export interface CheckerOptions {
  /**
   * Keep the facts (`file.data.falc`: trees, sentences, words) on the file after the check, for tests
   * and tools that read them. By default a checked file keeps only its messages and counts, so that
   * memory stays flat over thousands of files.
   */
  keepFacts?: boolean;
}

/** Drops what reporters do not need: the trees and the facts, and the tree nodes messages point to. */
function leanFile(file: VFile, keepFacts: boolean): void {
  const facts = file.data.falc;
  if (facts) file.data.falcCounts = { words: facts.words.length, sentences: facts.sentences.length };
  delete file.data.falcNlcst;
  if (!keepFacts) delete file.data.falc;
  for (const message of file.messages) {
    if (message.ancestors) message.ancestors = undefined;
  }
}

/**
 * Creates the checker. The engine uses no Node-only API: files, configuration and language data
 * (frequencies, glossary, spelling dictionary) are handed to it.
 */
export function createChecker(config: ResolvedConfig, language: LanguageData = {}, options: CheckerOptions = {}): Checker {
  const keepFacts = options.keepFacts === true;
  // Language resources are indexed once per checker: rules read them as `context.language`.
  const lexicon = createLexicon(language, config.words);
  const analyser = unified()
    .use(remarkTextPositions)
    // remark-retext's types reject a bridge processor that has plugins.
    .use(remarkRetext, createRetext() as never)
    .use(remarkFalcFacts);
  for (const { rule, settings } of config.rules) analyser.use(rule.plugin, settings);
  const frozen = analyser.freeze();

  return {
    check: neverThrow(async (file) => {
      const text = prepareInput(file);
      if (text.trim() === '') {
        inputError(file, 'fichier-vide', 'Le fichier est vide. Écrivez le texte du guide dans ce fichier.', { line: 1, column: 1 });
        file.data.falcUnreadable = true;
        return file;
      }
      if (text.length > MAX_FILE_SIZE) {
        inputError(
          file,
          'fichier-trop-grand',
          `Le fichier est trop grand : ${Math.round(text.length / 1000)} ko. Un guide fait moins de ${MAX_FILE_SIZE / 1000} ko : coupez-le en plusieurs guides.`,
          { line: 1, column: 1 },
        );
        file.data.falcUnreadable = true;
        return file;
      }
      const format = file.data.falcFormat ?? formatOf(file.path);
      if (checkInputShape(file, text, format)) return file;
      let tree: MdastRoot;
      try {
        tree = parserFor(format, text).parse(file);
      } catch (error) {
        if (isStackOverflow(error)) {
          reportNesting(file);
          return file;
        }
        const reason = error instanceof Error ? error.message : String(error);
        const place = (error instanceof VFileMessage ? error.place : undefined) ?? placeInReason(reason);
        const message = inputError(file, 'syntaxe-mdx', frenchMdxError(reason), place ?? { line: 1, column: 1 });
        message.note = reason;
        file.data.falcUnreadable = true;
        return file;
      }
      if (checkTreeDepth(tree, file)) return file;
      const hasFrontmatter = tree.children.some((node) => node.type === 'yaml');
      const kind = file.data.falcKind ?? kindOf(file.path, hasFrontmatter);
      file.data.falcKind = kind;
      const frontmatter = checkFrontmatter(tree, file, kind);
      if (frontmatter.broken) {
        file.data.falcUnreadable = true;
        return file;
      }
      if (frontmatter.data) file.data.falcFrontmatter = frontmatter.data;
      file.data.falcLanguage = lexicon;
      await frozen.run(tree, file);
      applySuppressions(tree, file, config.ruleIds);
      // What the build refuses is an error here too, whatever the configuration (MDX guides only: the
      // build's guard reads .mdx files, the only ones MDX compiles).
      if (format === 'mdx') enforceAllowList(tree, file, config.allowList);
      dedupeMessages(file);
      addFixes(file);
      exactActuals(file);
      addQuotes(file);
      leanFile(file, keepFacts);
      file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
      return file;
    }),
  };
}
