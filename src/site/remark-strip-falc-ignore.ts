import type { Root } from 'mdast';

const SUPPRESSION = /^\s*<!--\s*falc-ignore[\s\S]*?-->\s*$/;

/** True for a suppression comment of the checker: `<!-- falc-ignore … -->`. */
export function isFalcSuppression(html: string): boolean {
  return SUPPRESSION.test(html);
}

/**
 * remark plugin for the site: removes the checker's suppression comments
 * (`<!-- falc-ignore … -->`) from Markdown pages, so that they do not end up in the HTML.
 */
export default function remarkStripFalcIgnore() {
  return (tree: Root) => {
    const strip = (node: { children?: unknown[] }) => {
      if (!Array.isArray(node.children)) return;
      node.children = node.children.filter((child) => {
        const candidate = child as { type: string; value?: string };
        return !(candidate.type === 'html' && isFalcSuppression(candidate.value ?? ''));
      });
      for (const child of node.children) strip(child as { children?: unknown[] });
    };
    strip(tree);
  };
}
