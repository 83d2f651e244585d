import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSERT_LABEL, withNamedInsertButton } from '../../src/editor/insert-button.ts';

const require = createRequire(import.meta.url);
const DIST = join(dirname(require.resolve('@keystatic/core/package.json')), 'dist');

describe('the « + » button of the editor has a French name (src/editor/insert-button.ts)', () => {
  const files = readdirSync(DIST).filter((name) => name.endsWith('.js') && readFileSync(join(DIST, name), 'utf8').includes('function InsertBlockMenu()'));

  it('names both « + » buttons of Keystatic’s browser code, and its tooltip', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const out = withNamedInsertButton(readFileSync(join(DIST, name), 'utf8'), name) ?? '';
      expect(out.split(`"aria-label": "${INSERT_LABEL}"`).length - 1, name).toBe(2);
      expect(out.split(`children: "${INSERT_LABEL}"`).length - 1, name).toBe(2);
    }
  });

  it('leaves other files alone, and says in French when the button is no longer found', () => {
    expect(withNamedInsertButton('export const a = 1;', 'a.js')).toBeUndefined();
    expect(() => withNamedInsertButton('function InsertBlockMenu() { return null; }', 'b.js')).toThrow(/n’a pas été trouvé dans b\.js/);
  });
});
