/**
 * `meme-personne` on real text written by others (issue 11): the published FALC excerpts of `falc/`, the
 * excerpts of `personne/` (texts that speak with « on », « nous », « je » and « vous »: sources in
 * `SOURCES.md`), the service-public.fr excerpts of `fiches/extraits.md` and the whole fiches of
 * `../fixtures/fiches/`. Every finding is judged by hand in
 * `personne/jugements.tsv` (file:line:column, juste|faux, note); the test fails on a finding not judged yet
 * and when fewer than 9 findings in 10 are right. The texts where « nous » and « on » are the writers or
 * everybody (`aipahm-documents.md`, `nous-aussi-association.md`, `cnsa-facile-a-lire.md`) are the traps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LanguageResources } from '../../src/language/lexicon.ts';
import { checkText, realLanguage } from './findings.ts';

let language: LanguageResources;

beforeAll(async () => {
  language = await realLanguage();
}, 300_000);

function texts(): Array<[string, string]> {
  const result: Array<[string, string]> = [];
  for (const folder of ['falc', 'personne']) {
    const url = new URL(`./${folder}/`, import.meta.url);
    for (const name of readdirSync(url).filter((entry) => entry.endsWith('.md')).sort()) result.push([`${folder}/${name}`, readFileSync(new URL(name, url), 'utf8')]);
  }
  const fiches = readFileSync(new URL('./fiches/extraits.md', import.meta.url), 'utf8').split(/^(?=# )/m).filter((part) => part.startsWith('# '));
  fiches.forEach((fiche, index) => result.push([`fiches/extraits.md#${index}`, fiche]));
  // The whole fiches of the findings snapshot (service-public.fr, Licence Ouverte): long texts that speak with « vous ».
  const whole = new URL('../fixtures/fiches/', import.meta.url);
  for (const name of readdirSync(whole).filter((entry) => entry.endsWith('.md')).sort()) result.push([`fixtures/fiches/${name}`, readFileSync(new URL(name, whole), 'utf8')]);
  return result;
}

function judgements(): Map<string, 'juste' | 'faux'> {
  const result = new Map<string, 'juste' | 'faux'>();
  for (const line of readFileSync(new URL('./personne/jugements.tsv', import.meta.url), 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [key, verdict] = line.split('\t');
    if (!key || (verdict !== 'juste' && verdict !== 'faux')) throw new Error(`personne/jugements.tsv: ligne invalide « ${line} »`);
    result.set(key, verdict);
  }
  return result;
}

describe('meme-personne on real text', () => {
  it('every finding is judged by hand; 9 in 10 are right; the writers\' « nous » and « on » stay silent', async () => {
    const all = texts();
    expect(all.length).toBeGreaterThanOrEqual(40);
    const judged = judgements();
    const findings: Array<{ key: string; actual: string }> = [];
    for (const [name, text] of all) {
      const file = await checkText(text, name, language);
      for (const message of file.messages) {
        if (message.ruleId === 'meme-personne') findings.push({ key: `${name}:${message.line}:${message.column}`, actual: String(message.actual ?? '') });
      }
    }
    console.log(`meme-personne on ${all.length} real texts: ${findings.length} findings\n${findings.map((finding) => `${finding.key} « ${finding.actual} » ${judged.get(finding.key) ?? 'NOT JUDGED'}`).join('\n')}`);
    expect(findings.filter((finding) => !judged.has(finding.key)).map((finding) => `${finding.key} « ${finding.actual} »`)).toEqual([]);
    const right = findings.filter((finding) => judged.get(finding.key) === 'juste').length;
    if (findings.length > 0) expect(right / findings.length).toBeGreaterThanOrEqual(0.9);
    for (const trap of ['personne/aipahm-documents.md', 'personne/nous-aussi-association.md', 'personne/cnsa-facile-a-lire.md']) {
      expect(findings.filter((finding) => finding.key.startsWith(`${trap}:`)), trap).toEqual([]);
    }
  }, 300_000);
});
