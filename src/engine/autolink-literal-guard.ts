import type { Nodes, Root } from 'mdast';
import type { Processor } from 'unified';
import { followParsedText } from './parsed-text.ts';

/**
 * `remark-gfm` turns web and e-mail addresses written in the text (`www.caf.fr`, `https://…`,
 * `nom@mairie.fr`) into links with a transform that runs four regular expressions over every text
 * node of every file (`mdast-util-gfm-autolink-literal`). Most texts have no address at all: that
 * transform cost about a tenth of the engine on the service-public fiches. This plugin, used after
 * `remark-gfm`, runs it only when a text node could hold an address: every one of its expressions
 * needs `@`, `http://`, `https://` or `www.` (any case) in the text. The tree is the same.
 */

/** What each expression of the transform needs in a text: an `@`, or `http(s)://` or `www.` in any case. */
const MAY_HOLD_ADDRESS = /@|https?:\/\/|www\./i;

/** True when a text node of the tree could hold an address (a walk without recursion). */
export function mayHoldAddress(tree: Root): boolean {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if (MAY_HOLD_ADDRESS.test(node.value)) return true;
    } else if ('children' in node) {
      for (const child of node.children) stack.push(child as Nodes);
    }
  }
  return false;
}

type Transform = (tree: Root) => Root | undefined | void;

interface FromMarkdownExtension {
  transforms?: Transform[];
  enter?: Record<string, unknown>;
}

/**
 * The same signs in the written file, or `&`: the text of the tree is the file's characters, but for
 * character references (`&#64;` is `@`). A file without any of them has no text that may hold an
 * address, and its tree is not walked.
 */
const MAY_HOLD_ADDRESS_IN_SOURCE = /[@&]|https?:\/\/|www\./i;

/** Runs the address transforms of `remark-gfm` only on trees that may hold an address. */
export function autolinkLiteralGuard(this: Processor): void {
  const parsedText = followParsedText(this);
  const mayHold = (tree: Root): boolean => {
    const source = parsedText();
    return (source === undefined || MAY_HOLD_ADDRESS_IN_SOURCE.test(source)) && mayHoldAddress(tree);
  };
  const data = this.data() as { fromMarkdownExtensions?: Array<FromMarkdownExtension | FromMarkdownExtension[]> };
  const guard = (extension: FromMarkdownExtension): void => {
    // The extension of `mdast-util-gfm-autolink-literal`: it handles the `literalAutolink` tokens.
    if (!extension.enter || !('literalAutolink' in extension.enter) || !extension.transforms) return;
    extension.transforms = extension.transforms.map((transform) => (tree: Root) => (mayHold(tree) ? transform(tree) : undefined));
  };
  for (const extension of data.fromMarkdownExtensions ?? []) {
    if (Array.isArray(extension)) extension.forEach(guard);
    else guard(extension);
  }
}
