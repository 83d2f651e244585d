import { describe, expect, it } from 'vitest';
import { messagesFor, quotesAndPlaces } from '../helpers.ts';

describe('pourcentage', () => {
  it.each([
    ['50 % des personnes ont droit à l’aide.', '50 %', ['la moitié']],
    ['Vous payez 25 % du loyer.', '25 %', ['un quart']],
    ['La caisse paie 100% des frais.', '100%', ['tout']],
    ['Les prix montent de 12,5 % cette année.', '12,5 %', ['beaucoup', 'peu']],
    ['Cinquante pour cent des demandes sont acceptées.', 'Cinquante pour cent', ['la moitié']],
    ['Vous gardez 80 pourcent de votre salaire.', '80 pourcent', ['la plupart', 'beaucoup']],
    ['Le taux est de 3 %.', '3 %', ['très peu', 'peu']],
  ])('fires on a percentage: %s', async (text, actual, expected) => {
    const messages = await messagesFor('pourcentage', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected, severity: 'error' });
  });

  it.each([
    // Service-public fiches: a comma, a bracket or the final full stop after the percentage.
    ['La caisse rembourse 10 %, puis vous payez le reste.', '10 %'],
    ['Le taux (environ 7,5 %) change chaque année.', '7,5 %'],
    ['Le taux est de 3 %.', '3 %'],
  ])('places the message on the percentage alone, as quoted: %s', async (text, actual) => {
    const [message] = await quotesAndPlaces('pourcentage', text);
    expect(message?.actual).toBe(actual);
    expect(message?.written).toBe(actual);
  });

  it.each([
    'Il y a cent personnes dans la salle.',
    'Vous payez 1 500 € par mois.',
    'Allez sur https://exemple.fr/aide%20logement pour lire.',
    'Pour cent euros, vous avez un repas.',
    'Le pourcentage change chaque année.',
    'La moitié des personnes ont droit à l’aide.',
    'Vous payez une partie du loyer.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('pourcentage', text)).toEqual([]);
  });

  it('takes its severity from the configuration', async () => {
    const config = { rules: { pourcentage: 'warning' as const } };
    const messages = await messagesFor('pourcentage', 'Vous payez 50 % du prix.', { config });
    expect(messages[0]!.severity).toBe('warning');
  });
});
