import { describe, expect, it } from 'vitest';
import { GUIDE_FRONTMATTER, messagesFor } from '../helpers.ts';

const FRONTMATTER = GUIDE_FRONTMATTER;

describe('titre', () => {
  it.each([
    ['a skipped level', '## Les papiers\n\nVous avez besoin de papiers.\n\n#### Votre carte d’identité\n\nVous la montrez.\n', 'error'],
    ['a second # heading', '# Avoir une adresse\n\nVous lisez ce texte.\n\n# Les papiers\n\nVous avez besoin de papiers.\n', 'warning'],
    ['an empty heading', '## Les papiers\n\nVous avez besoin de papiers.\n\n##\n\nVous signez.\n', 'warning'],
    ['a long sentence as a heading', '## Vous devez aller à la mairie de votre ville avec vos papiers.\n\nVous y allez le matin.\n', 'warning'],
  ])('fires on %s', async (_label, text, severity) => {
    const messages = await messagesFor('titre', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.severity).toBe(severity);
  });

  it('fires on a guide with no heading', async () => {
    const messages = await messagesFor('titre', `${FRONTMATTER}\nCe guide vous aide. Vous allez à la mairie.\n`, { kind: 'guide' });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/n’a pas de titre/);
  });

  it('fires on a # heading in a guide: the title is already in the en-tête', async () => {
    const messages = await messagesFor('titre', `${FRONTMATTER}\n# Avoir une adresse\n\nVous allez à la mairie.\n`, { kind: 'guide' });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toMatch(/en-tête/);
  });

  it('fires on ### as the first heading of a guide', async () => {
    const messages = await messagesFor('titre', `${FRONTMATTER}\n### Les papiers\n\nVous avez besoin de papiers.\n`, { kind: 'guide' });
    expect(messages).toMatchObject([{ line: 12, severity: 'error', expected: ['## Les papiers'] }]);
  });

  it('gives ## as the fix of a second # heading without parts under it', async () => {
    const text = '# Avoir une adresse\n\nVous lisez ce texte.\n\n# Cas général\n\nVous allez au CCAS.\n';
    expect(await messagesFor('titre', text)).toMatchObject([{ actual: '# Cas général', expected: ['## Cas général'] }]);
  });

  it('gives no one-line fix when the heading has parts under it: the whole part moves (service-public « onglets »)', async () => {
    // Fiches F32148, F32485…: « # Conjoint » then « ## Conditions »: « ## Conjoint » alone would flatten the plan.
    const text = '# Le décès\n\nVous lisez ce texte.\n\n# Conjoint\n\n## Conditions\n\nVous étiez marié.\n\n## Démarche\n\nVous écrivez à la caisse.\n';
    const messages = await messagesFor('titre', text);
    expect(messages).toMatchObject([{ actual: '# Conjoint', expected: undefined }]);
    expect(messages[0]!.reason).toContain('Ajoutez aussi un # au début des titres de cette partie');
  });

  it('gives one message for a text with many # headings (fiche F34300: 372 of them)', async () => {
    const text = Array.from({ length: 8 }, (_, index) => `# Cas numéro ${index + 1}\n\nVous lisez ce cas.\n`).join('\n');
    const messages = await messagesFor('titre', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain('Le texte a 8 grands titres');
    expect(messages[0]!.expected).toBeUndefined();
  });

  it('gives no one-line fix for a skipped level with parts under it', async () => {
    const text = '## Les papiers\n\nVous avez besoin de papiers.\n\n#### Votre carte\n\n##### La photo\n\nVous la donnez.\n';
    const messages = await messagesFor('titre', text);
    expect(messages).toMatchObject([{ actual: '#### Votre carte', expected: undefined }]);
    expect(messages[0]!.reason).toContain('Enlevez aussi un # au début des titres de cette partie');
  });

  it.each([
    '## Les papiers\n\nVous avez besoin de papiers.\n\n### Votre carte d’identité\n\nVous la montrez.\n\n## Où aller ?\n\nVous allez à la mairie.\n',
    '# Avoir une adresse\n\n## Les papiers\n\n### La carte\n\n## Le rendez-vous\n',
    '## Étape 1.\n\nVous remplissez le formulaire.\n',
    '## Qui peut vous aider ?\n\nLe centre communal d’action sociale vous aide.\n',
    '### Un texte qui commence au niveau 3\n\nC’est un extrait.\n',
    'Un texte sans titre. Il est court.\n',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('titre', text)).toEqual([]);
  });

  it('stays silent on a guide with parts', async () => {
    expect(await messagesFor('titre', `${FRONTMATTER}\nCe guide vous aide.\n\n## Où aller ?\n\nÀ la mairie.\n`, { kind: 'guide' })).toEqual([]);
  });

  it.each(['## Informations', '## Autres informations', '### Divers', '## Généralités'])('fires on a vague heading: %s', async (heading) => {
    const messages = await messagesFor('titre', `${heading}\n\nVous allez à la mairie.\n`);
    expect(messages).toMatchObject([{ severity: 'warning' }]);
    expect(messages[0]!.reason).toMatch(/ne dit pas de quoi parle/);
  });

  it.each(['## Informations sur le vote', '## Les autres papiers', '## La suite de votre demande'])('stays silent on a heading with a subject: %s', async (heading) => {
    expect(await messagesFor('titre', `${heading}\n\nVous allez à la mairie.\n`)).toEqual([]);
  });

  it('vague headings can be allowed with an option', async () => {
    expect(await messagesFor('titre', '## Informations\n\nVous allez à la mairie.\n', { config: { rules: { titre: { options: { vague: false } } } } })).toEqual([]);
  });

  it('takes the number of words of a sentence heading from the options', async () => {
    const text = '## Vous devez aller à la mairie de votre ville avec vos papiers.\n';
    expect(await messagesFor('titre', text, { config: { rules: { titre: { options: { maxWordsWithPeriod: 15 } } } } })).toEqual([]);
  });

  it('does not ask for a 7th # when the part already has headings with 6 (fiche F929, fifth reading)', async () => {
    const text = '# Location\n\nTexte.\n\n# Logement vide\n\nTexte.\n\n###### Exemple\n\nTexte.';
    const [message] = await messagesFor('titre', text, { format: 'md' });
    expect(message).toMatchObject({ actual: '# Logement vide' });
    expect(message!.reason).not.toContain('Ajoutez aussi un #');
    expect(message!.reason).toContain('Écrivez les plus petits titres en gras');
  });
});
