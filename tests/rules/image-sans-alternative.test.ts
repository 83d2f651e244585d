import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('image-sans-alternative', () => {
  it.each([
    ['an empty alternative', 'Voici le formulaire : ![](formulaire.png)\n'],
    ['an alternative that is a file name', '![photo.jpg](photo.jpg)\n'],
    ['the word « image »', '![Image](mairie.png)\n'],
    ['an img without alt', '<img src="mairie.png" />\n'],
    ['an img whose alt is a file name', '<img src="mairie.png" alt="IMG_2041.JPG" />\n'],
    ['a Picto without nom', 'Vous appelez. <Picto />\n'],
    ['a Picto with an empty nom', '<Picto nom="" />\n'],
  ])('fires on %s', async (_label, text) => {
    const messages = await messagesFor('image-sans-alternative', text);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.severity).toBe('error');
  });

  it('fires on an HTML img without alt in Markdown', async () => {
    const messages = await messagesFor('image-sans-alternative', '<img src="mairie.png">\n', { format: 'md' });
    expect(messages).toHaveLength(1);
  });

  it.each([
    ['a described image', '![La mairie de Lyon, vue de la rue](mairie.png)\n'],
    ['an img with alt', '<img src="mairie.png" alt="La porte de la mairie" />\n'],
    ['a decorative img with alt=""', '<img src="trait.png" alt="" />\n'],
    ['a Picto with a name', 'Vous appelez. <Picto nom="telephone" />\n'],
    ['an alternative that names a photo', '![Photo de la carte d’identité](carte.jpg)\n'],
    ['a sentence about images', 'Vous collez une photo sur le formulaire. L’image doit être récente.\n'],
  ])('stays silent on %s', async (_label, text) => {
    expect(await messagesFor('image-sans-alternative', text)).toEqual([]);
  });

  it('takes the vague words from the options', async () => {
    const config = { rules: { 'image-sans-alternative': { options: { vague: ['carte'] } } } };
    expect(await messagesFor('image-sans-alternative', '![Carte](plan.png)\n', { config })).toHaveLength(1);
    expect(await messagesFor('image-sans-alternative', '![Image](plan.png)\n', { config })).toEqual([]);
  });
});
