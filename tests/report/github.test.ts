import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { escapeData, escapeProperty, reportGithub } from '../../src/report/github.ts';
import { REPORTERS } from '../../src/report/index.ts';
import { checkFile } from '../helpers.ts';

const LONG = 'Vous devez remplir le formulaire de demande avec votre nom, votre prénom et la date de votre naissance avant le rendez-vous.';

describe('github', () => {
  it('escapes the message: %, \\r and \\n', () => {
    expect(escapeData('50 % de 2\r\nlignes')).toBe('50 %25 de 2%0D%0Alignes');
  });

  it('escapes properties: also : and ,', () => {
    expect(escapeProperty('a,b:c%d\ne')).toBe('a%2Cb%3Ac%25d%0Ae');
  });

  it('writes one workflow command per message', async () => {
    const file = await checkFile(`# Titre\n\nUne phrase courte. ${LONG}\n`, { path: 'content/guides/a,b:c.mdx', rule: 'phrase-longue' });
    const output = reportGithub([file]);
    expect(output).toBe(
      `::error file=content/guides/a%2Cb%3Ac.mdx,line=3,col=20,endLine=3,endColumn=${3 + 20 + LONG.length - 3},title=falc phrase-longue::${file.messages[0]!.reason}\n`,
    );
  });

  it('uses warning and notice for the other severities', async () => {
    const file = await checkFile('Un mot *penché*.', { path: 'a.mdx', config: { rules: { italique: 'warning' } } });
    const info = await checkFile(LONG, { path: 'b.mdx', config: { rules: { 'phrase-longue': 'info' } } });
    const lines = reportGithub([file, info]).trim().split('\n');
    expect(lines.find((line) => line.includes('italique'))).toMatch(/^::warning file=a\.mdx,line=1,col=8,/);
    expect(lines.find((line) => line.includes('phrase-longue'))).toMatch(/^::notice file=b\.mdx,/);
  });

  it('escapes a message on several lines', () => {
    const file = new VFile({ path: 'a.md' });
    const message = file.message('Ligne 1\nLigne 2 : 100 %', { place: { line: 2, column: 3 }, ruleId: 'test' });
    message.fatal = true;
    expect(reportGithub([file])).toBe('::error file=a.md,line=2,col=3,endLine=2,endColumn=3,title=falc test::Ligne 1%0ALigne 2 : 100 %25\n');
  });

  it('is registered as a format of the CLI', () => {
    expect(REPORTERS.github!([new VFile({ path: 'a.md' })], {})).toBe('');
  });
});
