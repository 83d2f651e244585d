import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('vous', () => {
  it.each([
    ['Le demandeur remplit le formulaire.', 'Le demandeur'],
    ['L’usager doit présenter sa carte.', 'L’usager'],
    ['Les usagers doivent attendre à l’accueil.', 'Les usagers'],
    ['Le bénéficiaire reçoit une lettre.', 'Le bénéficiaire'],
    ['L’allocataire signe le dossier.', 'L’allocataire'],
    ['La demandeuse signe le dossier.', 'La demandeuse'],
    ['Le dossier de l’intéressé est complet.', 'l’intéressé'],
    ['La personne concernée signe le dossier.', 'La personne concernée'],
  ])('fires: %s', async (text, actual) => {
    const messages = await messagesFor('vous', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).toBe(actual);
    // No replacement: « vous » in place of « Le demandeur » would need another verb (« vous remplissez »).
    expect(messages[0]!.expected).toBeUndefined();
    expect(messages[0]!.reason).toContain('Écrivez la phrase avec « vous »');
    expect(messages[0]!.severity).toBe('warning');
  });

  it.each([
    'Vous remplissez le formulaire.',
    'Vous habitez à Lyon.',
    'Vous êtes bénéficiaire du RSA.',
    'Vous êtes titulaire d’un permis.',
    'Le panneau dit « on ferme à 17 h ».',
    'Les personnes intéressées peuvent venir.',
    'Le service est disponible on line.',
    'Vous êtes allocataire de la CAF.',
    // The general « on » speaks of everybody (issue 11: proofread FALC texts use it).
    'On doit venir avec sa carte.',
    'Comment on écrit en FALC ?',
    'On a le droit de comprendre.',
    // Other people, not the reader.
    'Les usagers attendent à l’accueil.',
    'Vous devez lire ce texte. Les personnes concernées qui ont relu ce texte sont d’accord.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('vous', text)).toEqual([]);
  });

  it('takes its severity from the configuration', async () => {
    const config = { rules: { vous: 'error' as const } };
    expect((await messagesFor('vous', 'Le demandeur signe.', { config }))[0]!.severity).toBe('error');
  });
  it('finds « le patient » of a health leaflet, but not « soyez patient »', async () => {
    expect(await messagesFor('vous', 'Le patient prend son traitement le matin.')).toMatchObject([{ actual: 'Le patient' }]);
    expect(await messagesFor('vous', 'Soyez patient, le médecin arrive.')).toEqual([]);
  });

  // Real sentences of service-public fiches: F10696 speaks to both parties, F10039 to the landlord.
  it.each([
    "Lorsque l'état des lieux est établi à l'amiable directement entre bailleur et locataire, aucun frais ne peut être mis à la charge du locataire.",
    "Le propriétaire d'un logement soumis à la loi de 1948 peut décider de faire cesser ce régime pour relouer au prix du marché, dans certains cas (selon la catégorie du logement et les ressources du locataire).",
  ])('does not tell to write « vous » for the tenant when the sentence also names the landlord: %s', async (text) => {
    const messages = await messagesFor('vous', text);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.expected).toBeUndefined();
      expect(message.reason).toContain('le locataire ou le propriétaire');
    }
  });

  it('still tells to write « vous » when the sentence names only the tenant (fiche F1317)', async () => {
    const text = "Le locataire peut payer son loyer par tout moyen (chèque, virement ou espèces jusqu'à un montant maximum).";
    expect(await messagesFor('vous', text)).toMatchObject([{ actual: 'Le locataire', expected: undefined }]);
  });

  // Fiche F10039 (bail de sortie de la loi de 1948) is written for the landlord: its « À savoir » sentence
  // « à envoyer au locataire » does not name the landlord, the text around it does.
  it('does not tell to write « vous » for the tenant when another sentence of the text names the landlord (F10039)', async () => {
    const text = [
      'Le propriétaire doit se fonder sur au minimum 3 références de loyer.',
      '',
      'Ces références devront être mentionnées dans la proposition de bail de sortie progressive à envoyer au locataire.',
    ].join('\n');
    const messages = await messagesFor('vous', text);
    expect(messages).toMatchObject([{ actual: 'au locataire', line: 3 }]);
    expect(messages[0]!.expected).toBeUndefined();
    expect(messages[0]!.reason).toContain('Le texte parle aussi du propriétaire');
    expect(messages[0]!.reason).toContain('le locataire ou le propriétaire');
  });

  it('still tells to write « vous » for the tenant when the text never names the landlord (F1065)', async () => {
    const text = "C'est le locataire du logement meublé au 1er janvier qui doit payer la taxe d'habitation.";
    expect(await messagesFor('vous', text)).toMatchObject([{ actual: 'le locataire', expected: undefined }]);
  });

  it('still tells to write « vous » for the tenant when the text says « vous êtes locataire » (F1349)', async () => {
    const text = [
      'Le locataire est responsable des dommages qu’il peut causer au logement pendant le temps de la location.',
      '',
      'Si vous êtes locataire de votre logement, la loi vous oblige à l’assurer, au minimum avec une assurance pour les risques locatifs.',
      '',
      'Lors de la remise des clés, le propriétaire a le droit d’exiger que vous lui remettiez une attestation d’assurance, sauf s’il s’agit d’une location saisonnière ou d’un logement de fonction.',
    ].join('\n');
    const messages = await messagesFor('vous', text);
    expect(messages).toMatchObject([{ actual: 'Le locataire', expected: undefined, line: 1 }]);
    expect(messages[0]!.reason).toContain('Écrivez la phrase avec « vous »');
  });

  // Fiches F1050, F10486, F11616: a sentence that already says « vous » to the reader names somebody else.
  it.each([
    "Vous devez certifier sur l'honneur que le demandeur de la carte grise dispose",
    "- et, si vous ne l'avez pas autorisé, que la banque du bénéficiaire (le vendeur) est située ou non dans l'Union européenne (UE) ou dans l'Espace économique européen (EEE).",
    "## Vous êtes l'assuré",
  ])('stays silent when the sentence already speaks to the reader with « vous »: %s', async (text) => {
    expect(await messagesFor('vous', text)).toEqual([]);
  });

  // Fiche F12691, a text for the giver: another sentence names « le bénéficiaire » next to « votre famille ».
  it('does not say « Écrivez « vous » » for a designation that the text names beside « vous » (fiche F12691)', async () => {
    const text = [
      "Le bénéficiaire ne peut être qu'un membre de votre famille.",
      '',
      "En cas de donation, le bénéficiaire de la donation devra demander au maire la rédaction d'un nouvel acte de concession, sur présentation de l'acte notarié de donation.",
    ].join('\n');
    const messages = await messagesFor('vous', text);
    expect(messages).toMatchObject([{ actual: 'le bénéficiaire', line: 3 }]);
    expect(messages[0]!.expected).toBeUndefined();
    expect(messages[0]!.reason).not.toContain('Écrivez la phrase avec « vous »');
    expect(messages[0]!.reason).toContain('peut-être');
  });

  it('still says « Écrivez « vous » » when « vous êtes le bénéficiaire » names the reader', async () => {
    const text = 'Vous êtes le bénéficiaire de la donation.\n\nLe bénéficiaire de la donation signe l’acte.';
    const messages = await messagesFor('vous', text);
    expect(messages).toMatchObject([{ actual: 'Le bénéficiaire', expected: undefined }]);
    expect(messages[0]!.reason).toContain('Écrivez la phrase avec « vous »');
  });

  // Fiche F1317, a text for the tenant (« votre bailleur »): « au locataire lorsque vos revenus » is the reader.
  it('keeps « Écrivez « vous » » for « le locataire » in a text for the tenant (fiche F1317)', async () => {
    const text = [
      'En cas de difficultés de paiement, il faut alerter votre bailleur.',
      '',
      'Un supplément de loyer peut être réclamé au locataire lorsque vos revenus dépassent un montant maximum.',
      '',
      'Le locataire doit payer le loyer chaque mois.',
    ].join('\n');
    const messages = await messagesFor('vous', text);
    const line5 = messages.filter((message) => message.line === 5);
    expect(line5).toMatchObject([{ actual: 'Le locataire', expected: undefined }]);
    expect(line5[0]!.reason).toContain('Écrivez la phrase avec « vous »');
  });

  it('gives no word to put in place of « Le demandeur »: the verb changes too (fiche F32706)', async () => {
    const text = "Le demandeur dispose d'un délai de 2 mois à partir du refus pour saisir la Cada.";
    const messages = await messagesFor('vous', text);
    expect(messages).toMatchObject([{ actual: 'Le demandeur', expected: undefined }]);
    expect(messages[0]!.reason).toContain('Écrivez la phrase avec « vous »');
  });

  it('reads « que vous soyez propriétaire » as a text for the owner too (fiche F33175): « le locataire » may be somebody else', async () => {
    const text = [
      'Vous pouvez louer votre meublé de tourisme, que vous soyez propriétaire ou non.',
      '',
      'Si vous êtes locataire, demandez l’accord de votre propriétaire.',
      '',
      '- Le locataire n’en fait pas son domicile.',
    ].join('\n');
    const messages = await messagesFor('vous', text);
    expect(messages).toMatchObject([{ actual: 'Le locataire', line: 5 }]);
    expect(messages[0]!.reason).toContain('peut-être');
  });

  it('never takes a person who died for the reader (page N378, sixth reading)', async () => {
    expect(await messagesFor('vous', "La pension de réversion correspond à une partie de la retraite de l'assuré décédé.")).toEqual([]);
    expect(await messagesFor('vous', "La pension dépend de la retraite de l'assuré.")).toMatchObject([{ actual: "l'assuré" }]);
  });

  it('tells a doubt about who reads the text once per word, not at each « locataire » (fiche F31269, ninth reading)', async () => {
    const text = [
      'Le propriétaire doit remettre un dossier au locataire.',
      '',
      'Le locataire peut demander une copie.',
      '',
      'Le locataire paie les charges.',
      '',
      'Le locataire rend les clés.',
      '',
    ].join('\n');
    const messages = await messagesFor('vous', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('peut-être');
    // Without a doubt, each sentence that names the reader in the third person is told.
    expect(await messagesFor('vous', 'Le demandeur signe le dossier.\n\nLe demandeur envoie le dossier.\n')).toHaveLength(2);
  });

  it('doubts « le bénéficiaire » of a life insurance, a text for the one who signs it (fiche F2386, eleventh reading)', async () => {
    const messages = await messagesFor('vous', 'L’acceptation du bénéficiaire est irrévocable et le souscripteur ne peut plus modifier le bénéficiaire.');
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('peut-être');
    expect(messages[0]!.reason).toContain('le bénéficiaire ou le souscripteur');
    // The title names only the beneficiary; the text names the one who signs elsewhere.
    const text = '# Peut-on modifier le bénéficiaire d’un contrat d’assurance vie ?\n\nLe souscripteur choisit une personne.\n';
    expect((await messagesFor('vous', text))[0]!.reason).toContain('Le texte parle aussi du souscripteur');
  });

  it('doubts « le titulaire » beside « le non titulaire » of a lease (fiche F2565, eleventh reading)', async () => {
    const [message] = await messagesFor('vous', '#### Le non titulaire du bail quitte le logement, alors que le titulaire reste dans le logement');
    expect(message!.reason).toContain('le titulaire ou le non-titulaire');
    // Alone, « le titulaire » is still the reader in the third person.
    expect((await messagesFor('vous', 'Le titulaire du bail reste dans le logement.'))[0]!.reason).not.toContain('peut-être');
  });

  it('leaves « la personne concernée » after a relative: « Descendant de la personne concernée » (fiche F1427, twelfth reading)', async () => {
    expect(await messagesFor('vous', '- Descendant de la personne concernée (enfant, petits-enfant)')).toEqual([]);
    expect(await messagesFor('vous', 'La personne concernée signe le dossier.')).toHaveLength(1);
  });

  it('leaves « le demandeur d’emploi décédé » (thirteenth reading)', async () => {
    expect(await messagesFor('vous', 'Donnez le numéro de dossier du demandeur d’emploi décédé.')).toEqual([]);
    expect(await messagesFor('vous', 'Le demandeur d’emploi signe le dossier.')).toHaveLength(1);
  });

  it('doubts « le demandeur » beside « le défendeur », the 2 parties of a trial (fourteenth reading)', async () => {
    const [message] = await messagesFor('vous', 'Le juge entend d’abord le demandeur, puis le défendeur.');
    expect(message!.reason).toContain('le demandeur ou le défendeur');
  });

  it('doubts once about « le titulaire » beside « le suppléant » (fiche F34474, sixteenth session)', async () => {
    const text = 'La délégation comporte autant de titulaires que de suppléants. Le suppléant assiste aux réunions en l’absence du titulaire.';
    const messages = await messagesFor('vous', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('le titulaire ou le suppléant');
    expect(messages[0]!.reason).toContain('peut-être');
  });

  it('stays silent on « Décès du locataire »: the person who died is not the reader (fiche F1314, eighteenth reading)', async () => {
    expect(await messagesFor('vous', '## Décès du locataire')).toEqual([]);
    expect(await messagesFor('vous', 'Le locataire doit payer le loyer.')).toHaveLength(1);
  });
});
