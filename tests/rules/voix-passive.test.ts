import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('voix-passive', () => {
  it.each([
    ['La demande est envoyée par le centre.', 'est envoyée'],
    ['Le dossier est examiné en commission.', 'est examiné'],
    ['Vous serez convoqué à un rendez-vous.', 'serez convoqué'],
    ['Votre dossier a été refusé.', 'a été refusé'],
    ['Les frais sont pris en charge par la caisse.', 'sont pris en charge'],
    ['Le montant est fixé par la loi.', 'est fixé'],
    ['Votre demande doit être signée.', 'être signée'],
    ['Votre aide n’est pas versée ce mois-ci.', 'n’est pas versée'],
    ['Le formulaire est rempli par votre assistante sociale.', 'est rempli'],
    ['Les papiers sont transmis au département.', 'sont transmis'],
    // Compound, modal and pronominal passives (issue 11).
    ['Ce texte a été relu par un relecteur.', 'a été relu'],
    ['Des images doivent être utilisées.', 'être utilisées'],
    ['Ce livre a été écrit en 2010.', 'a été écrit'],
    ['Le formulaire se remplit sur internet.', 'se remplit'],
    ['La demande se fait en ligne.', 'se fait'],
  ])('fires on a passive: %s', async (text, actual) => {
    const messages = await messagesFor('voix-passive', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).toBe(actual);
    expect(messages[0]!.reason).toMatch(/^Cette phrase est à la forme passive/);
    expect(messages[0]!.severity).toBe('warning');
  });

  it.each([
    'Vous êtes malade.',
    'Le CCAS est ouvert le lundi.',
    'C’est fermé le dimanche.',
    'Vous êtes né en France.',
    'Il est arrivé par le train.',
    'Vous êtes venu par la gare.',
    'Vous vous êtes inscrit sur le site.',
    'Il s’est présenté par erreur.',
    'Vous êtes concerné par cette aide.',
    'Vous êtes âgé de plus de 60 ans.',
    'C’est fait.',
    'Le bureau est à l’est de la ville.',
    'Vous êtes passé par la mairie.',
    'Vous êtes hébergé chez un ami.',
    'En été, le bureau est fermé.',
    'Vous êtes inscrit sur la liste.',
    'La carte est gratuite par personne.',
    'Vous devez être âgé de 18 ans.',
    'Vous pouvez être malade.',
    'Il se fait aider par sa sœur.',
    'Ça se fait vite.',
    'Marie se remplit un verre d’eau.',
    'Le bureau se trouve à la mairie.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('voix-passive', text)).toEqual([]);
  });

  it('points at the verb', async () => {
    const messages = await messagesFor('voix-passive', 'La demande est envoyée par le centre.');
    expect(messages[0]).toMatchObject({ line: 1, column: 12 });
  });

  it('takes its severity from the configuration', async () => {
    const config = { rules: { 'voix-passive': 'info' as const } };
    const messages = await messagesFor('voix-passive', 'Le dossier est examiné en commission.', { config });
    expect(messages[0]!.severity).toBe('info');
  });
  it('finds a convocation: « vous êtes attendu », but not the adjective « attendu »', async () => {
    expect(await messagesFor('voix-passive', 'Vous êtes attendue à la mairie lundi.')).toMatchObject([{ actual: 'êtes attendue' }]);
    expect(await messagesFor('voix-passive', 'La réponse attendue est oui.')).toEqual([]);
  });

  // Fiches F11678, F1049: « sommes » after a determiner is an amount of money, not « nous sommes ».
  it.each([
    "L'Apa ne fait l'objet d'aucune récupération des sommes reçues ni du vivant, ni au décès de son titulaire.",
    "En cas d'échelonnement sur plusieurs années, le montant des sommes prélevées est majoré chaque année (sur la base de l'indice des prix à la consommation hors tabac).",
  ])('stays silent on « les sommes » followed by a participle: %s', async (text) => {
    expect((await messagesFor('voix-passive', text)).filter((message) => message.actual?.toLowerCase().startsWith('sommes'))).toEqual([]);
  });

  it('still fires on « nous sommes » and on « sont payées » (fiche F12386 for the second)', async () => {
    expect(await messagesFor('voix-passive', 'Nous sommes informés par la mairie.')).toHaveLength(1);
    const text = "Les allocations sont payées mensuellement en fonction de l'actualisation de votre situation (par exemple, début novembre pour l'allocation du mois d'octobre).";
    expect(await messagesFor('voix-passive', text)).toMatchObject([{ actual: 'sont payées' }]);
  });

  it('sees who acts after « par » up to 9 words after the verb (fiche F34836, third reading)', async () => {
    const text = 'Vous avez été condamné 2 fois avec inscription au Fijais par le tribunal de Saintes en 2014.';
    const [message] = await messagesFor('voix-passive', text);
    expect(message?.actual).toBe('avez été condamné');
    expect(message?.reason).toContain('Le lecteur voit trop tard qui fait l');
  });

  it.each([
    // All 3,213 fiches: a far « par » that another verb owns, or that names no one.
    "L'employeur n'est pas obligé d'accepter la prise de congés payés par anticipation.",
    'Ce différé est déterminé en divisant le montant de cette indemnité compensatrice par votre salaire.',
    "Il est recommandé de participer aux réunions d'information organisées par le service de protection.",
    "Le foyer d'hébergement est souvent annexé à un établissement ou service d'aide par le travail (Ésat).",
    'Votre recours doit être fait auprès de la commission de médiation par le biais d’un formulaire.',
    'Le harcèlement est réprimé dans toutes les situations et toute preuve recueillie par la victime peut être admise.',
    // Ninth reading: « par la suite » means « later ».
    'Le contrat est signé par la suite avec le bailleur.',
  ])('does not take a far « par » of another verb for who acts: %s', async (text) => {
    for (const message of await messagesFor('voix-passive', text)) expect(message.reason).not.toContain('voit trop tard');
  });

  it.each([
    ["Le bail doit être fait par écrit en autant d'exemplaires que de parties.", 'être fait'],
    ['La demande est envoyée par courrier.', 'est envoyée'],
    ['Vous êtes averti par courrier de la décision.', 'êtes averti'],
    ["L'alerte est consignée par écrit dans un registre spécial.", 'est consignée'],
    ['La preuve du concubinage peut être rapportée par tous moyens.', 'être rapportée'],
    // Seventh reading, fiche F2250: the punishment is not who punishes.
    ['Le harcèlement moral est sanctionné par une peine de prison de 2 ans.', 'est sanctionné'],
    // Eighth reading: a way of paying back is not who acts.
    ['Le trop-perçu est récupéré par retenues sur vos prochains paiements.', 'est récupéré'],
  ])('does not take a means after « par » for who acts (fiche F920, fifth reading): %s', async (text, actual) => {
    const messages = await messagesFor('voix-passive', text);
    expect(messages).toMatchObject([{ actual, reason: expect.stringContaining('Le lecteur ne sait pas qui fait l') }]);
    expect(messages[0]!.reason).not.toContain(' par »');
  });

  it('does not take « par » that goes with a later verb for the means of the passive', async () => {
    expect(await messagesFor('voix-passive', "Il est recommandé d'envoyer ces 2 courriers par lettre recommandée.")).toEqual([]);
  });

  it.each([
    // Seventh reading: what happened to the reader's body or life is a state (fiches F2102, F2244, F2210, F2107).
    "Votre chien doit avoir été vacciné contre la rage.",
    "Si vous avez été exposé à l'amiante, vous pouvez avoir une allocation.",
    "Les élèves ayant déjà été scolarisés en France gardent leur place.",
    "Si on est infecté par un virus, on doit rester chez soi.",
  ])('stays silent on a participle that says a state of the body or of life: %s', async (text) => {
    expect(await messagesFor('voix-passive', text)).toEqual([]);
  });

  it.each([
    // Eleventh reading (fiches F23149, F24412): a calculation or a definition; « par » names no one.
    'Cette demi-unité est multipliée par le nombre de jours de présence du salarié.',
    'Le montant est divisé par 12.',
    'La force majeure est caractérisée par un événement :',
  ])('stays silent on a calculation or a definition with « par »: %s', async (text) => {
    expect(await messagesFor('voix-passive', text)).toEqual([]);
  });

  it('still fires on another participle with « par »', async () => {
    expect(await messagesFor('voix-passive', 'Le montant est calculé par la caisse.')).toHaveLength(1);
  });

  it('stays silent on « ou non » after the participle (thirteenth reading)', async () => {
    expect(await messagesFor('voix-passive', 'Cette activité peut être rémunérée ou non.')).toEqual([]);
  });

  it('says that nobody is named when « par » ends the sentence before a list (thirteenth reading)', async () => {
    const [message] = await messagesFor('voix-passive', 'Le dossier doit être envoyé par :\n\n- courrier électronique,\n- lettre recommandée.\n');
    expect(message!.reason).toContain('Le lecteur ne sait pas qui fait l\'action');
  });

  it.each([
    // Fourteenth reading: a number after « par », and « par » that goes with another participle.
    'Ce salaire journalier est calculé en divisant par 30,42 le montant du salaire brut.',
    'Si la tenue de travail est imposée à cause des risques encourus par le salarié, l’employeur la fournit.',
  ])('does not take « par » of a calculation or of another participle for the agent: %s', async (text) => {
    for (const message of await messagesFor('voix-passive', text)) expect(message.reason).not.toContain('voit trop tard');
  });

  it('still sees the agent of 2 participles joined by « et » (fourteenth reading)', async () => {
    expect((await messagesFor('voix-passive', 'Vous pouvez être représenté et défendu par votre assurance.'))[0]!.reason).toContain('voit trop tard');
  });

  it('stays silent when the text names a term: « Ce délai est appelé délai de prescription » (seventeenth reading)', async () => {
    expect(await messagesFor('voix-passive', 'Ce délai est appelé délai de prescription.')).toEqual([]);
    expect(await messagesFor('voix-passive', 'Vous êtes appelé par le juge.')).toHaveLength(1);
    expect(await messagesFor('voix-passive', 'Le tuteur a été nommé.')).toHaveLength(1);
  });
});
