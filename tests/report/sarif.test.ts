import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { reportSarif, toSarif, toUri } from '../../src/report/sarif.ts';
import { REPORTERS } from '../../src/report/index.ts';
import { checkFile } from '../helpers.ts';

const LONG = 'Vous devez remplir le formulaire de demande avec votre nom, votre prénom et la date de votre naissance avant le rendez-vous.';

async function files(): Promise<VFile[]> {
  const long = await checkFile(`# Titre\n\nUne phrase courte. ${LONG}\n`, { path: 'content/guides/mon guide.mdx', rule: 'phrase-longue' });
  const info = await checkFile(LONG, {
    path: 'content/autre.mdx',
    config: { rules: { 'phrase-longue': { severity: 'info' } } },
  });
  const warning = await checkFile('Un mot *penché*.', { path: 'content/texte.mdx', config: { rules: { italique: 'warning' } } });
  return [long, info, warning];
}

describe('sarif', () => {
  it('has the SARIF 2.1.0 shape', async () => {
    const log = JSON.parse(reportSarif(await files(), { titles: { 'phrase-longue': 'Phrase trop longue' } })) as ReturnType<typeof toSarif>;
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('falc');
    const rule = run.tool.driver.rules.find((candidate) => candidate.id === 'phrase-longue');
    expect(rule).toEqual({ id: 'phrase-longue', shortDescription: { text: 'Phrase trop longue' }, helpUri: '/regles/phrase-longue/' });
    for (const result of run.results) {
      expect(Object.keys(result).sort()).toEqual(['level', 'locations', 'message', 'ruleId', 'ruleIndex']);
      expect(['error', 'warning', 'note']).toContain(result.level);
      expect(typeof result.message.text).toBe('string');
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      const { artifactLocation, region } = result.locations[0]!.physicalLocation;
      expect(artifactLocation.uri).not.toMatch(/^\/|^[a-z]+:/i);
      for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) {
        expect(Number.isInteger(region[key]) && region[key] >= 1).toBe(true);
      }
    }
  });

  it('gives the place, the level and a relative URI of each result', async () => {
    const run = toSarif(await files()).runs[0]!;
    // Other rules may add results (the long sentence is also a list): pick each one by file and rule.
    const uriOf = (result: (typeof run.results)[number]) => result.locations[0]!.physicalLocation.artifactLocation.uri;
    const long = run.results.find((result) => uriOf(result) === 'content/guides/mon%20guide.mdx' && result.ruleId === 'phrase-longue');
    const info = run.results.find((result) => uriOf(result) === 'content/autre.mdx' && result.ruleId === 'phrase-longue');
    const warning = run.results.find((result) => uriOf(result) === 'content/texte.mdx' && result.ruleId === 'italique');
    expect(long).toMatchObject({
      ruleId: 'phrase-longue',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'content/guides/mon%20guide.mdx' }, region: { startLine: 3, startColumn: 20, endLine: 3 } } }],
    });
    expect(info!.level).toBe('note');
    expect(warning).toMatchObject({ ruleId: 'italique', level: 'warning' });
  });

  it('writes relative URIs with forward slashes', () => {
    expect(toUri('content\\guides\\a.mdx')).toBe('content/guides/a.mdx');
    expect(toUri('./a b.md')).toBe('a%20b.md');
    expect(toUri(undefined)).toBe('stdin');
  });

  it('is registered as a format of the CLI', () => {
    expect(REPORTERS.sarif).toBeTypeOf('function');
    const empty = JSON.parse(REPORTERS.sarif!([new VFile({ path: 'a.md' })], {})) as ReturnType<typeof toSarif>;
    expect(empty.runs[0]!.results).toEqual([]);
  });
});
