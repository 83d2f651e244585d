import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createFalcChecker } from '../../src/falc.ts';
import { violations } from './properties.ts';

/**
 * Inputs once found by the fuzzing suite (`npm run fuzz`), minimized: each must now be checked
 * without an internal error and with every message inside the text.
 */
const FOLDER = new URL('./reproducers/', import.meta.url);
const files = readdirSync(FOLDER).filter((name) => /\.(mdx|md|txt)$/.test(name));
const checker = createFalcChecker();

describe('fuzzing reproducers', () => {
  it('the reproducers are there', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });
  for (const name of files) {
    it(name, async () => {
      const file = new VFile({ path: name, value: readFileSync(new URL(name, FOLDER), 'utf8') });
      file.data.falcFormat = name.endsWith('.mdx') ? 'mdx' : name.endsWith('.md') ? 'md' : 'txt';
      await checker.check(file);
      expect(violations(file)).toEqual([]);
    });
  }
});
