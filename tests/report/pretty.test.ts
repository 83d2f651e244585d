import { describe, expect, it } from 'vitest';
import { readabilityInWords, readabilityLine, frenchNumber } from '../../src/report/readability.ts';
import { reportPretty, shorten } from '../../src/report/pretty.ts';
import { checkFile } from '../helpers.ts';

const LONG = 'Vous devez aller à la mairie de votre ville avec votre carte d’identité pour demander une adresse quand vous dormez dehors.';

describe('pretty report', () => {
  it('quotes the long sentence, trimmed, and prints the full address of the rule page', async () => {
    const file = await checkFile(`${LONG}\n`, { rule: 'phrase-longue', path: 'guide.md' });
    const text = reportPretty([file], { siteUrl: 'https://falc.example.org/' });
    expect(text).toContain('Texte : « Vous devez aller à la mairie de votre ville … quand vous dormez dehors. »');
    expect(text).toContain('Aide : https://falc.example.org/regles/phrase-longue/');
    expect(text).not.toContain('Aide : /regles/');
  });

  it('quotes the sentence around a sign', async () => {
    const file = await checkFile('Venez avec vos papiers ; gardez une copie.\n', { rule: 'ponctuation', path: 'guide.md' });
    expect(reportPretty([file])).toContain('Texte : « Venez avec vos papiers ; gardez une copie. »');
  });

  it('does not quote the sentence again when the message quotes the words in brackets', async () => {
    const file = await checkFile('Venez avec vos papiers (carte d’identité).\n', { rule: 'ponctuation', path: 'guide.md' });
    const text = reportPretty([file]);
    expect(text).toContain('« (carte d’identité) »');
    expect(text).not.toContain('Texte :');
  });

  it('does not repeat words the message already quotes, and says when --fix can fix', async () => {
    const file = await checkFile('Apportez trois papiers.\n', { rule: 'nombre-en-lettres', path: 'guide.md' });
    const text = reportPretty([file]);
    expect(text).not.toContain('Texte : « trois »');
    expect(text).toContain('Suggestion : « 3 » (falc check --fix le corrige)');
  });

  it('says the scores in words, then the figures with a decimal comma', () => {
    expect(frenchNumber(42.5)).toBe('42,5');
    expect(readabilityInWords({ kandelMoles: 80, lix: 25 })).toBe('Texte facile à lire');
    expect(readabilityInWords({ kandelMoles: 65, lix: 35 })).toBe('Texte assez facile à lire');
    expect(readabilityInWords({ kandelMoles: 45, lix: 50 })).toBe('Texte assez difficile à lire');
    expect(readabilityInWords({ kandelMoles: 20, lix: 60 })).toBe('Texte difficile à lire');
    expect(readabilityLine({ kandelMoles: 74.6, lix: 42.5 })).toBe('Texte assez difficile à lire (Kandel-Moles 74,6 ; LIX 42,5)');
  });

  it('prints the readability line of a file in words first', async () => {
    const file = await checkFile(`${LONG}\n`, { allRules: true, path: 'guide.md' });
    expect(reportPretty([file])).toMatch(/Lisibilité : Texte [a-zé ]+ à lire \(Kandel-Moles \d+(,\d)? ; LIX \d+(,\d)?\)/);
  });

  it('shortens between words', () => {
    expect(shorten('un deux trois', 80)).toBe('un deux trois');
    expect(shorten('a'.repeat(10) + ' ' + 'b'.repeat(100), 40).length).toBeLessThanOrEqual(41);
  });
});

describe('the counts of the messages use the words of the messages (src/report/severity-labels.ts)', () => {
  it('says « points d’attention » for the messages labelled « attention », on every face', async () => {
    const { countsInWords, countSeverities } = await import('../../src/report/severity-labels.ts');
    expect(countsInWords(countSeverities([{ severity: 'error' }, { severity: 'warning' }, { severity: 'warning' }, { severity: 'info' }]))).toBe('1 erreur, 2 points d’attention, 1 conseil');
    expect(countsInWords({ errors: 0, warnings: 1, infos: 0 })).toBe('0 erreur, 1 point d’attention, 0 conseil');
    const { prettySummary } = await import('../../src/report/pretty.ts');
    expect(prettySummary({ files: 2, errors: 3, warnings: 1, infos: 2 })).toBe('✖ 3 erreurs, 1 point d’attention, 2 conseils dans 2 fichiers.\n');
  });
});
