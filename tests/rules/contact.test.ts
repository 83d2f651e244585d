import { describe, expect, it } from 'vitest';
import { GUIDE_FRONTMATTER, messagesFor } from '../helpers.ts';

const FRONTMATTER = `${GUIDE_FRONTMATTER}
Ce guide vous aide à avoir une adresse.

`;

describe('contact', () => {
  it.each([
    ['no place and no contact part', '## Les papiers\n\nVous avez besoin de papiers.\n'],
    ['a heading that talks about contact without saying where', '## Contactez la mairie\n\nVous appelez la mairie.\n'],
    ['a place written only in a sentence', '## Les papiers\n\nVous allez à la mairie avec vos papiers.\n'],
    ['a Lieu word in the text, not a component', '## Le lieu\n\nLe lieu est loin.\n'],
    ['only steps', '<Etapes>\n<Etape titre="Signer" picto="signer">\nVous signez.\n</Etape>\n</Etapes>\n'],
  ])('fires on a guide with %s', async (_label, body) => {
    const messages = await messagesFor('contact', FRONTMATTER + body, { kind: 'guide' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 12, severity: 'error' });
  });

  it.each([
    ['a Lieu component', '## Les papiers\n\n<Lieu nom="Mairie de Lyon" adresse="1 place de la Comédie" telephone="04 72 10 30 30" />\n'],
    ['a « Où aller ? » part', '## Où aller ?\n\nVous allez à la mairie de votre ville.\n'],
    ['a « Qui peut vous aider ? » part', '### Qui peut vous aider ?\n\nLe centre communal d’action sociale vous aide.\n'],
    ['a « Contact » part', '## Contact\n\nVous appelez le 04 72 10 30 30.\n'],
    ['a Lieu inside a step', '<Etapes>\n<Etape titre="Aller à la mairie" picto="mairie">\n<Lieu nom="Mairie" />\n</Etape>\n</Etapes>\n'],
    ['a « Où s’adresser » part', '## Où s’adresser ?\n\nÀ la mairie.\n'],
  ])('stays silent on a guide with %s', async (_label, body) => {
    expect(await messagesFor('contact', FRONTMATTER + body, { kind: 'guide' })).toEqual([]);
  });

  it('stays silent on a text that is not a guide', async () => {
    expect(await messagesFor('contact', '## Les papiers\n\nVous avez besoin de papiers.\n', { kind: 'texte' })).toEqual([]);
  });

  it('takes the headings and components from the options', async () => {
    const config = { rules: { contact: { options: { headings: ['accueil'], components: ['Accueil'] } } } };
    expect(await messagesFor('contact', `${FRONTMATTER}## Accueil du public\n\nÀ la mairie.\n`, { kind: 'guide', config })).toEqual([]);
    expect(await messagesFor('contact', `${FRONTMATTER}## Où aller ?\n\nÀ la mairie.\n`, { kind: 'guide', config })).toHaveLength(1);
  });
});
