import type { Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot, Sentence, Word } from 'nlcst';
import type { Plugin } from 'unified';
import type { Position } from 'unist';
import type { ZodType } from 'zod';
import type { LanguageResources, Lexicon } from '../language/lexicon.ts';

/** How serious a broken rule is. `off` disables the rule. */
export type Severity = 'off' | 'info' | 'warning' | 'error';

/** One word as the rules see it: normalised once by the engine. */
export interface FalcWord {
  /** Text as written, e.g. `l’État`, `1 500`, `9 h 30`. */
  value: string;
  /** Lower case, NFC, `’` → `'`. */
  normal: string;
  /** `word` for letters, `number` for digit groups (amounts, phones, times). */
  kind: 'word' | 'number';
  position: Position;
  /** The nlcst word nodes this word was made of (a number such as `1 500` spans several). */
  nodes: Word[];
  /** True when the word stands between quotation marks (« … », “ … ”, " … "): it is mentioned, not used. */
  quoted: boolean;
}

/** One sentence as the rules see it. */
export interface FalcSentence {
  node: Sentence;
  /** Text of the sentence as written (JSX and Markdown markers removed). */
  text: string;
  words: FalcWord[];
  position: Position;
  /** Index of the text block (paragraph, heading, list item…) in `FalcFacts.blocks`. */
  block: number;
}

/** A block of prose: a paragraph, a heading, a list item's paragraph, a table cell… */
export interface FalcBlock {
  /** mdast type of the innermost block node (`paragraph`, `heading`, …). */
  type: string;
  /** Heading depth when `type` is `heading`. */
  depth?: number;
  position: Position;
  sentences: FalcSentence[];
  /** Names of the MDX components that contain this block, outermost first. */
  components: string[];
  /**
   * For a text that readers see outside the prose: the header field (`title`, `description`…) or the
   * component attribute (`Etape.titre`, `Lieu.horaires`…). Its type is `heading` for a title, `paragraph`
   * for a sentence, `info` for an address or opening hours.
   */
  field?: string;
}

/** Facts computed once per file by the engine and read by every rule. */
export interface FalcFacts {
  mdast: MdastRoot;
  nlcst: NlcstRoot;
  blocks: FalcBlock[];
  sentences: FalcSentence[];
  words: FalcWord[];
  /** Parsed YAML frontmatter, when the file has one. */
  frontmatter?: Record<string, unknown>;
  /** `guide`, `glossaire` or `texte` (a plain text or Markdown file). */
  kind: DocumentKind;
}

export type DocumentKind = 'guide' | 'glossaire' | 'lieu' | 'texte';

/** What a rule's plugin receives. */
export interface RuleSettings<Options> {
  severity: Exclude<Severity, 'off'>;
  options: Options;
  /** The page that explains the rule to authors. */
  url: string;
}

/**
 * Language data handed to the engine by its adapter (Node reads it from disk, a browser fetches it):
 * frequencies, glossary, spelling dictionary, project words. See `src/language/lexicon.ts`.
 */
export type LanguageData = LanguageResources;

/** A FALC rule: its id, its default severity, its options and its unified plugin. */
export interface FalcRule<Options = Record<string, never>> {
  /** Kebab-case id, e.g. `phrase-longue`. */
  id: string;
  /** Short French title for authors. */
  title: string;
  /** Severity in the default `falc` preset. */
  severity: Severity;
  /** Validates the options and fills in their defaults. */
  options: ZodType<Options>;
  /** The unified plugin. It reads `file.data.falc` (FalcFacts) and adds messages. */
  plugin: Plugin<[RuleSettings<Options>], MdastRoot>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFalcRule = FalcRule<any>;

declare module 'vfile' {
  interface DataMap {
    falc: FalcFacts;
    /** The language resources of the checker (set by the engine before the rules run). */
    falcLanguage: Lexicon;
  }
}
