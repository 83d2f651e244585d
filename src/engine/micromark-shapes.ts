import type { Processor } from 'unified';

/**
 * The shapes of micromark's constructs that the engine's parser plugins read (micromark-util-types,
 * without the dependency), and the one way they change the parser's syntax extensions. Pure code.
 */
export type State = (code: number | null) => State | undefined;
export interface TokenizeContext {
  events: Array<[string, { type: string }, unknown]>;
  now(): { offset: number };
}
export type Tokenize = (this: TokenizeContext, effects: unknown, ok: State, nok: State) => State;
export interface Construct {
  name?: string;
  tokenize: Tokenize;
}
export type Constructs = Construct | Construct[];
/** The construct records of an extension: by code for `text`, `null` for the start of a line in `flow`. */
export interface Extension {
  flow?: Record<string, Constructs | undefined>;
  text?: Record<number, Constructs | undefined>;
}

/**
 * Replaces each syntax extension already added to the parser (by `remark-gfm`…) with a copy that `edit`
 * changes. Copies, not changes in place: the same extension objects may serve other parsers.
 */
export function editExtensions<Shape extends object>(processor: Processor, edit: (copy: Shape) => void): void {
  const data = processor.data() as { micromarkExtensions?: Array<Shape | Shape[]> };
  const edited = (extension: Shape): Shape => {
    const copy = { ...extension };
    edit(copy);
    return copy;
  };
  data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => (Array.isArray(extension) ? extension.map(edited) : edited(extension)));
}
