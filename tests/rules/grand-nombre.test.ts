import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('grand-nombre', () => {
  it.each([
    ['15 000 personnes vivent dans la rue.', '15 000 personnes', 'beaucoup de personnes'],
    ['Il y a 2 500 demandes par an.', '2 500 demandes', 'beaucoup de demandes'],
    ['Plus de 1500 familles attendent un logement.', '1500 familles', 'beaucoup de familles'],
    ['La ville compte 48 000 habitants.', '48 000 habitants', 'beaucoup d’habitants'],
    ['Environ 2 millions de personnes ont droit à cette aide.', '2 millions de personnes', 'beaucoup de personnes'],
    ['Le centre reçoit 3 200 appels.', '3 200 appels', 'beaucoup d’appels'],
    ['Le bus roule sur 12 000 kilomètres.', '12 000 kilomètres', 'beaucoup de kilomètres'],
  ])('fires on a large number: %s', async (text, actual, expected) => {
    const messages = await messagesFor('grand-nombre', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected: [expected], severity: 'warning' });
  });

  it.each([
    'Vous recevez 1 500 € par mois.',
    'Vous recevez 1 500 euros.',
    'Le loyer est entre 1 500 et 2 000 € par mois.',
    'En 2026, la loi change.',
    'Le rendez-vous est le 3 avril 2026.',
    'Appelez le 01 23 45 67 89.',
    'Appelez le 3939 pour parler à quelqu’un.',
    'Remplissez le Cerfa 16029*01.',
    'Remplissez le formulaire n° 12504.',
    'Écrivez au CCAS, 75001 Paris.',
    'Lisez l’article 1234 du code.',
    'Il y a 1 000 places.',
    'Votre numéro allocataire est 1234567.',
    'Le numéro vert 0 800 123 456 est gratuit.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('grand-nombre', text)).toEqual([]);
  });

  it('takes its threshold from the option max', async () => {
    const config = { rules: { 'grand-nombre': { options: { max: 100000 } } } };
    expect(await messagesFor('grand-nombre', '15 000 personnes vivent dans la rue.', { config })).toEqual([]);
  });

  it('flags money with allowMoney: false', async () => {
    const config = { rules: { 'grand-nombre': { options: { allowMoney: false } } } };
    expect(await messagesFor('grand-nombre', 'Vous recevez 1 500 € par mois.', { config })).toHaveLength(1);
  });
});
