import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('italique', () => {
  it.each([
    ['Apportez votre *carte d’identité*.', '*carte d’identité*', 'carte d’identité'],
    ['Apportez votre _carte d’identité_.', '_carte d’identité_', 'carte d’identité'],
    // `actual` is the source at the place, stars, underscores or tag included; the fix keeps the words only.
    ['Le délai est de <em>2 mois</em>.', '<em>2 mois</em>', '2 mois'],
    ['Le délai est de <i>2 mois</i>.', '<i>2 mois</i>', '2 mois'],
    ['Lisez le guide *Vos droits*, page 3.', '*Vos droits*', 'Vos droits'],
  ])('fires on text in italics: %s', async (text, actual, expected) => {
    const messages = await messagesFor('italique', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).toBe(actual);
    expect(messages[0]!.expected).toEqual([expected]);
  });

  it.each([
    'Apportez votre **carte d’identité**.',
    'Le formulaire Cerfa 16029\\*01 est au CCAS.',
    'Multipliez 2 * 3 pour avoir 6.',
    'Le nom_du_fichier est écrit ici.',
    'Écrivez `*texte*` pour mettre en italique.',
  ])('stays silent on bold, escaped stars and code: %s', async (text) => {
    expect(await messagesFor('italique', text)).toEqual([]);
  });

  it('gives the position of the italic text', async () => {
    const [message] = await messagesFor('italique', 'Bonjour.\n\nApportez votre *carte*.\n');
    expect(message).toMatchObject({ line: 3, column: 16 });
  });

  it('takes its severity from the configuration', async () => {
    const [message] = await messagesFor('italique', 'Un *mot*.', { config: { rules: { italique: 'warning' } } });
    expect(message!.severity).toBe('warning');
  });
});
