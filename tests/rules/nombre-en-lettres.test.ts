import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('nombre-en-lettres', () => {
  it.each([
    ['Vous avez trois mois pour répondre.', 'trois', '3'],
    ['Le délai est de deux mois.', 'deux', '2'],
    ['Le repas coûte vingt-cinq euros.', 'vingt-cinq', '25'],
    ['Vous devez avoir dix-huit ans.', 'dix-huit', '18'],
    ['Vous avez droit à vingt et un jours de congé.', 'vingt et un', '21'],
    ['C’est la deuxième fois que vous venez.', 'deuxième', '2e'],
    ['Le centre a quatre-vingt-dix-sept places.', 'quatre-vingt-dix-sept', '97'],
    ['Pendant neuf mois, vous recevez l’aide.', 'neuf', '9'],
    ['La ville a deux mille cinq cents logements.', 'deux mille cinq cents', '2 500'],
  ])('fires on a number in words: %s', async (text, actual, expected) => {
    const messages = await messagesFor('nombre-en-lettres', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected: [expected], severity: 'error' });
  });

  it.each([
    'Vous avez un enfant.',
    'Une personne vous aide.',
    'Vous louez un logement neuf.',
    'Quoi de neuf ?',
    'Le mille-pattes est petit.',
    'Vous êtes tous les deux invités.',
    // Fiche F33164: « au dixième des rémunérations » is a fraction (1/10), not « au 10e ».
    'L’indemnité est égale au dixième des rémunérations brutes totales perçues.',
    // Fiche F31847: « vous deux » is a set phrase, like « tous les deux » (« signée par vous 2 » reads badly).
    '- Attestation sur l’honneur de la personne qui vous héberge, datée et signée par vous deux',
    // Fiche F34480 (third reading): « ou les deux » means both.
    'Les délais recommencent à courir à partir de la date à laquelle l’une des parties ou les deux déclarent que la médiation est terminée.',
    'Votre enfant entre en sixième.',
    'Un dixième de la somme est pour vous.',
    // Fiche F2767 (eighth reading): a fraction in words; « les 3 quarts » is not how it is written.
    'Soit un quart de votre succession en pleine propriété, et les trois quarts en usufruit.',
    'Les deux tiers des biens vont aux enfants.',
    // Ninth reading: any ordinal after « au » and before « de » is a fraction; « les deux » before « si ».
    'L’acompte correspondra au douzième de la moyenne des 3 derniers exercices.',
    'Vous pouvez combiner les deux si l’installation le permet.',
    // Service-public fiches F10039 and F1351: « par huitième » is a fraction (1/8 each year), not « par 8e ».
    'La hausse entre l’ancien loyer et le nouveau loyer est progressive. Elle doit être étalée par huitième annuel, c’est-à-dire sur 8 ans.',
    '- supérieure à 10 % de l’ancien loyer, alors l’augmentation devra être étalée par sixième sur 6 ans.',
    'C’est la première fois.',
    'Il habite dans les Deux-Sèvres.',
    'Cinquante pour cent des demandes sont acceptées.',
    'La mairie est à deux pas de la gare.',
    'Le troisième âge a ses aides.',
    'Vous avez 3 enfants.',
    // Words that a plain JavaScript object has by inheritance are not numbers.
    'Le mot constructor est anglais.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('nombre-en-lettres', text)).toEqual([]);
  });

  it('leaves ordinals alone with the option ordinals: false', async () => {
    const config = { rules: { 'nombre-en-lettres': { options: { ordinals: false } } } };
    expect(await messagesFor('nombre-en-lettres', 'C’est la deuxième fois.', { config })).toEqual([]);
  });

  it('accepts extra idioms', async () => {
    const config = { rules: { 'nombre-en-lettres': { options: { idioms: ['trois petits chats'] } } } };
    expect(await messagesFor('nombre-en-lettres', 'Chantez trois petits chats.', { config })).toEqual([]);
  });

  it.each([
    'La somme transportée lui appartient seulement à lui et non aux deux.',
    'Vous payez les deux.',
    "Il faut renseigner la rubrique deuxième nom du formulaire de demande.",
  ])('stays silent on « les deux » meaning both and on the name of a box on a form (fiches F801, F868, fifth reading): %s', async (text) => {
    expect(await messagesFor('nombre-en-lettres', text)).toEqual([]);
  });

  it('still reports « les deux » before a noun and an ordinal that is not a box name', async () => {
    expect(await messagesFor('nombre-en-lettres', 'Vous payez les deux factures.')).toMatchObject([{ actual: 'deux', expected: ['2'] }]);
    expect(await messagesFor('nombre-en-lettres', "C'est la deuxième rubrique.")).toMatchObject([{ actual: 'deuxième', expected: ['2e'] }]);
  });

  it('still reports a rank after « au »: « au deuxième de la liste »', async () => {
    expect(await messagesFor('nombre-en-lettres', 'Vous êtes au deuxième de la liste.')).toMatchObject([{ actual: 'deuxième', expected: ['2e'] }]);
  });

  it('writes the rank in words after the number: « deux 1ers » → « 2 premiers » (fiche F23476, eleventh reading)', async () => {
    const [message] = await messagesFor('nombre-en-lettres', 'Vous donnez votre moyenne des deux 1ers trimestres de terminale.');
    expect(message).toMatchObject({ actual: 'deux 1ers', expected: ['2 premiers'] });
    // Another number right after: « 3 15 » would read as one number, so no « 3 ».
    expect(await messagesFor('nombre-en-lettres', 'Il reste trois 15 mai avant la fin.')).toEqual([]);
  });
});
