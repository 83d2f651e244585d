import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
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
});
