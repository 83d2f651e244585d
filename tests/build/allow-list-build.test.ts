import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.ts';

/**
 * Issue 8: a guide is text, never code. Every payload of the issue is put in ONE guide of a copy of the
 * project (an astro build is slow: one guide, two builds). The build must refuse it with the checker's
 * French message and exit code 1; nothing may run (no `pwned` file), reach the network (a local server
 * counts the requests) or reach dist/.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const env = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1', CI: 'true' };

let copy: string;
let server: Server;
let hits = 0;

function payloadGuide(port: number): string {
  const url = `http://127.0.0.1:${port}`;
  return `---
title: Un guide piégé
description: Ce guide contient du code. Le site doit le refuser.
lang: fr
updated: 2026-11-25
status: brouillon
audience: Les personnes qui testent le site.
sources:
  - label: Une source piégée
    url: "javascript:fetch('${url}/source')"
---
export const a = (() => { require('child_process').execSync('touch pwned-require') })()

import { execSync } from 'node:child_process'

import fs from 'node:fs'

export const b = execSync('touch pwned-esm')

Vous lisez ce guide.

{process.getBuiltinModule('node:child_process').execSync('touch pwned-builtin')}

Le nom de la machine : {fs.readFileSync('/etc/hostname', 'utf8')}.

{fetch('${url}/texte')}

<Etapes>
<Etape titre={fetch('${url}/attribut') && "Signer"} picto="signer">
Vous signez.
</Etape>
</Etapes>

<script src="${url}/script.js"></script>

<script>{"fetch('${url}/inline')"}</script>

<iframe src="${url}/iframe"></iframe>

<img src="x" onerror="fetch('${url}/onerror')" alt="" />

<div onclick="alert(1)">Cliquez ici.</div>

<style>{"body { background: url(${url}/style.png) }"}</style>

Lisez [la page](javascript:alert(1)) et <a href="javascript:alert(1)">la page</a>.

<Lieu nom="Mairie" lien="javascript:alert(1)" />

![Un point](${url}/pixel.gif)

{globalThis.process.exit(3)}
`;
}

function build(): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(copy, 'node_modules/.bin/astro'), ['build'], { cwd: copy, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 400_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

function expectNothingHappened(): void {
  expect(readdirSync(copy).filter((name) => name.startsWith('pwned'))).toEqual([]);
  expect(hits).toBe(0);
  const dist = join(copy, 'dist');
  if (existsSync(dist)) {
    expect(existsSync(join(dist, 'guides/piege'))).toBe(false);
    const html = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
    for (const name of html) expect(readFileSync(join(dist, name), 'utf8')).not.toContain('127.0.0.1');
  }
}

beforeAll(async () => {
  server = createServer((_request, response) => {
    hits += 1;
    response.end('');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  copy = mkdtempSync(join(tmpdir(), 'falc-allow-list-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'falc.config.json', 'src', 'rules', 'content', 'public', 'bin']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  writeFileSync(join(copy, 'content/guides/piege.mdx'), payloadGuide(port));
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('astro build of a guide that contains code', () => {
  it('is refused by the FALC check with a French message at each line, exit code 1', async () => {
    const result = await build();
    expect(result.status).toBe(1);
    expect(result.output).toContain('content/guides/piege.mdx');
    for (const [line, text] of [
      [10, 'L’adresse de la source'],
      [12, 'c’est du code'],
      [14, 'c’est du code'],
      [16, 'c’est du code'],
      [18, 'c’est du code'],
      [22, 'Le texte entre accolades { } est du code'],
      [24, 'Le texte entre accolades { } est du code'],
      [26, 'Le texte entre accolades { } est du code'],
      [29, 'La valeur de l’attribut « titre » de la balise <Etape> est entre accolades'],
      [34, 'La balise <script> est du code HTML'],
      [36, 'La balise <script> est du code HTML'],
      [38, 'La balise <iframe>'],
      [40, 'La balise <img>'],
      [42, 'La balise <div>'],
      [44, 'La balise <style>'],
      [46, 'L’adresse du lien « javascript:alert(1) »'],
      [46, 'La balise <a>'],
      [48, 'L’adresse « javascript:alert(1) » de la balise <Lieu>'],
      [50, 'vient d’un autre site'],
      [52, 'Le texte entre accolades { } est du code'],
    ] as const) {
      expect(result.output).toMatch(new RegExp(`\\n  ${line}:\\d+\\s+erreur\\s+.*${text.replace(/[{}()<>]/g, '\\$&')}.*code-interdit`));
    }
    expect(result.output).toContain('le site n’est pas construit');
    expect(result.output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expectNothingHappened();
  }, 420_000);

  // Every rule off: `falc check` still gives the allow-list's errors (src/engine/refusal.ts), so the
  // build stops at the same place as with the rules on, with the same messages (issue 8: one decision).
  it('is refused even when falc.config.json turns every rule off', async () => {
    writeFileSync(join(copy, 'falc.config.json'), JSON.stringify({ rules: Object.fromEntries(RULES.map((rule) => [rule.id, 'off'])) }));
    const result = await build();
    expect(result.status).toBe(1);
    expect(result.output).toContain('piege.mdx');
    expect(result.output).toMatch(/\n  12:1\s+erreur\s+Cette ligne commence par « import » ou « export » : c’est du code\..*code-interdit/);
    expect(result.output).toMatch(/\n  50:1\s+erreur\s+L’image .* vient d’un autre site/);
    expect(result.output).toMatch(/le site n’est pas construit/i);
    expect(result.output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
    expectNothingHappened();
  }, 420_000);
});
