import { readFileSync } from 'node:fs';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createFalcChecker } from '../../src/falc.ts';
import { makeInput } from './mutate.ts';
import { violations } from './properties.ts';

/**
 * A small seeded sample of the fuzzing suite (`npm run fuzz` runs 10,000 inputs): the same 24
 * mutated guides and rule pages on every run. None may crash the checker or place a message
 * outside its text. Speed is measured by `npm run fuzz`, never here.
 */
const SEED = 20261130;
const COUNT = 24;

describe('fuzzing sample', () => {
  it(`${COUNT} mutated inputs: no crash, every message inside the text`, async () => {
    const corpus = (await glob(['content/**/*.mdx', 'rules/*/README.md'])).sort().map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    expect(corpus.length).toBeGreaterThan(10);
    const checker = createFalcChecker();
    const problems: string[] = [];
    for (let index = 0; index < COUNT; index++) {
      const input = makeInput(corpus, SEED, index);
      const file = new VFile({ path: `fuzz.${input.format}`, value: input.text });
      file.data.falcFormat = input.format;
      await checker.check(file);
      for (const violation of violations(file)) problems.push(`${input.name}: ${violation.kind} ${violation.detail}`);
    }
    expect(problems).toEqual([]);
  });
});
