// The compiled command is pure ASCII: Node then reads its 2 MB as a one-byte string at each start.
// esbuild escapes strings but not regular expressions; scripts/build-cli.mjs escapes those, with the
// same meaning.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asciiRegExps, buildCli } from '../../scripts/build-cli.mjs';

const SOURCE = String.raw`const quotes = /[«»“”’]/u, ordinal = /^(\d+)(ère|ème|e)$/, escaped = /\é+/, emoji = /😀/u, pair = /😀/, label = "l’été";
export { quotes, ordinal, escaped, emoji, pair, label };`;

describe('asciiRegExps', () => {
  it('writes the regular expressions in ASCII, with the same matches, and leaves the rest as it is', async () => {
    const ascii: string = await asciiRegExps(SOURCE);
    expect(ascii).toMatch(/^[\x00-\x7f]*l’été[\x00-\x7f]*$/u);
    const compiled = await import(`data:text/javascript,${encodeURIComponent(ascii)}`);
    const original = await import(`data:text/javascript,${encodeURIComponent(SOURCE)}`);
    for (const text of ['«', '’', '"', '2ème', '1ère', '3e', '2eme', 'éé', 'e', '😀', 'a']) {
      for (const name of ['quotes', 'ordinal', 'escaped', 'emoji', 'pair']) expect(compiled[name].test(text), `${name} ${text}`).toBe(original[name].test(text));
    }
    expect(compiled.label).toBe('l’été');
  });
});

describe('buildCli', () => {
  let built: ReturnType<typeof buildCli> | undefined;
  const build = () => (built ??= buildCli({ quiet: true }));

  it('leaves out what the command never runs: zod\'s translations and a second copy of acorn', async () => {
    const result = await build();
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('zod/v4/core/schemas.js'))).toBe(true);
    expect(inputs.filter((input) => input.includes('zod/v4/locales/'))).toEqual(['node_modules/zod/v4/locales/en.js']);
    expect(inputs.filter((input) => input.startsWith('node_modules/acorn/dist/'))).toEqual(['node_modules/acorn/dist/acorn.mjs']);
  }, 120_000);

  it('keeps the patterns with Unicode properties as literals, not a RegExp made again at each call', async () => {
    const result = await build();
    const code = result.outputFiles?.find((file) => file.path.endsWith('falc.cjs'))?.text ?? '';
    expect(code).not.toMatch(/new RegExp\("[^"]*\\\\p\{/);
    expect(code).toContain(String.raw`/^\p{Lu}/u`);
  }, 120_000);

  it('makes a strict script that reads no package from node_modules at start', async () => {
    await build();
    const code = readFileSync(new URL('../../build/cli/falc.cjs', import.meta.url), 'utf8');
    // First line: the key of the saved compiled code; then the strict mode directive, before any statement.
    expect(code).toMatch(/^\/\/ falc [0-9a-f]{16}\n"use strict";/);
    // fdir looked for picomatch in node_modules at load, for a method tinyglobby never calls.
    expect(code).not.toContain('require("picomatch")');
    expect(readFileSync(new URL('../../build/cli/worker.mjs', import.meta.url), 'utf8')).not.toContain('require("picomatch")');
    // bin/falc.mjs runs it with vm.Script, where `import()` cannot run (Node asks for a flag).
    const { tokenizer } = await import('acorn');
    const tokens = [...tokenizer(code, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true })];
    expect(tokens.some((token, index) => token.type.label === 'import' && tokens[index + 1]?.type.label === '(')).toBe(false);
  }, 120_000);
});
