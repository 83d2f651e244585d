import { describe, expect, it } from 'vitest';
import { checkFile, messagesFor } from '../helpers.ts';

describe('negation', () => {
  it.each([
    ['Vous ne pouvez pas venir le lundi.', 'ne … pas'],
    ['Vous n’avez jamais reçu la lettre.', 'n’ … jamais'],
    ['Ça ne coûte rien.', 'ne … rien'],
    ['Vous n’avez plus de droits.', 'n’ … plus'],
    ['Personne ne vous répondra.', 'Personne … ne'],
    ['Aucun papier n’est demandé.', 'Aucun … n’'],
    ['Vous pouvez venir sans rendez-vous.', 'sans'],
    ['Vous n’avez ni carte ni papier.', 'n’ … ni'],
    ['Pas besoin de rendez-vous.', 'Pas'],
  ])('fires on a negation: %s', async (text, actual) => {
    const messages = await messagesFor('negation', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).toBe(actual);
    expect(messages[0]!.reason).toMatch(/^Cette phrase est négative/);
    expect(messages[0]!.severity).toBe('warning');
  });

  it('gives a stronger message for a double negation', async () => {
    const messages = await messagesFor('negation', 'Vous ne pouvez pas venir sans votre carte.');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/^Cette phrase a 2 négations/);
    expect(messages[0]!.actual).toBe('ne … pas, sans');
  });

  it.each([
    'Une personne vous aide.',
    'La personne qui vous reçoit est gentille.',
    'Vous attendez plus de 3 mois.',
    'En plus, vous recevez une carte.',
    'Vous faites un pas vers l’emploi.',
    'Vous pouvez venir n’importe quand.',
    'Si jamais vous êtes malade, appelez le centre.',
    'Il faut partir avant qu’il ne soit trop tard.',
    'Vous avancez pas à pas.',
    'Chaque personne reçoit une carte.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('negation', text)).toEqual([]);
  });

  it.each([
    ['Vous ne payez que 5 euros.', 'ne … que'],
    ['Il n’y a que 2 places.', 'n’ … que'],
    ['Vous n’avez plus que 2 jours.', 'n’ … que'],
  ])('reports « ne … que » (issue 11: readers take it for a negation) and advises « seulement »: %s', async (text, actual) => {
    const messages = await messagesFor('negation', text);
    expect(messages).toMatchObject([{ actual, reason: expect.stringContaining('écrivez « seulement »') }]);
    // Not as a replacement: « Vous seulement 5 euros » would lose the verb.
    expect(messages[0]!.expected ?? []).toEqual([]);
  });

  it('says to keep a negation in bold visible', async () => {
    const messages = await messagesFor('negation', 'Vous ne payez **pas** le repas.');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('est bien en gras');
  });

  it('does not call a whole sentence in bold a negation « bien en gras » (fiche F2232, seventh reading)', async () => {
    const text = '**Faites la recherche de la préfecture compétente, qui n’est pas forcément celle située dans votre département.**';
    const messages = await messagesFor('negation', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).not.toContain('bien en gras');
    expect(messages[0]!.severity).toBe('warning');
    // A short bold around the negation still counts: « n'est **pas obligatoire** ».
    expect((await messagesFor('negation', 'Modifier l’adresse n’est **pas obligatoire**.'))[0]!.reason).toContain('est bien en gras');
  });

  it('accepts a negation in bold with allowBold', async () => {
    const config = { rules: { negation: { options: { allowBold: true } } } };
    expect(await messagesFor('negation', 'Vous ne payez **pas** le repas.', { config })).toEqual([]);
    expect(await messagesFor('negation', 'Vous ne payez pas le repas.', { config })).toHaveLength(1);
  });
  it('does not add up negations in 2 parts cut by a colon', async () => {
    const messages = await messagesFor('negation', 'Ne sautez pas de niveau : après le 2, écrivez le 3, pas le 4.');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/^Cette phrase est négative : « Ne … pas »/);
    // In the same part, they still add up.
    expect((await messagesFor('negation', 'Je ne travaille pas le lundi, pas le mardi non plus.'))[0]!.reason).toMatch(/2 négations/);
  });

  // Real sentences of service-public fiches: « ni » goes on with the negation before it.
  it.each([
    ["Il n'y a pas de condition de nationalité, ni de limite d'âge.", "n' … pas"],
    ["Pendant la période d'essai, vous ou l’administration pouvez rompre le contrat, sans indemnité ni préavis.", 'sans'],
    ["Dans ce cas, vous n'avez pas à déclarer ni à payer cette taxe forfaitaire.", "n' … pas"],
  ])('counts « ni » after a negation as the same negation: %s', async (text, actual) => {
    const messages = await messagesFor('negation', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, reason: expect.stringMatching(/^Cette phrase est négative/) });
  });

  it('still counts 2 negations with « ni » in another clause (fiche F10027)', async () => {
    const messages = await messagesFor('negation', 'Il ne permet pas de voyager aux États-Unis sans visa.');
    expect(messages[0]!.reason).toMatch(/^Cette phrase a 2 négations/);
  });

  it.each([
    "Les collectivités territoriales peuvent accorder des prêts pour la construction ou l'achat d'un logement neuf ou ancien, avec ou sans travaux.",
    'Le compte joint est un compte ouvert par au moins 2 personnes, avec ou sans lien de parenté.',
  ])('stays silent on « avec ou sans », both cases (fiches F10796, F10412): %s', async (text) => {
    expect(await messagesFor('negation', text)).toEqual([]);
  });

  it('still fires on « sans » alone (fiche F10568)', async () => {
    const text = 'La conciliation peut être suspendue et reprise sans formalité.';
    expect(await messagesFor('negation', text)).toMatchObject([{ actual: 'sans' }]);
  });

  // Fiches F10027, F13278, F12210: « sans domicile stable », « sans emploi », « sans but lucratif » name a group
  // of people or a kind of body; « Écrivez une phrase positive » does not fit them.
  it.each([
    "Si vous êtes sans domicile stable, vous pouvez obtenir une adresse administrative auprès d'un centre communal d'action sociale (CCAS) ou d'une association agréée.",
    'Organisme sans but lucratif français (par exemple, une association, une fondation)',
  ])('stays silent on « sans » in the name of a group or a kind: %s', async (text) => {
    expect(await messagesFor('negation', text)).toEqual([]);
  });

  it('counts only the real negation next to « personnes sans emploi » (fiche F13278)', async () => {
    const text = 'Vous serez alors classé dans la catégorie 4 correspondant aux personnes sans emploi et non immédiatement disponibles.';
    expect(await messagesFor('negation', text)).toEqual([]);
    const withNegation = "Personne sans emploi, qui n'est pas immédiatement disponible, et qui n'est pas tenue d'accomplir des actes positifs de recherche d'emploi";
    const messages = await messagesFor('negation', withNegation);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).not.toContain('sans');
  });

  it('reads « PAS » in capitals without « ne » as an acronym (fiche F34732, third reading), « ne … PAS » as a negation', async () => {
    expect(await messagesFor('negation', 'L’employeur doit appliquer le prélèvement à la source (PAS) sur les revenus des salariés.')).toEqual([]);
    expect(await messagesFor('negation', 'Il ne faut PAS oublier votre carte.')).toMatchObject([{ actual: 'ne … PAS' }]);
  });

  it('asks to remove « ne … que » before « une seule », not to write « seulement une seule fois » (fiche F510, fourth reading)', async () => {
    const [message] = await messagesFor('negation', "Un tel report n'est possible qu'une seule fois.");
    expect(message).toMatchObject({ actual: "n' … qu'" });
    // « Il n’y a qu’une seule place » was told « seulement » before.
    expect((await messagesFor('negation', 'Il n’y a qu’une seule place.'))[0]!.expected ?? []).toEqual([]);
    expect(message!.expected ?? []).toEqual([]);
    expect(message!.reason).toContain('« une seule fois » suffit');
    expect((await messagesFor('negation', 'Vous ne payez que 5 euros.'))[0]!.reason).toContain('écrivez « seulement »');
  });

  // Fifth reading (fiches 2801–3000): a sentence with 2 negations that was also too long got no `negation`
  // message at all. The 2 messages covered the same words (the whole sentence) and only one was kept.
  it.each([
    ["Si le courrier n'a pas été remis au locataire qui était absent et qu'il a été renvoyé au propriétaire, le délai de préavis ne peut pas commencer à courir.", "n' … pas, ne … pas"],
    ["Si vous n'êtes pas indemnisé pour l'aide au retour à l'emploi (ARE), mais que vous percevez une allocation de solidarité spécifique (ASS) à la veille de votre entrée en formation, l'ASS ne sera pas cumulable avec la rémunération des formations de Pôle emploi (RFPE).", "n' … pas, ne … pas"],
    ["Si votre commune ne dispose pas d'école publique, vous pouvez inscrire votre enfant dans une commune proche sans l'accord préalable du maire de votre commune.", 'ne … pas, sans'],
  ])('keeps the « 2 négations » message beside « phrase trop longue » on a long sentence: %s', async (text, actual) => {
    const file = await checkFile(text, { rule: 'negation', allRules: true });
    const rules = file.messages.map((message) => message.ruleId);
    expect(rules).toContain('phrase-longue');
    const negation = file.messages.filter((message) => message.ruleId === 'negation');
    expect(negation).toHaveLength(1);
    expect(negation[0]).toMatchObject({ actual, reason: expect.stringMatching(/^Cette phrase a 2 négations/) });
    // Its place goes from the first negative word to the last.
    const place = negation[0]!.place as { start: { offset: number }; end: { offset: number } };
    const words = actual.split(', ').flatMap((part) => part.split(' … '));
    expect(text.slice(place.start.offset, place.end.offset)).toMatch(new RegExp(`^${words[0]}[^]*${words.at(-1)}$`));
  });

  it.each([
    ["Les vêtements personnels ne sont pas fournis par l'hôpital (pyjamas, robe de chambre, ...), ni les produits de toilette.", 'ne … pas'],
    ['Un agent ne peut pas travailler plus de 39 heures par semaine (heures supplémentaires non comprises), ni plus de 44 heures.', 'ne … pas'],
  ])('counts « ni » after an aside in brackets as the same negation (fiches F725, F573): %s', async (text, actual) => {
    expect(await messagesFor('negation', text)).toMatchObject([{ actual, reason: expect.stringMatching(/^Cette phrase est négative/) }]);
  });

  it('counts « ni » inside an aside after the negation as the same negation (fiche F32324)', async () => {
    const text = "L'employeur ne peut pas diminuer la rémunération du salarié (ni ses primes).";
    expect(await messagesFor('negation', text)).toMatchObject([{ actual: 'ne … pas' }]);
  });

  it.each([
    ["Le dossier est instruit sans aucune formalité.", 'sans'],
    ["Il s'agit d'un aéronef sans pilote et sans passager.", 'sans'],
    ["Vous pouvez saisir le tribunal sans avoir fait de recours ou sans attendre la réponse.", 'sans'],
  ])('counts « sans aucune » and « sans … et sans … » as one negation (fifth reading): %s', async (text, actual) => {
    expect(await messagesFor('negation', text)).toMatchObject([{ actual, reason: expect.stringMatching(/^Cette phrase est négative/) }]);
  });

  it('reads « plus de » after a negative subject as « more than » (fiche F2216, seventh reading)', async () => {
    const text = 'Aucun salarié ne doit travailler plus de 4h30 de manière ininterrompue.';
    expect(await messagesFor('negation', text)).toMatchObject([{ actual: 'Aucun … ne', reason: expect.stringMatching(/^Cette phrase est négative/) }]);
    // Without a negative subject, « ne … plus » is the negation.
    expect(await messagesFor('negation', "Vous n'avez plus de droits.")).toMatchObject([{ actual: "n' … plus" }]);
  });

  it('does not count « véhicules sans permis », the name of a kind of car (fiche F2881, eighth reading)', async () => {
    expect(await messagesFor('negation', 'Interdiction de conduire certains véhicules, y compris les véhicules sans permis, pour 5 ans au plus.')).toEqual([]);
  });

  it('counts the same prohibition said again after « et » as one negation (ninth reading)', async () => {
    const [message] = await messagesFor('negation', 'Le vendeur ne doit pas accepter le paiement et ne doit pas réaliser les travaux.');
    expect(message!.reason).toMatch(/^Cette phrase est négative/);
    // 2 different negations still add up.
    const [two] = await messagesFor('negation', 'Vous ne payez pas le repas et vous ne recevez jamais de facture.');
    expect(two!.reason).toMatch(/^Cette phrase a 2 négations/);
  });

  it('still counts « sans » after another negation as a second one', async () => {
    const [message] = await messagesFor('negation', 'Vous ne pouvez pas partir et sans votre carte vous restez.');
    expect(message!.reason).toMatch(/^Cette phrase a 2 négations/);
  });

  it('does not call 2 restrictions « ne … que » a double negation (fiche F12202, fifth reading)', async () => {
    const text = 'Ce recours ne peut être qu’exceptionnel et le CDD ne peut être conclu que pour une tâche précise.';
    const messages = await messagesFor('negation', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/^Cette phrase dit « ne … qu’ »/);
    expect((await messagesFor('negation', 'Vous ne pouvez pas venir sans votre carte.'))[0]!.reason).toMatch(/^Cette phrase a 2 négations/);
  });

  it('leaves « Extrait sans filiation », the name of a certificate (fiche F1432, twelfth reading)', async () => {
    expect(await messagesFor('negation', '### Extrait sans filiation')).toEqual([]);
  });

  it('leaves « sans fil » (fifteenth reading)', async () => {
    expect(await messagesFor('negation', 'Vous avez le WiFi (sans fil) dans la chambre.')).toEqual([]);
  });

  it.each(['#### Fonctionnaire sans activité', '| Groupe | Effet |\n| --- | --- |\n| 1er groupe | Sans objet |'])(
    'stays silent on « sans activité » (a status) and « sans objet » (not applicable) (seventeenth reading): %s',
    async (text) => {
      expect(await messagesFor('negation', text)).toEqual([]);
    },
  );
});
