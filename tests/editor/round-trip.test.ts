/**
 * Round trip of the guide editor (`npm run editer`): every guide and glossary entry, opened in Keystatic
 * and saved without a change, keeps the same FALC report, the same header for the site and the same MDX
 * tree (so the same built page), and the same text byte for byte.
 */
import { mkdtemp, cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { asRead } from '../../src/engine/exact-actual.ts';
import { checkPaths } from '../../src/node/check-files.ts';
import { glossarySchema, guideSchema } from '../../src/schemas/guide.ts';
import { KEYSTATIC_VERSION, TESTED_VERSION, openAndSave } from './keystatic-files.ts';

// The editor runs Keystatic's browser code; its Node build has no MDX parser. Use the browser build.
vi.mock('@keystatic/core', async () => import('../../node_modules/@keystatic/core/dist/keystatic-core.js'));
vi.mock('@keystatic/core/content-components', async () => import('../../node_modules/@keystatic/core/dist/keystatic-core-content-components.js'));

const ROOT = join(import.meta.dirname, '../..');
const config = await import('../../keystatic.config.ts');

async function files(folder: string): Promise<string[]> {
  return (await readdir(join(ROOT, 'content', folder))).filter((name) => name.endsWith('.mdx')).sort();
}

const guides = await files('guides');
const glossary = await files('glossaire');

function mdxTree(text: string): unknown {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(text);
  tree.children = tree.children.filter((node) => node.type !== 'yaml');
  // Without the places in the file (`position`) and the JavaScript tree of comments (`data.estree`):
  // the same nodes, with the same texts, components and attributes.
  // The order of a component's attributes does not change its props: Keystatic writes them in the order
  // of its form, sorted here by name.
  return JSON.parse(
    JSON.stringify(tree, (key, value: unknown) => {
      if (key === 'position' || key === 'data') return undefined;
      if (key === 'attributes' && Array.isArray(value)) return [...(value as { name?: string }[])].sort((a, b) => String(a.name).localeCompare(String(b.name)));
      return value;
    }),
  );
}

/**
 * The lines of text of the body as the author reads them: without the header, the blank lines, the
 * component tags (compared in the MDX tree), the indentation, and with one list marker.
 */
function textLines(text: string): string[] {
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    // Keystatic escapes a star that needs no escape (« Cerfa 16029*01 » → « 16029\\*01 »): the same
    // text on the page (the MDX tree above is equal), one backslash more in the file (README « Éditeur »).
    .map((line) => line.trim().replace(/^\* /, '- ').replaceAll('\\*', '*'))
    .filter((line) => line !== '' && !line.startsWith('<'));
}

function header(text: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return parseYaml(match?.[1] ?? '');
}

let saved: string;
beforeAll(async () => {
  // A copy of the content where the saved files replace the originals, to check them as `falc check` does.
  saved = await mkdtemp(join(tmpdir(), 'falc-editeur-'));
  await cp(join(ROOT, 'content'), join(saved, 'content'), { recursive: true });
  await cp(join(ROOT, 'falc.config.json'), join(saved, 'falc.config.json'));
});
afterAll(async () => {
  await rm(saved, { recursive: true, force: true });
});

/**
 * The FALC report as the author reads it: each message, its rule and the text it quotes (read as the
 * rules read it). Not its line and column: the first save folds long header lines and indents the text
 * inside blocks, so the same sentence can move (measured and said in the README).
 */
async function report(cwd: string, path: string) {
  const [file] = await checkPaths([path], { cwd });
  expect(file?.path).toBe(path);
  return (file?.messages ?? [])
    .map((m) => ({ ruleId: m.ruleId, reason: m.reason, actual: typeof m.actual === 'string' ? asRead(m.actual).trim() : m.actual }))
    .sort((a, b) => `${a.ruleId} ${a.reason} ${a.actual}`.localeCompare(`${b.ruleId} ${b.reason} ${b.actual}`));
}

it(`uses the Keystatic version whose internals tests/editor/keystatic-files.ts reads`, () => {
  expect(KEYSTATIC_VERSION).toBe(TESTED_VERSION);
});

describe.each(guides)('guide %s opened and saved in the editor', (name) => {
  let original: string;
  let result: string;
  beforeAll(async () => {
    original = await readFile(join(ROOT, 'content/guides', name), 'utf8');
    result = await openAndSave(original, { schema: config.guideSchema, slugField: 'title', contentField: 'contenu', slug: name.replace(/\.mdx$/, '') });
    await writeFile(join(saved, 'content/guides', name), result);
  });

  it('keeps each sentence on its line, with no new escape', () => {
    expect(textLines(result)).toEqual(textLines(original));
    expect(result.replaceAll('\\*', '').split('\\').length).toBe(original.replaceAll('\\*', '').split('\\').length);
  });
  it('keeps the header the site reads', () => {
    expect(guideSchema.parse(header(result))).toEqual(guideSchema.parse(header(original)));
  });
  it('keeps the MDX tree of the body (the built page)', () => {
    expect(mdxTree(result)).toEqual(mdxTree(original));
  });
  it('writes the same file at the next save (the format changes once only)', async () => {
    const again = await openAndSave(result, { schema: config.guideSchema, slugField: 'title', contentField: 'contenu', slug: name.replace(/\.mdx$/, '') });
    expect(again).toBe(result);
    const before = original.split('\n');
    const after = new Set(result.split('\n'));
    // Measured for the README: how many lines of the file the first save rewrites (format only).
    console.info(`${name} : ${before.filter((line) => !after.has(line)).length} lignes sur ${before.length} réécrites au premier enregistrement`);
  });
  it('keeps the FALC report', async () => {
    // The saved file is the one checked (not the original: the check reads from its own folder).
    const [checked] = await checkPaths([`content/guides/${name}`], { cwd: saved });
    expect(String(checked?.value)).toBe(result);
    expect(await report(saved, `content/guides/${name}`)).toEqual(await report(ROOT, `content/guides/${name}`));
  });
});

describe.each(glossary)('glossary entry %s opened and saved in the editor', (name) => {
  it('keeps the text, the header and the MDX tree', async () => {
    const original = await readFile(join(ROOT, 'content/glossaire', name), 'utf8');
    const schema = (config.default.collections as Record<string, { schema: Record<string, unknown> }>).glossaire!.schema;
    const result = await openAndSave(original, { schema, slugField: 'term', contentField: 'definition', slug: name.replace(/\.mdx$/, '') });
    expect(glossarySchema.parse(header(result))).toEqual(glossarySchema.parse(header(original)));
    expect(mdxTree(result)).toEqual(mdxTree(original));
    expect(textLines(result)).toEqual(textLines(original));
  });
});
