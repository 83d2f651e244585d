import type { Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkSentenceLines from '../../src/site/remark-sentence-lines.ts';

/** Runs the plugin on Markdown (or MDX) and returns the resulting tree. */
function transform(text: string, mdx = false): Root {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  const tree = processor.parse(text) as Root;
  remarkSentenceLines()(tree);
  return tree;
}

/** A compact view of a tree: a line break is shown as « ⏎ », blocks are separated by « | ». */
function show(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '⏎';
    case 'strong':
      return `**${node.children.map(show).join('')}**`;
    case 'link':
      return `[${node.children.map(show).join('')}](${node.url})`;
    case 'mdxJsxTextElement':
      return `<${node.name}>${node.children.map(show).join('')}</${node.name}>`;
    default:
      return 'children' in node ? node.children.map((child) => show(child as Nodes)).join(node.type === 'root' || node.type === 'list' || node.type === 'blockquote' ? ' | ' : '') : '';
  }
}

async function html(text: string, mdx = false): Promise<string> {
  return show(transform(text, mdx));
}

describe('remark-sentence-lines', () => {
  it('puts each sentence of a paragraph on its own line', async () => {
    expect(await html('Vous dormez dans la rue. Vous avez besoin d’une adresse.\nLe CCAS peut vous aider.')).toBe(
      'Vous dormez dans la rue.⏎Vous avez besoin d’une adresse.⏎Le CCAS peut vous aider.',
    );
  });

  it('keeps a one-sentence paragraph as it is', async () => {
    expect(await html('Allez au CCAS.')).toBe('Allez au CCAS.');
  });

  it('does not cut after an abbreviation or a title, thanks to the checker splitter', async () => {
    expect(await html('Voyez M. Martin au CCAS. Il vous aide.')).toBe('Voyez M. Martin au CCAS.⏎Il vous aide.');
  });

  it('cuts after question and exclamation marks', async () => {
    expect(await html('Votre commune est petite ? Allez à la mairie !\nC’est simple.')).toBe('Votre commune est petite ?⏎Allez à la mairie !⏎C’est simple.');
  });

  it('handles sentences spread over bold text and links', async () => {
    expect(await html('Vous devez **aller au rendez-vous.** Gardez [votre attestation](/glossaire/#attestation). Merci.')).toBe(
      'Vous devez **aller au rendez-vous.**⏎Gardez [votre attestation](/glossaire/#attestation).⏎Merci.',
    );
  });

  it('cuts inside bold text when two sentences are in it', async () => {
    expect(await html('**Attention. Vous perdez votre adresse.**')).toBe('**Attention.⏎Vous perdez votre adresse.**');
  });

  it('handles MDX text components such as Mot', async () => {
    expect(await html('Cette adresse s’appelle la <Mot>domiciliation</Mot>.\nAvec cette adresse, vous pouvez demander vos droits.', true)).toBe(
      'Cette adresse s’appelle la <Mot>domiciliation</Mot>.⏎Avec cette adresse, vous pouvez demander vos droits.',
    );
    expect(await html('Vous pouvez <Mot>contester</Mot> ce refus. Allez au <Mot>tribunal administratif</Mot>.', true)).toBe(
      'Vous pouvez <Mot>contester</Mot> ce refus.⏎Allez au <Mot>tribunal administratif</Mot>.',
    );
  });

  it('works in list items and block quotes', async () => {
    expect(await html('- Vous dormez dans la rue. Vous cherchez une adresse.\n\n> Lisez. Écrivez.')).toBe(
      'Vous dormez dans la rue.⏎Vous cherchez une adresse. | Lisez.⏎Écrivez.',
    );
  });

  it('keeps a line break written by the author and adds no second one', async () => {
    expect(await html('Lisez.\\\nÉcrivez.')).toBe('Lisez.⏎Écrivez.');
  });

  it('changes nothing when it runs twice', () => {
    const once = transform('Lisez le guide. Posez vos questions. **Merci.** Au revoir.');
    const twice = structuredClone(once);
    remarkSentenceLines()(twice);
    expect(twice).toEqual(once);
    expect(show(once)).toBe('Lisez le guide.⏎Posez vos questions.⏎**Merci.**⏎Au revoir.');
  });

  it('does not touch code spans', async () => {
    expect(await html('Écrivez `a. b` dans la case.')).toBe('Écrivez a. b dans la case.');
  });
});
