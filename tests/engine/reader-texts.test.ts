import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../../src/components/contract.ts';
import { mapValueToSource, NON_TEXT_ATTRIBUTES, READER_ATTRIBUTES } from '../../src/engine/reader-texts.ts';
import { checkFile } from '../helpers.ts';

const GUIDE = readFileSync(new URL('./fixtures/carte-identite.mdx', import.meta.url), 'utf8');

/** `ligne:colonne règle « texte »` for each message, the text read back from the file at that place. */
function placed(text: string, messages: { line?: number | undefined; column?: number | undefined; ruleId?: string | undefined; actual?: string | undefined }[]): string[] {
  const lines = text.split('\n');
  return messages.map((message) => {
    const at = lines[message.line! - 1]!.slice(message.column! - 1);
    const written = message.actual && at.startsWith(message.actual) ? message.actual : `≠ ${at.slice(0, 12)}`;
    return `${message.line}:${message.column} ${message.ruleId} « ${written} »`;
  });
}

describe('texts that readers see outside the prose', () => {
  it('checks the header and the attributes of a guide at their exact line and column', async () => {
    const file = await checkFile(GUIDE, { allRules: true, kind: 'guide', path: 'carte-identite.mdx' });
    const found = placed(GUIDE, file.messages.filter((message) => message.ruleId !== 'phrase-longue'));
    expect(found).toEqual([
      '2:8 majuscules « DÉLIVRANCE DE LA CNI »',
      '2:29 ponctuation « (1ère demande) »',
      '2:30 abreviation « 1ère »',
      '3:114 abreviation « RDV »',
      '22:23 abreviation « RDV »',
      '27:65 heure « 8h30 »',
      '27:70 heure « 17h »',
    ]);
    // The description is a sentence: its length is checked, from its first word.
    const long = file.messages.find((message) => message.ruleId === 'phrase-longue');
    expect([long?.line, long?.column]).toEqual([3, 15]);
    expect(long?.reason).toContain('27 mots');
  });

  it('gives each problem a message that names the fix', async () => {
    const file = await checkFile(GUIDE, { allRules: true, kind: 'guide', path: 'carte-identite.mdx' });
    const byRule = (id: string) => file.messages.filter((message) => message.ruleId === id);
    expect(byRule('majuscules')[0]?.expected).toEqual(['Délivrance de la CNI']);
    expect(byRule('abreviation').map((message) => message.expected?.[0])).toEqual(['première', 'rendez-vous', 'rendez-vous']);
    expect(byRule('heure').map((message) => message.expected?.[0])).toEqual(['8 h 30', '17 h']);
    // The rules at the level « attention » (issue 11: ponctuation) give warnings; all the others are errors.
    expect(file.messages.every((message) => message.fatal === true || message.ruleId === 'negation' || message.ruleId === 'ponctuation')).toBe(true);
    expect(byRule('ponctuation').map((message) => message.actual)).toEqual(['(1ère demande)']);
  });

  it('reads a title like a heading: no final period needed, words and acronyms checked', async () => {
    const guide = GUIDE.replace('title: DÉLIVRANCE DE LA CNI (1ère demande)', 'title: Faire sa carte d’identité');
    const file = await checkFile(guide, { allRules: true, kind: 'guide', path: 'carte-identite.mdx' });
    expect(file.messages.filter((message) => message.line === 2)).toEqual([]);
    const title = file.data.falc!.blocks.find((block) => block.field === 'title');
    expect(title?.type).toBe('heading');
    expect(file.data.falc!.blocks.find((block) => block.field === 'description')?.type).toBe('paragraph');
  });

  it('places the words of a folded YAML scalar on their own lines', async () => {
    const file = await checkFile(GUIDE, { allRules: true, kind: 'guide', path: 'carte-identite.mdx' });
    const audience = file.data.falc!.blocks.find((block) => block.field === 'audience')!;
    const words = audience.sentences.flatMap((sentence) => sentence.words);
    const leur = words.find((word) => word.value === 'leur')!;
    expect([leur.position.start.line, leur.position.start.column]).toEqual([10, 3]);
    expect(audience.sentences[0]!.text).toBe('Les personnes qui veulent leur première carte d’identité.');
  });

  it('places words after an escape in a quoted YAML value or a character reference in an attribute', async () => {
    const text =
      '---\ntitle: "Le \\"bon\\" RDV"\ndescription: Ce guide vous aide à prendre un rendez-vous.\nlang: fr\nupdated: 2026-11-25\nstatus: brouillon\nsources:\n  - label: Mairie\n    url: https://example.org/\n---\n\nVous prenez un rendez-vous.\n\n<Choix question="Vous avez l&apos;adresse du RDV ?">\n<Reponse titre="Oui">\nVenez.\n</Reponse>\n</Choix>\n';
    const file = await checkFile(text, { rule: 'abreviation', kind: 'guide', path: 'x.mdx' });
    expect(placed(text, file.messages)).toEqual(['2:20 abreviation « RDV »', '14:46 abreviation « RDV »']);
  });

  it('places words after an emoji written as a character reference in an attribute (fuzzing seed 54)', async () => {
    // `&#128512;` is one emoji, two UTF-16 units of the value: « RDV » after it was placed 7 columns too early.
    const text = 'Vous venez.\n\n<Etape titre="Attendez le &#128512; RDV" picto="attendre">\nVenez.\n</Etape>\n';
    const file = await checkFile(text, { rule: 'abreviation', path: 'x.mdx' });
    expect(placed(text, file.messages)).toEqual(['3:37 abreviation « RDV »']);
    expect(mapValueToSource('a😀b', 'a&#128512;b', 0)).toEqual([
      { value: 'a', offset: 0 },
      { value: '😀', offset: 1 },
      { value: 'b', offset: 10 },
    ]);
  });

  it('checks link text and image text at their place', async () => {
    const text = 'Lisez la [page du RDV](https://www.service-public.fr/) ici.\n\n![La carte du RDV](carte.png)\n';
    const file = await checkFile(text, { rule: 'abreviation' });
    expect(placed(text, file.messages)).toEqual(['1:19 abreviation « RDV »', '3:15 abreviation « RDV »']);
  });

  it('reports « RDV » once at the end of a link text, before the full stop', async () => {
    const text = 'Lisez la [page du RDV](https://www.service-public.fr/).\n';
    const file = await checkFile(text, { allRules: true });
    expect(file.messages.filter((message) => message.column === 19).map((message) => message.ruleId)).toEqual(['abreviation']);
  });

  it('maps a decoded value onto its source', () => {
    expect(mapValueToSource('a "b" c', '"a \\"b\\" c"', 10, true)).toEqual([
      { value: 'a ', offset: 11 },
      { value: '"', offset: 13 },
      { value: 'b', offset: 15 },
      { value: '"', offset: 16 },
      { value: ' c', offset: 18 },
    ].map((piece) => piece));
    expect(mapValueToSource('un deux', '>-\n  un\n  deux', 0)).toEqual([
      { value: 'un', offset: 5 },
      { value: ' ', offset: 7 },
      { value: 'deux', offset: 10 },
    ]);
  });

  it('stays silent on attributes that are not text and on a clean guide', async () => {
    const text = '<Lieu nom="Mairie de Lyon" telephone="04 72 10 30 30" lien="https://www.lyon.fr/rdv" picto="mairie" />\n\n<Picto nom="rendez-vous" />\n';
    const file = await checkFile(text, { allRules: true });
    expect(file.messages.map((message) => message.ruleId)).toEqual([]);
  });

  it('classifies every attribute of the component contract', () => {
    for (const [name, contract] of Object.entries(COMPONENTS)) {
      for (const prop of Object.keys(contract.props)) {
        const isText = READER_ATTRIBUTES[name]?.[prop] !== undefined;
        const isNotText = NON_TEXT_ATTRIBUTES[name]?.includes(prop) === true;
        expect(isText !== isNotText, `${name}.${prop}`).toBe(true);
      }
    }
  });
});

describe('one message per problem at one place', () => {
  it('reports « RDV » once, as an abbreviation with its replacement', async () => {
    const file = await checkFile('Prenez un RDV à la mairie.\n', { allRules: true });
    const here = file.messages.filter((message) => message.column === 11);
    expect(here.map((message) => message.ruleId)).toEqual(['abreviation']);
    expect(here[0]!.expected).toEqual(['rendez-vous']);
  });
});
