import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { checkFile } from '../helpers.ts';

// Counts the YAML parses: the header check and the reader texts must share one.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('yaml', async (original) => {
  const yaml = await original<typeof import('yaml')>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      parses.count++;
      return yaml.parseDocument(...args);
    },
  };
});

const GUIDE = readFileSync(new URL('./fixtures/carte-identite.mdx', import.meta.url), 'utf8');

describe('the header of a guide', () => {
  it('is parsed once per check, for the header check and for the texts readers see', async () => {
    parses.count = 0;
    const file = await checkFile(GUIDE, { allRules: true, kind: 'guide', path: 'carte-identite.mdx' });
    // The header was read for both: a field error and a message in the title.
    expect(file.data.falcFrontmatter?.title).toBe('DÉLIVRANCE DE LA CNI (1ère demande)');
    expect(file.messages.some((message) => message.ruleId === 'majuscules' && message.line === 2)).toBe(true);
    expect(parses.count).toBe(1);
  }, 60_000);
});
