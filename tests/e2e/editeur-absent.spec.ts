import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The guide editor (`npm run editer`, Keystatic) is for authors on their own computer: the published
 * site (`dist/`, built by `npm run build` with astro.config.mjs) has no editor route and no editor code.
 */
async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

test('the published site has no editor route', async ({ request }) => {
  for (const path of ['/keystatic', '/keystatic/', '/api/keystatic/tree', '/__falc/rapport?guide=domiciliation']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('the published site has no editor code', async () => {
  const found: string[] = [];
  for (const file of await files('dist')) {
    if (/keystatic|keystar/i.test(file)) found.push(file);
    else if (/\.(html|js|mjs|css|json)$/.test(file) && /@keystatic|keystatic-core|@keystar\/ui|FALC_EDITOR|NoteAuteur/.test(await readFile(file, 'utf8'))) found.push(file);
  }
  expect(found).toEqual([]);
});
