import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('si-alors', () => {
  it.each([
    ['Si vous avez un enfant, vous recevez une aide.', 'Si'],
    ['S’ils ont moins de 18 ans, vos enfants viennent avec vous.', 'S’ils'],
    ['Si le bureau est fermé, appelez le 01 23 45 67 89.', 'Si'],
    ['**Si** vous êtes malade, prévenez le centre.', 'Si'],
    ['Si besoin, demandez de l’aide.', 'Si'],
  ])('fires on a sentence that starts with « si »: %s', async (text, actual) => {
    const messages = await messagesFor('si-alors', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.actual).toBe(actual);
    expect(messages[0]!.expected).toEqual([]);
    expect(messages[0]!.reason).toMatch(/Posez une question : « .+ \? » puis donnez la réponse\.|Posez une question au lecteur sur sa situation/);
    expect(messages[0]!.severity).toBe('warning');
  });

  it.each([
    // Seventh reading: the advice always said « Vous avez un enfant ? », whatever the condition.
    ['Si vous êtes surendetté, vous pouvez déposer un dossier à la Banque de France.', 'Vous êtes surendetté ?'],
    ["Si vous n'avez pas d'enfant, vous recevez moins.", "Vous n'avez pas d'enfant ?"],
    ['**Si** vous êtes malade, prévenez le centre.', 'Vous êtes malade ?'],
  ])('asks the reader\'s own condition as a question: %s', async (text, question) => {
    const [message] = await messagesFor('si-alors', text);
    expect(message!.reason).toContain(`Posez une question : « ${question} » puis donnez la réponse.`);
  });

  it.each([
    // A long condition: an example, said to be one (ninth reading: « Vous avez un enfant ? » was read as the question to write).
    'Si vous avez travaillé en France pendant plus de 10 ans avant votre départ, vous avez des droits.',
    'S’ils ont moins de 18 ans, vos enfants viennent avec vous.',
  ])('gives an example, said to be one, when it cannot ask the condition: %s', async (text) => {
    const [message] = await messagesFor('si-alors', text);
    expect(message!.reason).toContain('Posez une question au lecteur sur sa situation, puis donnez la réponse. Par exemple : « Vous avez un enfant ? Vous recevez une aide. »');
  });

  it('checks every sentence of a paragraph', async () => {
    const messages = await messagesFor('si-alors', 'Vous venez au centre. Si vous êtes malade, appelez.');
    expect(messages).toMatchObject([{ line: 1, column: 23 }]);
  });

  it.each([
    'Vous avez un enfant ? Vous recevez une aide.',
    'Appelez le centre si vous êtes malade.',
    'Oui, si vous avez un enfant.',
    'Si, vous pouvez venir.',
    'Il marche si vite.',
    'S’il vous plaît, apportez votre carte.',
    'Si peu de personnes viennent le lundi.',
    'Même si vous êtes malade, vous pouvez venir.',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('si-alors', text)).toEqual([]);
  });

  it('still fires on a list item that is a whole sentence, with a capital « Si » (fiches F10006, F34830)', async () => {
    const text = 'La durée dépend du motif :\n\n- Si l’inscription est liée à une interdiction, les données sont gardées jusqu’à la fin de l’interdiction.\n';
    expect(await messagesFor('si-alors', text)).toHaveLength(1);
  });

  it('can be turned off', async () => {
    const config = { rules: { 'si-alors': 'off' as const } };
    expect(await messagesFor('si-alors', 'Si vous avez un enfant, venez.', { config })).toEqual([]);
  });

  it('asks to say the situation first when the condition is about someone else, not a question to the reader (fiche F345, third reading)', async () => {
    const text = "Si l'organisme lui coûte 500 € par mois, un couple gagnant 28 000 € par an touchera l'aide maximale de 296,49 €.";
    const messages = await messagesFor('si-alors', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('Dites d’abord la situation dans une phrase courte');
    expect(messages[0]!.reason).not.toContain('Posez une question');
  });

  it.each([
    ["### Si vous avez déjà bénéficié d'un bon de vaccination", 'Écrivez le titre comme une question'],
    ['### Si le salarié effectue son préavis', 'Écrivez seulement la situation'],
  ])('gives a heading that starts with « si » advice for a heading, not for a sentence (fiche F714, fifth reading): %s', async (text, advice) => {
    const messages = await messagesFor('si-alors', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/^Ce titre commence par « si »/);
    expect(messages[0]!.reason).toContain(advice);
  });

  it('says the situation first for « S’il … » about someone else (fiche F2615, eighth reading)', async () => {
    const [message] = await messagesFor('si-alors', "S'il accepte la proposition, le propriétaire doit signer le bail.");
    expect(message!.reason).toContain('Dites d’abord la situation');
    expect(await messagesFor('si-alors', 'S’il pleut, le rendez-vous est annulé.')).toMatchObject([{ actual: 'S’il', reason: expect.stringContaining('Dites d’abord la situation') }]);
    // « S'il » in a sentence that speaks to the reader keeps the question.
    const [reader] = await messagesFor('si-alors', "S'il pleut, vous restez chez vous.");
    expect(reader!.reason).toContain('Posez une question');
  });

  it('leaves a case of a list written as a label before « : » (fourteenth reading)', async () => {
    expect(await messagesFor('si-alors', 'Le tribunal peut décider :\n\n- S’il annule l’OQTF : toutes les autres mesures prennent fin.\n')).toEqual([]);
    expect(await messagesFor('si-alors', 'Le tribunal peut décider.\n\n- S’il annule l’OQTF, toutes les autres mesures prennent fin.\n')).toHaveLength(1);
    expect(await messagesFor('si-alors', 'Vous présentez des papiers.\n\n- Si la carte a été gardée par le pays, présentez :\n')).toHaveLength(1);
  });
});
