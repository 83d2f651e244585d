import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('meme-personne', () => {
  it('fires on the sentence that switches from « vous » to « je »', async () => {
    const messages = await messagesFor('meme-personne', 'Vous allez à la mairie.\n\nVous donnez votre formulaire.\n\nJe signe le papier.\n');
    expect(messages).toMatchObject([{ line: 5, actual: 'Je signe le papier.', expected: ['vous'], severity: 'warning' }]);
  });

  it('fires on a « vous » in a text written with « je »', async () => {
    const messages = await messagesFor('meme-personne', 'J’ai une mesure de protection.\n\nMon mandataire m’aide.\n\nVous pouvez demander un rendez-vous.\n');
    expect(messages).toMatchObject([{ line: 5, expected: ['je'] }]);
  });

  it.each([
    'Vous allez à la mairie. Vous donnez votre formulaire. Je vous explique la suite.',
    'Vous allez à la mairie. Vous dites : « Je voudrais un rendez-vous. »',
    'Vous allez à la mairie. Vous dites : je voudrais un rendez-vous.',
    'Vous allez à la mairie. On a le droit de demander de l’aide. Nous vous aidons.',
    'J’ai une mesure de protection. Mon mandataire m’aide. Je peux donner mon avis.',
    'Vous allez à la mairie. Je signe.',
    'Vous allez à la mairie. Vous montrez votre carte. Je peux venir avec mon chien ?',
    'On écrit en FALC. Tout le monde a le droit de comprendre.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('meme-personne', text)).toEqual([]);
  });

  it('does not count the title of an answer: it is what the reader says', async () => {
    const text = 'Vous allez à la mairie.\n\nVous donnez votre formulaire.\n\n<Choix question="Vous êtes inscrit ?">\n<Reponse titre="Je ne sais pas">\nDemandez à la mairie.\n</Reponse>\n</Choix>\n';
    expect(await messagesFor('meme-personne', text)).toEqual([]);
    // The same words in the prose are a switch.
    expect(await messagesFor('meme-personne', 'Vous allez à la mairie.\n\nVous donnez votre formulaire.\n\nJe ne sais pas.\n')).toHaveLength(1);
  });

  it('takes its threshold from the options', async () => {
    const config = { rules: { 'meme-personne': { options: { minSentences: 1 } } } };
    expect(await messagesFor('meme-personne', 'Vous allez à la mairie. Vous signez. Je signe aussi. Moi aussi je signe.', { config })).toHaveLength(2);
    expect(await messagesFor('meme-personne', 'Vous allez à la mairie. Je signe.', { config })).toHaveLength(1);
  });
});
