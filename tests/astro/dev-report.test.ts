import { mkdtempSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { DevReports } from '../../src/astro/dev-report.ts';

// `astro dev`: what the dev panel and the French error page get from the guide's report, without a
// browser. The guide is a copy of the domiciliation guide in a temp project folder.
const GUIDE = readFileSync('content/guides/domiciliation.mdx', 'utf8');
const SENTENCE = 'Vous avez besoin d’une adresse pour recevoir vos lettres.';
const LONG =
  'Vous pouvez aller voir la personne qui travaille au centre le mardi matin avec tous vos papiers et votre carte pour demander vite une adresse.';

const silent = { info() {}, warn() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;
let root: string;
let tick = 0;

/** Saves a file with a new modification time (two saves in the same millisecond must still count). */
function save(path: string, text: string): void {
  writeFileSync(join(root, path), text);
  tick += 1;
  const when = new Date(Date.now() + tick * 1000);
  utimesSync(join(root, path), when, when);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'falc-devreport-'));
  mkdirSync(join(root, 'content/guides'), { recursive: true });
  mkdirSync(join(root, 'content/glossaire'), { recursive: true });
  writeFileSync(join(root, 'falc.config.json'), JSON.stringify({ preset: 'falc' }));
  save('content/guides/domiciliation.mdx', GUIDE.replace(SENTENCE, LONG));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const longSentence = (messages: { ruleId: string }[]) => messages.filter((message) => message.ruleId === 'phrase-longue').length;

describe('dev reports', () => {
  it('a saved configuration applies to the guide being looked at at once, without waiting for the other guides', async () => {
    const reports = new DevReports(root, silent);
    await reports.checkAll({ quiet: true });
    const before = await reports.report('domiciliation');
    expect(before && longSentence(before.messages)).toBeGreaterThan(0);

    save('falc.config.json', JSON.stringify({ preset: 'falc', rules: { 'phrase-longue': 'off' } }));
    // The watcher starts checking every guide again; the page asks for its own guide meanwhile.
    const all = reports.fileChanged(join(root, 'falc.config.json'));
    const after = await reports.report('domiciliation');
    expect(after && longSentence(after.messages)).toBe(0);
    expect(after?.version).toBeGreaterThan(before?.version ?? 0);
    await all;
  }, 120_000);

  it('a guide saved with broken MDX blocks its page; saved fixed, it does not, even if the watcher missed the save', async () => {
    const reports = new DevReports(root, silent);
    const lines = GUIDE.split('\n');
    const at = lines.findIndex((text) => text.startsWith('## Ce guide est pour vous'));
    lines.splice(at + 1, 0, '', '<Etape titre="Aller à la mairie"');
    save('content/guides/domiciliation.mdx', lines.join('\n'));
    expect((await reports.report('domiciliation'))?.blocking).toBe(true);
    save('content/guides/domiciliation.mdx', GUIDE);
    expect((await reports.report('domiciliation'))?.blocking).toBe(false);
  }, 120_000);
});
