import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/index.ts';
import { checkFile } from '../helpers.ts';

const texts = (value: string) => splitSentences(value).map((sentence) => sentence.text);

describe('French sentence splitting', () => {
  it.each([
    ['M. Dupont vous reçoit. Mme Martin aussi.', ['M. Dupont vous reçoit.', 'Mme Martin aussi.']],
    ['Lisez l’art. 4 du code. Puis signez.', ['Lisez l’art. 4 du code.', 'Puis signez.']],
    ['Il y a env. 3 000 personnes. Elles attendent.', ['Il y a env. 3 000 personnes.', 'Elles attendent.']],
    ['Lisez le chap. II du guide. Merci.', ['Lisez le chap. II du guide.', 'Merci.']],
    ['Né en 52 av. J.-C. ici. Fin.', ['Né en 52 av. J.-C. ici.', 'Fin.']],
    ['Voir cf. page 3. Voir p. 4 aussi.', ['Voir cf. page 3.', 'Voir p. 4 aussi.']],
    ['Le dossier de J. Dupont est prêt. Venez.', ['Le dossier de J. Dupont est prêt.', 'Venez.']],
  ])('does not break after an abbreviation: %s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    ['Apportez vos papiers, vos photos, etc. Le CCAS vous aide.', ['Apportez vos papiers, vos photos, etc.', 'Le CCAS vous aide.']],
    ['Venez à 9 h. Le CCAS ouvre.', ['Venez à 9 h.', 'Le CCAS ouvre.']],
  ])('breaks after « etc. » and « 9 h. » before a capital: %s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    // A service-public fiche: items that start in lower case (« - ou … »).
    ['- ou demandez au greffe du tribunal.\n\n- ou allez voir un huissier.\n', 'tribunal'],
    ['- Allez à la mairie.\n- 2 photos sont demandées.\n', 'mairie'],
    ['Allez au guichet de l’hôtel de ville.\n\nou envoyez une lettre.\n', 'ville'],
  ])('leaves the full stop that ends a block out of its last word, as when the block is read alone: %s', async (text, last) => {
    const file = await checkFile(text, { format: 'md' });
    const [first] = file.data.falc!.sentences;
    const word = first!.words.at(-1)!;
    expect(word.value).toBe(last);
    expect(text.slice(word.position.start.offset, word.position.end.offset)).toBe(last);
    expect(first!.text.endsWith(`${last}.`)).toBe(true);
  });

  it.each([
    ['- Apportez vos papiers, etc.\n\n- ou venez plus tard.\n', 'etc.'],
    ['- Le diplôme de niveau V.\n\n- ou un titre.\n', 'V.'],
    ['- Il vit aux U.S.A.\n\n- ou en France.\n', 'U.S.A.'],
  ])('keeps the full stop of an abbreviation, a letter or an initialism, as parse-latin does for a text alone: %s', async (text, last) => {
    const file = await checkFile(text, { format: 'md' });
    expect(file.data.falc!.sentences[0]!.words.at(-1)!.value).toBe(last);
  });

  it('keeps « etc. » inside a sentence when no capital follows', () => {
    expect(texts('Des papiers, etc. sont utiles.')).toEqual(['Des papiers, etc. sont utiles.']);
  });

  it('splits questions and exclamations, with French spaces before ? and !', () => {
    expect(texts('Vous avez 25 ans ? Oui ! Alors venez.')).toEqual(['Vous avez 25 ans ?', 'Oui !', 'Alors venez.']);
  });

  it('handles non-breaking spaces before « ? », « ! » and « : »', () => {
    expect(texts('Vous avez un enfant\u00a0? Venez\u202f!')).toEqual(['Vous avez un enfant\u00a0?', 'Venez\u202f!']);
  });

  it('returns offsets into the text', () => {
    const text = 'Bonjour. Venez ici.';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('uses the same splitter in the checker: one sentence per block, JSX components read', async () => {
    const file = await checkFile('# Titre\n\nM. Dupont vous aide. Venez à 9 h. Le CCAS ouvre.\n\n<Etape titre="x" picto="ccas">\nLisez l’art. 4. Signez.\n</Etape>\n');
    const sentences = file.data.falc!.sentences.map((sentence) => sentence.text);
    // The step's title is read too: readers see it.
    expect(sentences).toEqual(['Titre', 'M. Dupont vous aide.', 'Venez à 9 h.', 'Le CCAS ouvre.', 'x', 'Lisez l’art. 4.', 'Signez.']);
  });

  it('does not read imports, expressions or code; reads the attributes readers see', async () => {
    const file = await checkFile(
      '---\ntitle: Un titre très long\n---\n\nimport X from "./x.ts";\n\nTexte visible.\n\n{/* un commentaire */}\n\n```\ncode ici\n```\n\n<Lieu nom="La mairie">Dans le lieu.</Lieu>\n',
    );
    expect(file.data.falc!.sentences.map((sentence) => sentence.text)).toEqual(['Texte visible.', 'La mairie', 'Dans le lieu.']);
  });
});

describe('plain text and positions', () => {
  it('reads a .txt file as plain text: « # » and « - » are just text', async () => {
    const file = await checkFile('# pas un titre\n- pas une liste.\n\nDeuxième paragraphe.\n', { format: 'txt' });
    const facts = file.data.falc!;
    expect(facts.blocks.map((block) => block.type)).toEqual(['paragraph', 'paragraph']);
    expect(facts.sentences.map((sentence) => sentence.text)).toEqual(['# pas un titre\n- pas une liste.', 'Deuxième paragraphe.']);
    expect(facts.sentences[1]!.position.start).toMatchObject({ line: 4, column: 1 });
  });

  it('starts a sentence at its first word, even right after an MDX comment', async () => {
    const file = await checkFile('{/* un commentaire */}\nVoici la phrase.\n');
    expect(file.data.falc!.sentences[0]!.position.start).toMatchObject({ line: 2, column: 1 });
  });
});

describe('tables', () => {
  it('reads each table cell as its own text, at its place', async () => {
    const file = await checkFile('Voici les horaires.\n\n| Jour | Heures |\n| --- | --- |\n| Lundi | De 9 h à 12 h. |\n\nFin du texte.\n');
    const sentences = file.data.falc!.sentences.map((sentence) => [sentence.text, sentence.position.start.line, sentence.position.start.column]);
    expect(sentences).toEqual([
      ['Voici les horaires.', 1, 1],
      ['Jour', 3, 3],
      ['Heures', 3, 10],
      ['Lundi', 5, 3],
      ['De 9 h à 12 h.', 5, 11],
      ['Fin du texte.', 7, 1],
    ]);
  });
});

describe('rules in tables', () => {
  it('report a badly written time inside a table cell', async () => {
    const file = await checkFile('| Jour | Heures |\n| --- | --- |\n| Lundi | 9h-12h |\n', { rule: 'heure' });
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['heure', 3, 11],
      ['heure', 3, 14],
    ]);
  });
});
