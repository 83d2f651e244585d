import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EASY_TO_READ_CREDIT } from '../../src/site/review-state.ts';

/**
 * The European Easy-to-Read logo, once the site owner has put its file in `public/`: only on a guide
 * whose text is still the one its readers reviewed, with the credit line. The build runs in a copy of the
 * project, with the example guides (one reviewed and unchanged, one changed after its review).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const env = {
  ...process.env,
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  NO_COLOR: '1',
  CI: 'true',
  FALC_EXEMPLES: '1',
  FALC_PREVIEW: '1',
  FALC_SITE_URL: 'https://guides.example.org',
};
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80"><rect width="80" height="80" fill="#1a4d8f"/></svg>\n';

let copy: string;
let status: number | null;
let output: string;
// The site puts no-break spaces before « : » and inside « » (French typography): compare with plain spaces.
const page = (path: string) => readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8').replace(/[\u00a0\u202f]/g, ' ');

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'falc-logo-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'falc.config.json', 'src', 'rules', 'content', 'public', 'bin']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  mkdirSync(join(copy, 'tests/fixtures'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/guides-exemples'), join(copy, 'tests/fixtures/guides-exemples'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  writeFileSync(join(copy, 'public/logo-facile-a-lire.svg'), LOGO);
  const build = spawnSync(join(copy, 'node_modules/.bin/astro'), ['build'], { cwd: copy, encoding: 'utf8', env, timeout: 900_000 });
  status = build.status;
  output = `${build.stdout}\n${build.stderr}`;
}, 900_000);

afterAll(() => {
  if (copy && !process.env.KEEP) rmSync(copy, { recursive: true, force: true });
});

describe('the Easy-to-Read logo', () => {
  it('shows on a guide still as its readers reviewed it, with the credit line and who reviewed it', () => {
    expect(status, output).toBe(0);
    const html = page('guides/exemple-relecture-a-jour');
    expect(html).toContain('class="logo-facile-a-lire"');
    expect(html).toContain('src="/logo-facile-a-lire.svg"');
    expect(html).toContain(EASY_TO_READ_CREDIT);
    expect(html).toContain('Relu le 20 novembre 2026 par Atelier FALC de l’exemple');
    expect(existsSync(join(copy, 'dist/logo-facile-a-lire.svg'))).toBe(true);
  });

  it('never shows on a guide changed after its review, nor on a guide never reviewed', () => {
    expect(status, output).toBe(0);
    expect(page('guides/exemple-relecture-modifiee')).not.toContain('logo-facile-a-lire');
    expect(page('guides/domiciliation')).not.toContain('logo-facile-a-lire');
  });
});
