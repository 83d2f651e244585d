import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('note-de-bas-de-page', () => {
  it('fires on a GFM footnote and its definition', async () => {
    const messages = await messagesFor('note-de-bas-de-page', 'Vous avez droit à l’aide[^1].\n\n[^1]: Sous conditions de ressources.\n', { format: 'md' });
    expect(messages).toMatchObject([
      { line: 1, actual: '[^1]', severity: 'error' },
      { line: 3, actual: 'Sous conditions de ressources.' },
    ]);
  });

  it.each([
    ['Le logement¹ est petit.', 'md', '¹'],
    // `actual` is the text at the message's place as written: in MDX the place is the whole <sup> tag.
    ['Le loyer<sup>2</sup> augmente.', 'md', '2'],
    ['Le loyer<sup>2</sup> augmente.', 'mdx', '<sup>2</sup>'],
    ['Les frais<sup>*</sup> sont payés.', 'mdx', '<sup>*</sup>'],
    ['L’aide est versée chaque mois.³', 'md', '³'],
    ['Vous avez droit à l’aide[^note].\n\n[^note]: Voir plus bas.', 'md', '[^note]'],
  ])('fires on a note call: %s', async (text, format, actual) => {
    const messages = await messagesFor('note-de-bas-de-page', text, { format: format as 'md' | 'mdx' });
    expect(messages[0]).toMatchObject({ actual });
  });

  it.each([
    ['La surface est de 20 m² au sol.', 'md'],
    ['Le volume fait 3 m³.', 'md'],
    ['Le 1<sup>er</sup> avril, venez.', 'md'],
    ['Le 1<sup>er</sup> avril, venez.', 'mdx'],
    ['Au XX<sup>e</sup> siècle.', 'mdx'],
    ['Vous avez droit à l’aide [voir la page](https://exemple.fr).', 'md'],
    ['Le loyer est de 500 €.', 'md'],
  ])('stays silent: %s', async (text, format) => {
    expect(await messagesFor('note-de-bas-de-page', text, { format: format as 'md' | 'mdx' })).toEqual([]);
  });

  it('takes its severity from the configuration', async () => {
    const config = { rules: { 'note-de-bas-de-page': 'warning' as const } };
    const messages = await messagesFor('note-de-bas-de-page', 'Le logement¹ est petit.', { config });
    expect(messages[0]!.severity).toBe('warning');
  });

  it('stays silent on a unit in words with ² (fiche F2344)', async () => {
    expect(await messagesFor('note-de-bas-de-page', '- de 2,5 par mètre/seconde² par jour pour les vibrations transmises aux mains et aux bras,')).toEqual([]);
  });
});
