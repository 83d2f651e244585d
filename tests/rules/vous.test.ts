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
    expect(messages[0]!.expected).toEqual(['vous']);
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
});
