import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('heure', () => {
  it.each([
    ['Le rendez-vous est à 9h30.', '9h30', '9 h 30'],
    ['Venez à 09:30 au bureau.', '09:30', '9 h 30'],
    ['Le bureau ouvre à 9H30 le lundi.', '9H30', '9 h 30'],
    ['Le bureau ferme à 14h.', '14h', '14 h'],
    ['Arrivez à 09h00 au guichet.', '09h00', '9 h'],
    ['Venez à 08 h 15 devant la porte.', '08 h 15', '8 h 15'],
    ['La réunion commence à 18:45.', '18:45', '18 h 45'],
  ])('fires on a time written the short way: %s', async (text, actual, expected) => {
    const messages = await messagesFor('heure', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected: [expected], severity: 'error' });
  });

  it('fires twice on an opening range', async () => {
    const messages = await messagesFor('heure', 'Le centre est ouvert de 9h à 12h.');
    expect(messages.map((message) => message.expected)).toEqual([['9 h'], ['12 h']]);
  });

  it.each([
    'Le rendez-vous est à 9 h 30.',
    'Venez à 14 h.',
    'Le bureau ouvre à 9 heures.',
    'Appelez le 01 23 45 67 89.',
    'Le rendez-vous dure 30 minutes.',
    'Le 03/04/2026, venez à la mairie.',
    'Le match finit sur le score de 3:1.',
    'Votre appartement fait 45 m².',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('heure', text)).toEqual([]);
  });

  it('takes its severity from the configuration', async () => {
    const config = { rules: { heure: 'warning' as const } };
    const messages = await messagesFor('heure', 'Venez à 9h30.', { config });
    expect(messages[0]!.severity).toBe('warning');
  });
  it.each([
    ['Le bus part à 8.15 le matin.', '8.15', '8 h 15'],
    ['La réunion commence à 9.30.', '9.30', '9 h 30'],
  ])('finds a time written with a dot when the sentence speaks of a time of day: %s', async (text, actual, expected) => {
    expect(await messagesFor('heure', text)).toMatchObject([{ actual, expected: [expected] }]);
  });

  it.each(['Le prix passe à 12.50.', 'Le pain est à 1.20 euro le matin.', 'La note du matin est à 12.50 sur 20.'])('stays silent on a number with a dot that is not a time: %s', async (text) => {
    expect(await messagesFor('heure', text)).toEqual([]);
  });

  it.each([
    // Fiches F32041 and others: a length of time, not a time of day.
    ["L'officier peut fouiller les bagages pendant 24h maximum.", '24h', '24 heures'],
    ['Vous recevez une réponse sous 12h.', '12h', '12 heures'],
    // Third reading (3 December), fiches F34355, F34555, F35000: « 1 h 30 » was told for a length of time.
    ["Les entretiens de médiation familiale : d'une durée de 1h30 à 2 heures environ.", '1h30', '1 heure 30'],
    ["Vous avez une pause après une période de travail ininterrompue de 4h30.", '4h30', '4 heures 30'],
    ["On vous propose un vol de remplacement partant moins d'1h plus tôt.", '1h', '1 heure'],
    // Fiche F514 (fourth reading): a comparison in a sentence about a duration.
    ['Le fonctionnaire à temps non complet, dont la durée hebdomadaire de travail est inférieure à 17h30, est licencié.', '17h30', '17 heures 30'],
    // Fiche F2216 (seventh reading): « 4 h 30 » was told here, and « 4 heures 30 » for the same length earlier.
    ["Par conséquent, lorsque le temps de travail quotidien est supérieur à 4h30, le salarié doit bénéficier d'un temps de pause.", '4h30', '4 heures 30'],
  ])('says « durée » and « heures » for a length of time: %s', async (text, actual, expected) => {
    const messages = await messagesFor('heure', text);
    expect(messages).toMatchObject([{ actual, expected: [expected] }]);
    expect(messages[0]!.reason).toMatch(/^La durée/);
  });

  it('keeps a time of day after « de » when no word of duration comes before it', async () => {
    const messages = await messagesFor('heure', 'Le bureau est ouvert de 9h à 12h30.');
    expect(messages.map((message) => message.expected)).toEqual([['9 h'], ['12 h 30']]);
  });

  it('leaves « 24h/24 » to the rule caractere-special (« jour et nuit »), never « 24 h/24 » (fiche F31912)', async () => {
    const text = 'Il faut utiliser un site internet sécurisé, accessible 24h/24 :';
    expect(await messagesFor('heure', text)).toEqual([]);
    expect(await messagesFor('caractere-special', text)).toMatchObject([{ actual: '24h/24', expected: ['jour et nuit'] }]);
  });

  it('keeps the time of day after « à » or « de »: « de 9h à 17h »', async () => {
    const messages = await messagesFor('heure', 'Le bureau est ouvert de 9h à 17h.');
    expect(messages.map((message) => message.expected)).toEqual([['9 h'], ['17 h']]);
  });

  it('reads more hours than a day, and « 24h » beside them, as lengths of time (fiche F761, fifth reading)', async () => {
    const messages = await messagesFor('heure', 'Il faut deux certificats médicaux (à 24h et à 72h).');
    expect(messages).toMatchObject([
      { actual: '24h', expected: ['24 heures'] },
      { actual: '72h', expected: ['72 heures'] },
    ]);
    // « de 18h à 24h » is still a time of day.
    expect(await messagesFor('heure', 'Le bureau est ouvert de 18h à 24h.')).toMatchObject([
      { actual: '18h', expected: ['18 h'] },
      { actual: '24h', expected: ['24 h'] },
    ]);
  });

  it('reads « dure 1h30 » as a length of time', async () => {
    expect(await messagesFor('heure', 'Le travail dure 1h30.')).toMatchObject([{ actual: '1h30', expected: ['1 heure 30'] }]);
  });

  it('reads « après 4h30 de travail » as a length of time (fourteenth reading)', async () => {
    expect((await messagesFor('heure', 'Vous avez une pause après 4h30 de travail.'))[0]).toMatchObject({ expected: ['4 heures 30'] });
  });
});
