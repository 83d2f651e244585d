import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createParser } from '../../src/engine/checker.ts';
import { createFalcChecker } from '../../src/falc.ts';
import { violations } from '../fuzz/properties.ts';

/**
 * Long lines and long runs found by the adversarial shapes (`npm run fuzz:shapes`): each once made the
 * checker super-linear. The tests assert what a user sees (the messages, their places and quotes), never
 * the time: the inputs are large enough that a quadratic regression would take minutes.
 */
const checker = createFalcChecker();

async function check(text: string, format: 'mdx' | 'md' | 'txt' = 'md'): Promise<VFile> {
  const file = new VFile({ path: `long.${format}`, value: text });
  file.data.falcFormat = format;
  await checker.check(file);
  return file;
}

describe('long lines', () => {
  it('quotes a few words around each dash of a line of 10,000 dashes, not the whole line', async () => {
    // A mutated glossary entry (content/glossaire/caf.mdx): 20 KB of « - » between two words. Each dash
    // is a message of `ponctuation`; each quote read the whole line (8.6 s of processor time).
    const file = await check(`La caisse d’allocations familiales, ${'- '.repeat(10_000)}la CAF, est le service qui paie des aides en argent.\n`);
    const dashes = file.messages.filter((message) => message.ruleId === 'ponctuation');
    expect(dashes.length).toBeGreaterThan(9_000);
    for (const message of dashes) expect(message.quote?.length ?? 0).toBeLessThanOrEqual(410);
    expect(dashes[0]!.quote).toMatch(/^La caisse d’allocations familiales, - - /);
    expect(violations(file)).toEqual([]);
  });

  it('refuses thousands of lines of = under text (setext headings: quadratic in the Markdown parser) with a French error at the line', async () => {
    // 20,000 lines of « = » (40 KB) took minutes: each underline copies every event of the parser.
    const file = await check(`Vous allez à la mairie avec votre carte.\n${'=\n'.repeat(20_000)}`);
    const errors = file.messages.filter((message) => message.fatal === true || message.ruleId === 'structure-trop-profonde');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.ruleId).toBe('structure-trop-profonde');
    expect(errors[0]!.reason).toMatch(/plus de 200 lignes de signes = ou -.*Écrivez les titres avec #/);
    expect(errors[0]!.line).toBe(202);
    expect(violations(file)).toEqual([]);
  });

  it('still checks a guide with a hundred underlined headings', async () => {
    const file = await check(Array.from({ length: 100 }, (_, index) => `Titre ${index}\n=====\n\nVous allez à la mairie.\n`).join('\n'));
    expect(file.messages.some((message) => message.ruleId === 'structure-trop-profonde')).toBe(false);
    // The rule `titre` read all of them: one message counts the 100 level-one headings.
    expect(file.messages.filter((message) => message.ruleId === 'titre').map((message) => message.reason)).toContainEqual(expect.stringContaining('Le texte a 100 grands titres'));
  });

  it('parses a paragraph of 100,000 « ] » (200 KB) : each « ] » no longer reads the whole paragraph again', () => {
    // micromark-extension-gfm-footnote looks back through the paragraph at each « ] » for a « ![ »:
    // quadratic (20,000 « ] », 40 KB: 4.5 s of the checker's 4.5 s; 100,000: minutes).
    const tree = createParser('md').parse(`Vous allez à la mairie. ${'] '.repeat(100_000)}\n`);
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.type).toBe('paragraph');
  });

  it('finds footnote calls exactly as remark-gfm does, « ![^1] » included', () => {
    const plain = unified().use(remarkParse).use(remarkGfm);
    const texts = [
      'Vous lisez la note ![^1] ici.\n\n[^1]: Une note.\n',
      'Une note[^a] et [un lien](https://www.exemple.fr) et ![une image](a.png) ] et ![^b].\n\n[^a]: A.\n[^b]: B.\n',
      'Des crochets ] ] [ ] ![ ] [^x] ![^x]\n',
    ];
    for (const text of texts) expect(createParser('md').parse(text)).toEqual(plain.parse(text));
    expect(JSON.stringify(createParser('md').parse(texts[0]!))).toContain('footnoteReference');
  });
});
