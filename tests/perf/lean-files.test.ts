// A checked file keeps only what reporters need (messages and counts), not the syntax trees: memory
// stays flat over thousands of files.
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createFalcChecker } from '../../src/falc.ts';
import { fileStats } from '../../src/report/summary.ts';

describe('a checked file', () => {
  it('keeps its messages and counts, not the trees', async () => {
    const checker = createFalcChecker();
    const file = await checker.check(new VFile({ path: 'essai.md', value: 'Vous pouvez demander une aide. Le dossier est envoyé par la mairie de votre commune avant la fin du mois de juin prochain.\n' }));
    expect(file.messages.length).toBeGreaterThan(0);
    expect(file.data.falc).toBeUndefined();
    expect(file.data.falcNlcst).toBeUndefined();
    expect(fileStats(file)).toEqual({ words: 23, sentences: 2 });
    expect(file.messages.every((message) => message.ancestors === undefined)).toBe(true);
  }, 60_000);
});
