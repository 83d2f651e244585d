import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('etape-sans-picto', () => {
  it.each([
    '<Etapes>\n<Etape titre="Aller à la mairie">\nVous allez à la mairie.\n</Etape>\n</Etapes>\n',
    '<Etape titre="Signer" picto="">\nVous signez le papier.\n</Etape>\n',
    '<Etape titre="Signer" picto>\nVous signez le papier.\n</Etape>\n',
    '<Etape titre="Attendre" picto="  " />\n',
    'Vous lisez la liste. <Etape titre="Attendre" /> Vous attendez.\n',
  ])('fires on a step without a pictogram: %s', async (text) => {
    const messages = await messagesFor('etape-sans-picto', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.severity).toBe('error');
  });

  it('names the step in the message', async () => {
    const messages = await messagesFor('etape-sans-picto', '<Etape titre="Aller à la mairie">\nVous y allez.\n</Etape>\n');
    expect(messages[0]!.reason).toMatch(/« Aller à la mairie »/);
    expect(messages[0]).toMatchObject({ line: 1, column: 1 });
  });

  it.each([
    '<Etapes>\n<Etape titre="Aller à la mairie" picto="mairie">\nVous allez à la mairie.\n</Etape>\n</Etapes>\n',
    '<Etape picto="signer" titre="Signer">\nVous signez.\n</Etape>\n',
    '<Etape titre="Signer" picto={nom}>\nVous signez.\n</Etape>\n',
    'Les étapes sont simples. Une étape sans dessin est plus difficile.\n',
    '<Important picto="attention">\nVous gardez une copie.\n</Important>\n',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('etape-sans-picto', text)).toEqual([]);
  });

  it('checks the components given in the options', async () => {
    const config = { rules: { 'etape-sans-picto': { options: { components: ['Etape', 'Important'] } } } };
    const messages = await messagesFor('etape-sans-picto', '<Important>\nVous gardez une copie.\n</Important>\n', { config });
    expect(messages).toHaveLength(1);
  });
});
