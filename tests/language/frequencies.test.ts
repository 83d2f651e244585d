import { describe, expect, it } from 'vitest';
import { baseForms, parseFrequencies, parseFrequencyMaps } from '../../src/language/frequencies.ts';
import { loadFrequencies, loadResources } from '../../src/node/load-resources.ts';

describe('frequency table', () => {
  it('reads the shipped file: 30,000 forms', async () => {
    const table = await loadFrequencies();
    expect(table.size).toBe(30000);
  });

  it('knows everyday words and finds administrative words rare', async () => {
    const table = await loadFrequencies();
    for (const word of ['maison', 'demander', 'adresse', 'mairie', 'rendez-vous', "aujourd'hui", 'e-mail']) {
      expect(table.lookup(word)?.pm, word).toBeGreaterThan(1);
    }
    expect(table.lookup('attestation')!.pm).toBeLessThan(1);
    expect(table.lookup('juridictionnelle')).toBeUndefined();
  });

  it('uses the lemma: a rare inflection of a common verb is common', async () => {
    const table = await loadFrequencies();
    expect(table.lookup('frappons')!.pm).toBeGreaterThan(100);
    // Not in the list: found through its base form.
    expect(table.lookup('signerons')?.via).toBe('signer');
    expect(table.lookup('relisent')?.pm).toBeGreaterThan(1);
    // A lemma whose listed forms are all inflected.
    expect(table.lookup('électeur')?.pm).toBeGreaterThan(1);
  });

  it('reads missing fields, trailing spaces and a word listed twice as before (last line wins)', () => {
    const text = '# comment\nword\tpm\tlemma\tpos\nsigne\t5\tsigner\tVER \r\nsigner\t2\t\t\nseul\t3\nsigne\t1\tsigne\tNOM\n';
    const maps = parseFrequencyMaps(text);
    expect([...maps.forms]).toEqual([['signe', 1], ['signer', 2], ['seul', 3]]);
    expect([...maps.lemmas]).toEqual([['signe', 'signe']]);
    expect([...maps.parts]).toEqual([['signe', 'NOM']]);
    const table = parseFrequencies(text);
    // The scores come from the final table: the first « signe » line (lemma signer, 5) no longer counts.
    expect(table.lookup('signer')).toEqual({ pm: 2, via: 'signer' });
    const once = parseFrequencies('word\tpm\tlemma\tpos\nsignait\t4\tsigner\tVER \r\nsigner\t2\t\t\n');
    expect(once.partOf('signait')).toBe('VER');
    expect(once.lookup('signer')).toEqual({ pm: 4, via: 'signer' });
  });

  it('guesses base forms of missing words', () => {
    expect(baseForms('signerons')).toContain('signer');
    expect(baseForms('domiciliées')).toContain('domicilier');
    expect(baseForms('excluent')).toContain('exclure');
  });

  it('parses the TSV format: comments, header, optional lemma', () => {
    const table = parseFrequencies('# comment\nword\tpm\tlemma\nest\t43200\têtre\nmaison\t300\t\n');
    expect(table.lookup('est')).toEqual({ pm: 43200, via: 'est' });
    expect(table.lemmaOf('est')).toBe('être');
    expect(table.lookup('maisons')?.via).toBe('maison');
  });

  it('loads every resource quickly', async () => {
    const resources = await loadResources({ spelling: false });
    expect(resources.frequencies?.size).toBe(30000);
    expect(resources.glossary?.length).toBeGreaterThan(5);
    expect(resources.glossary?.map((entry) => entry.term)).toContain('domiciliation');
  });
});
