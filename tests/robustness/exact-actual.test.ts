import { describe, expect, it } from 'vitest';
import { location } from 'vfile-location';
import { asRead } from '../../src/engine/exact-actual.ts';
import { loadResources } from '../../src/node/load-resources.ts';
import { violations } from '../fuzz/properties.ts';
import { checkFile } from '../helpers.ts';

/** Every message with a range and an `actual`: its rule, its `actual`, and the source at its place. */
async function quotes(text: string, format: 'md' | 'mdx' = 'md') {
  const language = await loadResources({ cwd: process.cwd() });
  const file = await checkFile(text, { format, allRules: true, language });
  const place = location(text);
  return file.messages.flatMap((message) => {
    const range = message.place;
    if (typeof message.actual !== 'string' || !range || !('start' in range)) return [];
    const from = place.toOffset(range.start);
    const to = place.toOffset(range.end);
    if (from === undefined || to === undefined || to <= from) return [];
    return [{ ruleId: message.ruleId, actual: message.actual, written: text.slice(from, to) }];
  });
}

describe('`actual` is the text at the message’s place, exactly as written', () => {
  it.each([
    ['a character reference inside a word (mot-difficile)', 'Vous allez à la mairie&amp;préfecture et vous donnez vos papiers.\n', 'mot-difficile', 'mairie&amp;préfecture'],
    ['a character reference in a sentence (une-idee)', 'Vous allez à la mairie&amp;préfecture et vous donnez vos papiers.\n', 'une-idee', 'Vous allez à la mairie&amp;préfecture et vous donnez vos papiers.'],
    // An emoji written as a reference is two UTF-16 units: every word after it was a few signs off.
    ['a word after an emoji written as a reference (mot-difficile)', 'Vous écrivez avec&#128512; une phrase juridictionnelle.\n', 'mot-difficile', 'juridictionnelle'],
    [
      'a long sentence with a component around a word (phrase-longue)',
      'La mairie peut aussi vous demander votre <Mot>acte de naissance</Mot> et votre carte et votre livret de famille et une facture récente.\n',
      'phrase-longue',
      'La mairie peut aussi vous demander votre <Mot>acte de naissance</Mot> et votre carte et votre livret de famille et une facture récente.',
    ],
    ['an underlined word in Markdown (souligne)', 'Apportez votre <u>carte</u> au rendez-vous.\n', 'souligne', '<u>carte</u>'],
    [
      'a long sentence with a comment inside, in MDX (phrase-longue)',
      'La mairie peut aussi vous demander votre <Mot>acte de naissance</Mot> {/* une note */} et votre carte et votre livret de famille et une facture récente.\n',
      'phrase-longue',
      'La mairie peut aussi vous demander votre <Mot>acte de naissance</Mot> {/* une note */} et votre carte et votre livret de famille et une facture récente.',
    ],
    // Found by fuzzing: in Markdown, `<Etape titre="…" ` before `<em>` is text, `<em>` alone a tag.
    [
      'a sentence cut by a component written in the middle of a word, with a tag inside it (phrase-longue)',
      'Vous le demandez à la mairie d<Etape titre="Aller à la mairie" <em>picto="mairie">\ne la commune où vous êtes né avec votre livret de famille.\n',
      'phrase-longue',
      'Vous le demandez à la mairie d<Etape titre="Aller à la mairie" <em>picto="mairie">\ne la commune où vous êtes né avec votre livret de famille.',
    ],
    // Found by fuzzing: the word splitter reads the next-line sign U+0085 as a space, the quote's reading did not.
    ['a next-line sign U+0085 between two words (ponctuation)', 'Apportez vos [actes\u0085<u>de naissance] à la mairie.\n', 'ponctuation', '[actes\u0085<u>de naissance]'],
    // Found by fuzzing: a NUL sign (read U+FFFD) after the indentation of a line moved every later word one sign back.
    ['a NUL sign after the indentation of a continuation line (mot-difficile)', 'Vous écrivez une lettre\n  \u0000juridictionnelle à la mairie.\n', 'mot-difficile', 'juridictionnelle'],
    // Found by fuzzing: a sentence cut by many lines of tags is read much shorter than it is written.
    [
      'a long sentence over a thousand lines of tags (phrase-longue)',
      `Vous remplissez le Cerfa avec votre nom, votre prénom et votre adresse\n${'<Important>\n'.repeat(1000)}et la date de votre naissance et le nom de votre ville de naissance.\n`,
      'phrase-longue',
      `Vous remplissez le Cerfa avec votre nom, votre prénom et votre adresse\n${'<Important>\n'.repeat(1000)}et la date de votre naissance et le nom de votre ville de naissance.`,
    ],
    // Found by fuzzing: a web address after a sign (`page/www.…`) is found after parsing, and its words had no place.
    [
      'a sentence with a web address written after a sign (phrase-longue)',
      'Vous lisez la page/www.exemple.fr/aide puis vous allez à la mairie de votre ville avec votre carte d’identité et votre livret de famille pour demander une adresse.\n',
      'phrase-longue',
      'Vous lisez la page/www.exemple.fr/aide puis vous allez à la mairie de votre ville avec votre carte d’identité et votre livret de famille pour demander une adresse.',
    ],
    ['a web address written after a sign (lien-peu-clair)', 'Vous lisez la page/www.exemple.fr/aide avant de venir.\n', 'lien-peu-clair', 'www.exemple.fr/aide'],
  ])('%s', async (_label, text, ruleId, written) => {
    const found = (await quotes(text, text.includes('<Mot>') ? 'mdx' : 'md')).filter((quote) => quote.ruleId === ruleId);
    expect(found).toEqual([{ ruleId, actual: written, written }]);
  }, 60_000);

  // Found by fuzzing: a message on a whole heading quotes the heading's text, without `## ` or the line
  // under it; the text is quoted as written.
  it.each([
    ['a heading with a character reference (titre)', '## Vous dormez dans un foyer &amp; dans un centre avec vos enfants.\n', 'titre', 'Vous dormez dans un foyer &amp; dans un centre avec vos enfants.'],
    ['a heading underlined with dashes, with a character reference (titre)', 'Vous dormez dans un foyer &amp; dans un centre avec vos enfants.\n---\n', 'titre', 'Vous dormez dans un foyer &amp; dans un centre avec vos enfants.'],
    ['a heading with a component around a word, in MDX (titre)', '## Vous dormez dans un foyer ou dans un <Mot>centre d’hébergement</Mot> avec vos enfants.\n', 'titre', 'Vous dormez dans un foyer ou dans un <Mot>centre d’hébergement</Mot> avec vos enfants.'],
  ])('%s', async (_label, text, ruleId, heading) => {
    const found = (await quotes(text, text.includes('<Mot>') ? 'mdx' : 'md')).filter((quote) => quote.ruleId === ruleId);
    expect(found.map((quote) => quote.actual)).toEqual([heading]);
    expect(found[0]!.written).toContain(heading);
  }, 60_000);

  it('holds for every message of a text full of references, escapes and invisible signs', async () => {
    const text = [
      '# Vos papiers &amp; vos droits',
      '',
      'Vous remplissez le formulaire Cerfa 16029\\*01 avec votre nom, votre prénom, la date de votre naissance et l’adresse&nbsp;de votre logement actuel.',
      '',
      'Vous n’&#233;crivez pas à la mai\u00ADrie : vous y allez avec M&amp;M et les papiers.',
      '',
    ].join('\n');
    const found = await quotes(text);
    expect(found.length).toBeGreaterThan(2);
    // A quote that is the source read by the rules must be the source itself.
    for (const quote of found) if (asRead(quote.written) === asRead(quote.actual)) expect(quote.actual).toBe(quote.written);
  }, 60_000);

  it('keeps every place after two byte order marks at the start of the file', async () => {
    // The Markdown parser drops every mark at the start: a second one shifted every later word by one.
    const text = '\uFEFF\uFEFF# Les temps\r\rVous ne venez pas, car le juge est juridictionnel\\* et le subjonctif est rare.\r';
    const language = await loadResources({ cwd: process.cwd() });
    const file = await checkFile(text, { format: 'md', allRules: true, language });
    const negation = file.messages.find((message) => message.ruleId === 'negation');
    expect(negation).toMatchObject({ line: 3, column: 6 });
    expect(violations(file)).toEqual([]);
  }, 60_000);

  it('holds with NUL signs, `&#x0;`, runs of escaped backslashes, emphasis and comments (found by fuzzing)', async () => {
    const text = [
      'Il doit savoir où aller e&#x0;t qui appeler la mairie, la préfecture ou le centre social de la ville.',
      '',
      `Vous écrivez ${'\\\\'.repeat(40)} une letre à la mairie.`,
      '',
      'Ce papier prouve \u0000une chose vraie, par e\u0000xemple votre adresse, votre nom, votre prénom et la date de votre naissance.',
      '',
      'Cette règle est une **erreur** : la page montre autre chose que ce que vou<i>s voulez et vous ne la lisez pas bien.',
      '',
      'Apportez vos papiers, votre carte, vos photos et<!-- falc-ignore phrase-longue -- exemple --> votre livret de famille et une facture récente.',
      '',
      'Vous lisez [la page de la mairie](https://www.exemple.fr/mairie) et [la page de la préfecture](https://www.exemple.fr/prefecture) avant de venir avec vos papiers.',
      '',
    ].join('\n');
    const language = await loadResources({ cwd: process.cwd() });
    const file = await checkFile(text, { format: 'md', allRules: true, language });
    expect(file.messages.some((message) => message.ruleId === 'orthographe' && message.line === 3)).toBe(true);
    expect(file.messages.some((message) => message.ruleId === 'phrase-longue' && message.line === 7)).toBe(true);
    expect(violations(file)).toEqual([]);
  }, 60_000);

  it('places a list item sentence whose web address, found after parsing, is followed by a continuation line (fuzzing seed 54)', async () => {
    // GFM finds `www.…` inside « médhttps://www… » after parsing: the text after it had no place (its next
    // line is indented), and the sentence ended before it started (3:3–2:3).
    const text = 'Les mots avec un préfixe.\n\n- les mots faits de débuts comme « médhttps://www.exemple.frico » ou « iso », que les lecteurs connaissent mal et qui font une phrase longue.\n  Par exemple : « socio-médical ».\n';
    const language = await loadResources({ cwd: process.cwd() });
    const file = await checkFile(text, { format: 'md', allRules: true, language });
    const long = file.messages.find((message) => message.ruleId === 'phrase-longue');
    expect(long?.place).toMatchObject({ start: { line: 3, column: 3 }, end: { line: 3, column: 142 } });
    expect(violations(file)).toEqual([]);
  }, 60_000);

  it('places the words after an emoji written as a reference at the start of a list item’s next line (fuzzing seed 56)', async () => {
    // The indentation before `&#128512;` was skipped up to the end of the text: every word after it was 9 signs off.
    const text = '- Les virgules entre parenthèses.\n  &#128512;Par exemple : « 1 justificatif de domicile (facture, contrat de location, avis d’impôt) ».\n';
    const language = await loadResources({ cwd: process.cwd() });
    const file = await checkFile(text, { format: 'md', allRules: true, language });
    const brackets = file.messages.find((message) => message.ruleId === 'ponctuation');
    expect(brackets).toMatchObject({ actual: '(facture, contrat de location, avis d’impôt)', place: { start: { line: 2, column: 55 } } });
    expect(violations(file)).toEqual([]);
  }, 60_000);

  it('reads a source as the rules do', () => {
    expect(asRead('mairie&amp;préfecture')).toBe('mairie&préfecture');
    expect(asRead('16029\\*01 &#233;t&#xE9;')).toBe('16029*01 été');
    expect(asRead('mai\u00ADrie\u200B')).toBe('mairie');
    // The parser reads `&#0;` and a NUL sign as the replacement sign.
    expect(asRead('&inconnu; &#0; a\u0000b')).toBe('&inconnu; \uFFFD a\uFFFDb');
    expect(asRead('une **erreur** <!-- note --> ici')).toBe('une **erreur** ici');
  });
});
