import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('gras-excessif', () => {
  it.each([
    ['**Vous devez venir avec votre carte d’identité.**', 'mdx', 7],
    ['Vous devez venir **avec votre carte d’identité et votre avis**.', 'mdx', 7],
    // In a guide (.mdx), raw HTML is refused by `code-interdit`: that error is the one message at this place.
    ['Vous <strong>devez venir avec votre carte</strong> ici.', 'md', 5],
    ['Vous <b>devez venir avec votre carte</b> ici.', 'md', 5],
    ['- **Apportez la copie de votre bail.**', 'mdx', 6],
  ])('fires on a long bold passage: %s', async (text, format, count) => {
    const messages = await messagesFor('gras-excessif', text, { format: format as 'md' | 'mdx' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ reason: expect.stringContaining(`a ${count} mots`), severity: 'warning' });
  });

  it('fires when too many words of a paragraph are in bold', async () => {
    const text = 'Vous devez venir **avec** votre **carte** et votre **avis** et **le** **papier** de la mairie.';
    const messages = await messagesFor('gras-excessif', text);
    expect(messages).toMatchObject([{ reason: expect.stringContaining('5 mots en gras sur 15') }]);
  });

  it.each([
    '**Attention** : vous devez venir.',
    '**Attention** : venez.',
    'Vous ne devez **pas** signer.',
    'Le **lundi**, vous allez au **centre**. Vous donnez votre dossier à la personne de l’accueil.',
    '# **Un titre en gras assez long ici**',
    'Apportez votre **carte d’identité** et votre **avis d’impôt**.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('gras-excessif', text)).toEqual([]);
  });

  it('takes its limits from the options', async () => {
    const config = { rules: { 'gras-excessif': { options: { maxWords: 10 } } } };
    expect(await messagesFor('gras-excessif', '**Vous devez venir avec votre carte d’identité.**', { config })).toEqual([]);
  });

  // Real paragraphs of service-public fiches (F134, F10007, F10332, F11064, F1035).
  it.each([
    '**Impayés réalisés ou à venir**',
    "**Motif lié à votre situation d'emploi**",
    '**Quelles mesures peuvent être prises ?**',
    'La saisine du médiateur doit être faite **1 an maximum** après votre réclamation.',
    'Le responsable doit se présenter au guichet **avec son enfant** pour récupérer le passeport.',
  ])('stays silent on a short paragraph in bold used as a title, and on one short bold passage: %s', async (text) => {
    expect(await messagesFor('gras-excessif', text)).toEqual([]);
  });

  it.each([
    ["**Ce congé n'est pas prévu par la législation**.", 8],
    ['**Vous devrez régler le même coût que si vous achetiez un nouveau véhicule**.', 13],
  ])('still fires on a sentence in bold (fiches F10431, F10613): %s', async (text, count) => {
    const messages = await messagesFor('gras-excessif', text);
    expect(messages).toMatchObject([{ reason: expect.stringContaining(`a ${count} mots`) }]);
  });

  // Fiches F1036, F11166, F134: a period in bold is one piece of information; a short lead-in in bold that
  // ends with « : » stands on its own line before a list, like a title.
  it.each([
    "Cette mesure s'applique **du 30 octobre 2020 au 1er décembre 2020 minimum**.",
    '**Dans tous les cas à fournir :**',
    '**Si vous êtes propriétaire de votre résidence principale (domicile) :**',
  ])('stays silent on a bold period and on a short bold lead-in ending with « : »: %s', async (text) => {
    expect(await messagesFor('gras-excessif', text)).toEqual([]);
  });

  it('still fires on a long bold lead-in ending with « : » (fiche F10009)', async () => {
    const text = "**Si, à la fin de l'instruction, vous êtes classé en Gir 5 ou 6 de la grille Aggir :**";
    expect(await messagesFor('gras-excessif', text)).toHaveLength(1);
  });

  // Fiches F10040, F1028, F11891: an age range, a duration in bold is one piece of information; F10332: a bold
  // term at the start of a list item, then « : » and its meaning.
  it.each([
    "- Avoir **entre 18 et 28 ans** à la date de l'inscription.",
    "- Facture de gaz, d'électricité, de téléphone fixe ou de téléphone portable **de moins de 6 mois** au nom de la société",
    "Vous devez déposer votre recours, dans un **délai maximum de 2 mois** après la notification de l'arrêté d'expulsion, devant le tribunal administratif de Paris.",
    // Fiches of 3 December: a date after « avant le », a range with 2 units.
    'Vous devez faire la demande **avant le 31 décembre 2020** au plus tard.',
    'La peine de prison va de **10 jours à 6 mois** selon les cas.',
    // Fiche F32485: a number of quarters, then what they count.
    "Vous devez justifier d'**au moins 8 trimestres de cotisation** sur une période de référence précédant la naissance.",
    "- **Seuil d'information et de recommandation** : le niveau de pollution a des effets limités et transitoires sur la santé de certaines personnes sensibles (femmes enceintes, enfants, personnes âgées, etc.).",
    // Third reading (3 December), fiches F34634, F34441, F34836: how long before an event, how often.
    'Vous devez vous rendre au commissariat de police de votre domicile **au moins 2 jours avant votre départ**.',
    'La CEAM doit être demandée **20 jours au moins avant le départ**.',
    "Si vous avez l'obligation de vous présenter **tous les mois** pour justifier votre adresse, vous pouvez demander à réduire cette fréquence à **1 fois tous les 6 mois.**",
    // Eighth reading, fiches F2846, F2845: a period « entre le … et le … ».
    'Si vous déposez votre demande **entre le 12 mars 2020 et le 31 janvier 2021**, les pièces suivantes sont demandées.',
    'Votre permis a été délivré **entre le 12 mars 2017 et le 31 janvier 2021 inclus** : il reste valable.',
    // Seventh reading: fiche F2231, a duration with « consécutifs »; fiche F2250, the term its paragraph explains.
    'Votre titre de séjour peut vous être retiré si vous vous absentez **plus de 3 ans consécutifs** de France.',
    "**Le juge de l'application des peines (Jap)** est chargé de suivre la vie des condamnés après leur jugement.",
    // Fiche F34964: the name of an offer in bold on the first line of a list item, what it is on the next lines.
    '- **Abonnement scolaire (interne ou demi-pensionnaire)**\n  Destiné aux élèves de moins de 21 ans.\n  Le prix dépend du trajet choisi.',
  ])('stays silent on a bold amount or duration, and on a bold term before « : »: %s', async (text) => {
    expect(await messagesFor('gras-excessif', text)).toEqual([]);
  });

  it.each([
    ['Elle est versée **en 9 mensualités de 200 €**.', 5],
    ["**La décision définitive d'attribution ou de rejet** sera notifiée seulement après votre inscription à l'université.", 7],
    ["**La décision définitive d'attribution ou de rejet** est notifiée seulement après votre inscription à l'université.", 7],
    // A bold first line that goes on in the same sentence is not a title.
    ['- **Vous devez venir avec votre carte et votre avis**\n  au centre.', 9],
    ['Venez **au moins 2 jours avant votre départ avec tous vos papiers**.', 11],
  ])('still fires on a longer bold passage (fiches F1010, F12214): %s', async (text, count) => {
    expect(await messagesFor('gras-excessif', text)).toMatchObject([{ reason: expect.stringContaining(`a ${count} mots`) }]);
  });

  it('asks for a real, shorter heading when a long bold paragraph stands as a title (fiche F885, fifth reading)', async () => {
    const text = "**Actes d'état civil devant être mis à jour à la suite du changement de prénom**\n\nVous devez les changer.";
    const messages = await messagesFor('gras-excessif', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/^Ce passage en gras sert de titre, mais il a 15 mots/);
    expect(messages[0]!.reason).toContain('avec ### au début');
    // Bold inside a sentence still gets « only the important word ».
    const [inside] = await messagesFor('gras-excessif', 'Vous venez **avec votre carte et votre dossier et tous les papiers de votre famille** au centre.');
    expect(inside!.reason).toContain('Mettez en gras seulement le mot important');
  });

  it.each([
    // Eleventh reading: one duration or amount in bold, a bold label ending with its colon.
    'Toutefois, la durée peut être **d’1 an et 6 mois** si vous suivez une **formation complémentaire**.',
    'Vous disposez de **6 points** pendant une période de **2 ans** dite probatoire.',
    'La durée des absences ne doit pas dépasser **803 heures 30 par an**.',
    'L’employeur peut recevoir l’aide dans la limite de **1 607 heures par salarié en 2020**.',
    '- **Inscription et création du dossier :** vous devez saisir une adresse mail valide.',
  ])('leaves one quantity in bold and a bold label with its colon (fiches F2390, F2310, F23503, F23476): %s', async (text) => {
    expect(await messagesFor('gras-excessif', text)).toEqual([]);
  });

  it('still fires on a quantity with more words after it in bold', async () => {
    expect(await messagesFor('gras-excessif', 'Vous avez **6 points pour toute la durée du permis probatoire** au départ.')).toHaveLength(1);
  });

  it('counts « n°4 » as one word in a bold title (twelfth reading)', async () => {
    expect(await messagesFor('gras-excessif', '**Étape n°4 : reprise et fin de la démarche en ligne**\n\nVous finissez la demande.')).toEqual([]);
  });

  it.each([
    // Fiche F2022 (fourteenth reading): the name of a paper at the start of a list item, then when it is needed.
    '- **Plan en coupe du terrain et de la construction** si vous construisez une maison.',
    '- **Plan des façades et des toitures du projet** pour un agrandissement.',
    // A bold cell that is the label of its row.
    '| Catégorie | Loyer |\n| --- | --- |\n| **Logements classés en catégorie II B ou II C** | 5 € |\n',
  ])('leaves the bold name at the start of a list item, and a bold row label (fourteenth reading): %s', async (text) => {
    expect(await messagesFor('gras-excessif', text)).toEqual([]);
  });

  it('still fires on a long bold passage at the start of a list item followed by a verb', async () => {
    expect(await messagesFor('gras-excessif', '- **Vous devez envoyer votre plan de la maison** si vous construisez.')).toHaveLength(1);
    expect(await messagesFor('gras-excessif', 'Vous devez **envoyer votre plan de la maison** si vous construisez.')).toHaveLength(1);
  });
});
