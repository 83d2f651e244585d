import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('temps-complexe', () => {
  it.each([
    ['Vous pourriez demander une aide.', 'pourriez', 'conditionnel'],
    ['Il faudrait remplir le dossier.', 'faudrait', 'conditionnel'],
    ['Ce serait plus simple.', 'serait', 'conditionnel'],
    ['Le centre vous demanderait une photo.', 'demanderait', 'conditionnel'],
    ['Il faut que vous soyez là à 9 h.', 'soyez', 'subjonctif'],
    ['Il faut que vous fassiez la demande.', 'fassiez', 'subjonctif'],
    ['Bien qu’il puisse venir, il reste chez lui.', 'puisse', 'subjonctif'],
    ['Il fut le premier.', 'fut', 'passé simple'],
    ['Elle demanda une aide.', 'demanda', 'passé simple'],
    ['Ils arrivèrent en retard.', 'arrivèrent', 'passé simple'],
    ['Quand vous aurez fini, vous signez.', 'aurez fini', 'futur antérieur'],
    ['Il sera parti avant midi.', 'sera parti', 'futur antérieur'],
  ])('fires: %s', async (text, actual, tense) => {
    const messages = await messagesFor('temps-complexe', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).toBe(actual);
    expect(messages[0]!.reason).toContain(`est au ${tense}`);
    expect(messages[0]!.severity).toBe('warning');
  });

  it('suggests the present for common conditionals', async () => {
    expect((await messagesFor('temps-complexe', 'Vous pourriez demander une aide.'))[0]!.expected).toEqual(['pouvez']);
    expect((await messagesFor('temps-complexe', 'Pourriez-vous venir lundi ?'))[0]!.expected).toEqual(['Pouvez-vous']);
  });

  it.each([
    'Le portrait est sur la carte.',
    'Vous avez un extrait de naissance.',
    'Le retrait d’argent est gratuit.',
    'Les frais sont payés par la caisse.',
    'Il entrait dans le bureau.',
    'Il tirait la porte.',
    'Soit vous venez, soit vous appelez.',
    'Veuillez remplir le formulaire.',
    'Ayez votre carte avec vous.',
    'Vous serez convoqué à un rendez-vous.',
    'Vous aurez une réponse.',
    'Le rendez-vous aura lieu lundi.',
    'Ils préfèrent venir le lundi.',
    'Il désirait venir.',
    'Elle habite à Paris.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('temps-complexe', text)).toEqual([]);
  });

  it('takes its severity from the configuration', async () => {
    const config = { rules: { 'temps-complexe': 'error' as const } };
    const messages = await messagesFor('temps-complexe', 'Il faudrait remplir le dossier.', { config });
    expect(messages[0]!.severity).toBe('error');
  });
  it.each(['Le médecin prescrivit un traitement.', 'Il traduisit la lettre.', 'Ils s’inscrivirent à la mairie.'])('finds the passé simple of -crire and -duire verbs: %s', async (text) => {
    expect(await messagesFor('temps-complexe', text)).toMatchObject([{ reason: expect.stringMatching(/passé simple/) }]);
  });

  it.each(['Le médecin prescrit un traitement.', 'Il traduit la lettre.', 'Vous vous inscrivez à la mairie.'])('stays silent on the present of -crire and -duire verbs: %s', async (text) => {
    expect(await messagesFor('temps-complexe', text)).toEqual([]);
  });

  it('gives advice that fits « quel que soit » (fiche F1194)', async () => {
    const messages = await messagesFor('temps-complexe', 'Un mineur est émancipé automatiquement par le mariage, quel que soit son âge.');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).toBe('quel que soit');
    expect(messages[0]!.reason).not.toContain('vous devez');
    expect(messages[0]!.reason).toContain('pour tous');
  });

  it('keeps the usual advice for another subjunctive (fiche F11860)', async () => {
    const messages = await messagesFor('temps-complexe', "Il peut permettre de justifier son identité à condition que la photographie d'identité soit ressemblante.");
    // The subject is « la photographie », not the reader: « devoir », not « vous devez » (third reading, 3 December).
    expect(messages).toMatchObject([{ actual: 'soit', reason: expect.stringContaining('avec le verbe « devoir »') }]);
  });

  it('gives « devoir » with the subject of the verb (fiche F34781: « qu’ils soient inscrits » told « vous devez »)', async () => {
    const text = "Les accessoires sont remboursés à 60 % à condition qu'ils soient inscrits sur la liste LPP remboursables par l'Assurance Maladie.";
    const messages = await messagesFor('temps-complexe', text);
    expect(messages).toMatchObject([{ actual: 'soient', reason: expect.stringContaining('« ils doivent »') }]);
    expect(messages[0]!.reason).not.toContain('vous devez');
  });

  it.each([
    // Fiches of 3 December: no duty in these sentences; « vous devez » would change their meaning.
    'Vous pouvez demander cette aide, que vous soyez salarié ou indépendant.',
    'Il est possible que vous ayez droit à une aide.',
    'Vous pouvez demander que la somme soit versée sur votre compte.',
  ])('does not suggest « vous devez » for a subjunctive that says no duty: %s', async (text) => {
    const messages = await messagesFor('temps-complexe', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).not.toContain('vous devez');
  });

  it('suggests « vous devez » after « il faut que »', async () => {
    const messages = await messagesFor('temps-complexe', 'Il faut que vous soyez présent au rendez-vous.');
    expect(messages).toMatchObject([{ actual: 'soyez', reason: expect.stringContaining('vous devez') }]);
  });

  // Fiche F12210: « quel qu'en soit » is the same set phrase as « quel que soit ».
  it('gives the advice of « quel que soit » to « quel qu’en soit » (fiche F12210)', async () => {
    const text = "Cet hébergement, quel qu'en soit le support, papier ou électronique, est réalisé après que la personne prise en charge en a été informée.";
    expect(await messagesFor('temps-complexe', text)).toMatchObject([{ actual: "quel qu'en soit", reason: expect.stringContaining('dans tous les cas') }]);
  });

  // Fiche F13104: « aurait pu bénéficier » says what did not happen; « a pu » would change the meaning.
  it('does not suggest the present for a past conditional (fiche F13104)', async () => {
    const text = 'La pension de réversion est égale à 54 % de la retraite dont bénéficiait ou aurait pu bénéficier le défunt, sans tenir compte des majorations de retraite.';
    const messages = await messagesFor('temps-complexe', text);
    expect(messages).toMatchObject([{ actual: 'aurait' }]);
    expect(messages[0]!.expected).toBeUndefined();
    // The advice does not ask for the present either (« vous avez pu » would say that it happened).
    expect(messages[0]!.reason).not.toContain('au présent');
    expect(messages[0]!.reason).toContain('une phrase plus simple');
  });

  it.each([
    // Fiche F32916 and F31982: « durer » in the present, not the passé simple of « devoir ».
    'Ils durent entre 2 et 3 semaines.',
    'Les travaux dont les effets durent dans le temps sont remboursés.',
    // « virer » and « revivre » in the present.
    'Ils virent l’argent sur votre compte chaque mois.',
  ])('stays silent on a present that looks like a passé simple: %s', async (text) => {
    expect(await messagesFor('temps-complexe', text)).toEqual([]);
  });

  it('gives no replacement when the word before the verb would need an apostrophe (« comme le serait »)', async () => {
    const text = 'Vous devez alors être interrogé comme le serait un suspect en audition libre.';
    const messages = await messagesFor('temps-complexe', text);
    expect(messages).toMatchObject([{ actual: 'serait' }]);
    expect(messages[0]!.expected).toBeUndefined();
  });

  it('still suggests the present for a conditional alone (fiche F1008)', async () => {
    const text = "Pour connaître les autres aides sociales auxquelles vous pourriez avoir droit (Fonds de solidarité pour le logement (FSL), ...), vous pouvez contacter un travailleur social (assistante sociale, conseillère en économie sociale et familiale, ...).";
    expect(await messagesFor('temps-complexe', text)).toMatchObject([{ actual: 'pourriez', expected: ['pouvez'] }]);
  });

  // Fiche F1349: « seraient causés » is a passive; the present « sont causés » keeps its meaning.
  it('suggests the present for a passive conditional (fiche F1349)', async () => {
    const text = 'Les dommages qui seraient causés aux voisins ne sont pas couverts par cette assurance.';
    expect(await messagesFor('temps-complexe', text)).toMatchObject([{ actual: 'seraient', expected: ['sont'] }]);
  });

  it.each([
    ['Il serait venu plus tôt avec une voiture.', 'serait'],
    ['Elle se serait trompée de dossier.', 'serait'],
  ])('does not suggest the present for a past conditional with « être »: %s', async (text, actual) => {
    const messages = await messagesFor('temps-complexe', text);
    expect(messages).toMatchObject([{ actual }]);
    expect(messages[0]!.expected).toBeUndefined();
  });

  it('does not take « soit … soit » (either … or) after « qu’il » for a subjunctive (fiche F75, fifth reading)', async () => {
    const text = "Les conditions de mise en place de l'aménagement des horaires varient selon qu'il est prévu soit par un accord collectif, soit directement par l'employeur.";
    expect(await messagesFor('temps-complexe', text)).toEqual([]);
    // « soit » alone after « que » is still a subjunctive.
    expect(await messagesFor('temps-complexe', 'Il faut que le dossier soit complet.')).toMatchObject([{ actual: 'soit' }]);
  });

  it.each([
    // Eighth reading, fiche F3076: « doit » gave the reader a right the text does not give.
    ['Le service devrait vous répondre dans les 2 mois.', 'devrait'],
    ['Vous devriez garder une copie.', 'devriez'],
    ['Il faudrait prévoir un délai.', 'faudrait'],
  ])('gives no present for « devrait » or « faudrait », and asks the author to choose: %s', async (text, actual) => {
    const [message] = await messagesFor('temps-complexe', text);
    expect(message).toMatchObject({ actual, expected: undefined });
    expect(message!.reason).toContain('Si c’est obligatoire, écrivez « doit »');
  });
});
