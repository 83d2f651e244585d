import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('caractere-special', () => {
  it.each([
    ['Vous & votre enfant venez à la mairie.', '&', ['et']],
    ['Apportez vos papiers + votre carte.', '+', ['plus']],
    ['Le bureau est ouvert 24/7.', '24/7', ['tous les jours, jour et nuit']],
    ['Votre conjoint/conjointe signe aussi.', '/', ['ou']],
    ['Lisez le § 3 du contrat.', '§', ['paragraphe']],
    ['Le loyer est de 500 €/mois.', '/', ['par']],
    ['Les enfants < 6 ans ne paient pas.', '<', ['moins de']],
    ['Rendez-vous @ la mairie.', '@', ['à']],
    ['Vous avez 1/2 journée de congé.', '1/2', ['la moitié']],
  ])('fires on a special sign: %s', async (text, actual, expected) => {
    const messages = await messagesFor('caractere-special', text, { format: 'md' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected, severity: 'error' });
  });

  it('fires on a note star with no replacement', async () => {
    const messages = await messagesFor('caractere-special', 'Les pièces* sont à apporter.', { format: 'md' });
    expect(messages).toMatchObject([{ actual: '*' }]);
    expect(messages[0]!.expected).toBeUndefined();
  });

  it.each([
    'Envoyez le dossier à contact@mairie.fr demain.',
    'Allez sur https://www.exemple.fr/a_b?c=1&d=2 pour lire.',
    'Le Cerfa 16029*01 est en ligne.',
    'Le rendez-vous est le 03/04/2026.',
    'Appelez le +33 1 23 45 67 89.',
    'Le fichier attestation_caf.pdf est prêt.',
    'C’est 50 % du prix.',
    'Le formulaire n° 3 est prêt.',
    'Tapez `a&b` dans la case.',
    'Lisez la [page d’aide](https://exemple.fr/aide?x=1&y=2).',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('caractere-special', text, { format: 'md' })).toEqual([]);
  });

  it('stays silent on an escaped Cerfa star in MDX', async () => {
    expect(await messagesFor('caractere-special', 'Le formulaire s’appelle Cerfa 16029\\*01.')).toEqual([]);
  });

  it('allows signs listed in the option allow', async () => {
    const config = { rules: { 'caractere-special': { options: { allow: ['+'] } } } };
    expect(await messagesFor('caractere-special', 'Apportez vos papiers + votre carte.', { config, format: 'md' })).toEqual([]);
  });
});
