import type { Processor } from 'unified';

/**
 * The text that the processor's parser is reading now, for a plugin whose constructs or transforms need
 * the whole written file (the table window, the address guard). Wraps `processor.parser`: the parse is
 * synchronous, and a parse inside a parse keeps its own text. `undefined` outside a parse, or when the
 * processor has no parser yet. Pure code.
 */
export function followParsedText(processor: Processor): () => string | undefined {
  let source: string | undefined;
  const parse = processor.parser;
  if (parse) {
    processor.parser = (document, file) => {
      const outer = source;
      source = document;
      try {
        return parse(document, file);
      } finally {
        source = outer;
      }
    };
  }
  return () => source;
}
