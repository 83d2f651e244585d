import type { Processor } from 'unified';
import type { Construct, Extension } from './micromark-shapes.ts';

/**
 * A linear `]` for the GFM footnote extension. At each `]`, `micromark-extension-gfm-footnote` looks
 * back through every event of the paragraph for an image opening `![` (a footnote call written
 * `![^1]`), and stops only at a link or a label: on a paragraph of thousands of `]` without `[`, each
 * `]` reads the whole paragraph again (20,000 `] `, 40 KB: seconds; 200 KB: minutes). This plugin, used
 * after `remark-gfm`, looks back at most MAX_LOOK_BACK events: a footnote call `![^note]` is a handful
 * of events, so every real call is still found.
 */

/** Events looked back at each `]`: `![^note]` needs fewer than 10. */
export const MAX_LOOK_BACK = 200;


/** Event types at which the footnote extension stops looking back (it found no image opening). */
const STOPS = new Set(['gfmFootnoteCall', 'labelLink', 'label', 'image', 'link']);

function bounded(construct: Construct): Construct {
  const original = construct.tokenize;
  return {
    ...construct,
    tokenize(effects, ok, nok) {
      const events = this.events;
      const last = Math.max(0, events.length - MAX_LOOK_BACK);
      for (let index = events.length - 1; index >= last; index--) {
        const type = events[index]![1].type;
        if (type === 'labelImage') return original.call(this, effects, ok, nok);
        if (STOPS.has(type)) break;
      }
      return nok;
    },
  };
}

/** Replaces the potential footnote call at `]` of the extensions already added (by `remark-gfm`). */
export function boundedFootnoteCall(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: Array<Extension | Extension[]> };
  const replace = (extension: Extension): void => {
    const text = extension.text;
    const constructs = text?.[93];
    if (!text || !constructs) return;
    const list = Array.isArray(constructs) ? constructs : [constructs];
    if (!list.some((construct) => construct.name === 'gfmPotentialFootnoteCall')) return;
    text[93] = list.map((construct) => (construct.name === 'gfmPotentialFootnoteCall' ? bounded(construct) : construct));
  };
  for (const extension of data.micromarkExtensions ?? []) {
    if (Array.isArray(extension)) extension.forEach(replace);
    else replace(extension);
  }
}
