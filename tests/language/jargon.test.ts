import { describe, expect, it } from 'vitest';
import { JARGON, SENSES } from '../../rules/mot-difficile/jargon.ts';
import { buildJargonIndex, matchJargon, tokenizeJargon } from '../../rules/mot-difficile/jargon-index.ts';

const index = buildJargonIndex(JARGON);

function lookup(text: string): string[] | undefined {
  const words = tokenizeJargon(text);
  const match = matchJargon(index, words, 0);
  return match && match.length === words.length ? match.entry.replacements : undefined;
}

describe('JARGON list', () => {
  it('has at least 320 entries', () => {
    expect(JARGON.length).toBeGreaterThanOrEqual(320);
  });

  it('gives the senses of every word listed in SENSES (no replacement fits all of them)', () => {
    const terms = new Set(JARGON.map((entry) => entry.term));
    expect(Object.keys(SENSES).filter((term) => !terms.has(term))).toEqual([]);
    for (const term of ['mandat', 'dispositif', 'joindre', 'prélèvement']) expect(JARGON.find((entry) => entry.term === term)?.senses, term).toBeTruthy();
    expect(JARGON.find((entry) => entry.term === 'effectuer')?.senses).toBeUndefined();
  });

  it('has no duplicate term or form across entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of JARGON) {
      for (const key of new Set([entry.term, ...(entry.forms ?? [])])) {
        const previous = owner.get(key);
        if (previous !== undefined) clashes.push(`${key}: ${previous} / ${entry.term}`);
        owner.set(key, entry.term);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('writes terms and forms in lower case, NFC, with ASCII apostrophes', () => {
    const bad: string[] = [];
    for (const entry of JARGON) {
      for (const key of [entry.term, ...(entry.forms ?? [])]) {
        if (key !== key.normalize('NFC') || key !== key.toLowerCase() || /[’‘ʼ]/.test(key) || key.trim() !== key) bad.push(key);
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives one to three replacements, different from the term, in lower case', () => {
    const bad: string[] = [];
    for (const entry of JARGON) {
      const n = entry.replacements.length;
      if (n < 1 || n > 3) bad.push(`${entry.term}: ${n} replacements`);
      if (!entry.replacements.some((r) => r !== entry.term)) bad.push(`${entry.term}: same as term`);
      for (const r of entry.replacements) {
        if (r.trim() === '' || /[’‘]/.test(r)) bad.push(`${entry.term}: « ${r} »`);
        if (r !== r.toLowerCase() && !/État/.test(r)) bad.push(`${entry.term}: capital in « ${r} »`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never suggests a replacement that is itself in the list', () => {
    const bad: string[] = [];
    for (const entry of JARGON) {
      for (const r of entry.replacements) {
        const words = tokenizeJargon(r);
        for (let i = 0; i < words.length; i++) {
          const match = matchJargon(index, words, i);
          if (match) bad.push(`${entry.term} → « ${r} » contains « ${match.entry.term} »`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it.each([
    ['effectuer', 'faire'],
    ['effectuez', 'faire'],
    ['effectuée', 'faire'],
    ['solliciter', 'demander'],
    ['préalablement', 'avant'],
    ['en vue de', 'pour'],
    ['justificatif', 'papier qui prouve'],
    ['justificatifs', 'papier qui prouve'],
    ['bénéficier de', 'avoir'],
    ['bénéficiez du', 'avoir'],
    ['domicilié', 'qui habite'],
    ['domiciliée', 'qui habite'],
    ['percevoir', 'recevoir'],
    ['perçoit', 'recevoir'],
    ['octroyer', 'donner'],
    ['afférent', 'qui concerne'],
    ['ledit', 'ce'],
    ['ladite', 'ce'],
    ['nonobstant', 'malgré'],
    ['à compter de', 'à partir de'],
    ['à compter du', 'à partir de'],
    ["dans l'hypothèse où", 'si'],
    ['dans l’hypothèse où', 'si'],
    ['être tenu de', 'devoir'],
    ['êtes tenus de', 'devoir'],
    ['procéder à', 'faire'],
    ['procédez au', 'faire'],
    ['requérant', 'personne qui demande'],
    ['échéance', 'date limite'],
    ['ressources', 'argent que vous gagnez'],
    ['allocataire', 'personne qui reçoit une aide'],
    ['afin de', 'pour'],
    ["afin d'", 'pour'],
    ['le cas échéant', 'si besoin'],
    ['au préalable', 'avant'],
    ["lorsqu'", 'quand'],
  ] as const)('%s → %s', (term, replacement) => {
    expect(lookup(term)).toContain(replacement);
  });

  it('leaves common words alone', () => {
    for (const word of ['formulaire', 'dossier', 'faire', 'demander', 'adresse', 'règle', 'papier']) {
      expect(lookup(word)).toBeUndefined();
    }
  });
});

describe('matchJargon', () => {
  it('matches the longest phrase at a position', () => {
    const words = tokenizeJargon('dans le cadre de votre demande');
    expect(words).toEqual(['dans', 'le', 'cadre', 'de', 'votre', 'demande']);
    const match = matchJargon(index, words, 0);
    expect(match?.entry.term).toBe('dans le cadre de');
    expect(match?.length).toBe(4);
    expect(matchJargon(index, words, 1)).toBeUndefined();
  });

  it('keeps elided words with their apostrophe', () => {
    const words = tokenizeJargon("À l'issue de l’entretien, afin d'obtenir l'aide");
    expect(words.slice(0, 4)).toEqual(['à', "l'", 'issue', 'de']);
    expect(matchJargon(index, words, 0)).toMatchObject({ length: 4, entry: { term: "à l'issue de" } });
    const afin = words.indexOf('afin');
    expect(matchJargon(index, words, afin)).toMatchObject({ length: 2, entry: { term: 'afin de' } });
    expect(matchJargon(index, words, afin + 2)?.entry.term).toBe('obtenir');
  });

  it('prefers a longer phrase over a shorter one and over a single word', () => {
    expect(matchJargon(index, tokenizeJargon('dès lors que vous'), 0)?.length).toBe(3);
    expect(matchJargon(index, tokenizeJargon('dès lors, vous'), 0)?.length).toBe(2);
    expect(matchJargon(index, tokenizeJargon('pièce justificative demandée'), 0)?.entry.term).toBe('pièce justificative');
    expect(matchJargon(index, tokenizeJargon('tiers payant'), 0)?.entry.term).toBe('tiers payant');
    expect(matchJargon(index, tokenizeJargon('un tiers'), 1)).toBeUndefined();
  });

  it('returns undefined past the end or for unknown words', () => {
    expect(matchJargon(index, ['bonjour'], 0)).toBeUndefined();
    expect(matchJargon(index, ['afin'], 0)).toBeUndefined();
    expect(matchJargon(index, [], 0)).toBeUndefined();
  });

  it('sorts phrases longest first', () => {
    const lengths = index.phrases.map((p) => p.words.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});
