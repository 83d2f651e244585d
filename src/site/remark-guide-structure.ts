import type { Nodes, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** Components that show a heading: they get the level of their heading (`niveau`). */
const WITH_HEADING = new Set(['Etape', 'Papiers', 'Lieu', 'Choix', 'Reponse']);

function isJsx(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Props to add to one component. */
export interface StructureChange {
  node: JsxElement;
  props: Record<string, number>;
}

/** The component's attributes with the new props (an existing prop of the same name is replaced). */
export function withProps(node: JsxElement, props: Record<string, number>): JsxElement['attributes'] {
  const kept = node.attributes.filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name in props));
  return [...kept, ...Object.entries(props).map(([name, value]) => ({ type: 'mdxJsxAttribute' as const, name, value: String(value) }))];
}

function setAttribute(changes: Map<JsxElement, Record<string, number>>, node: JsxElement, name: string, value: number): void {
  const props = changes.get(node) ?? {};
  props[name] = value;
  changes.set(node, props);
}

/**
 * Walks a container: `level` is the level of the heading the container sits under. A Markdown
 * heading changes it for the nodes that follow it.
 */
function walk(parent: Parent, level: number, changes: Map<JsxElement, Record<string, number>>): void {
  let current = level;
  for (const child of parent.children as Nodes[]) {
    if (child.type === 'heading') {
      current = child.depth;
      continue;
    }
    if (isJsx(child)) {
      const name = child.name ?? '';
      if (name === 'Etapes') {
        const steps = child.children.filter((node): node is JsxElement => isJsx(node as Nodes) && (node as JsxElement).name === 'Etape');
        steps.forEach((step, index) => {
          setAttribute(changes, step, 'numero', index + 1);
          setAttribute(changes, step, 'total', steps.length);
        });
      }
      if (WITH_HEADING.has(name)) {
        const own = Math.min(current + 1, 6);
        setAttribute(changes, child, 'niveau', own);
        walk(child, own, changes);
      } else {
        walk(child, current, changes);
      }
      continue;
    }
    if (Array.isArray((child as Parent).children)) walk(child as Parent, current, changes);
  }
}

/**
 * Gives each `<Etape>` its number and the number of steps
 * (`numero`, `total`, to write « Étape 2 sur 5 »), and gives each component that shows a heading
 * the right heading level (`niveau`), from the Markdown headings and components around it.
 * The page title is the level 1 heading: content starts under it.
 */
export function guideStructure(tree: Root): StructureChange[] {
  const changes = new Map<JsxElement, Record<string, number>>();
  walk(tree, 1, changes);
  return [...changes].map(([node, props]) => ({ node, props }));
}

/** The same, as a remark plugin. */
export default function remarkGuideStructure() {
  return (tree: Root) => {
    for (const { node, props } of guideStructure(tree)) node.attributes = withProps(node, props);
  };
}
