import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('souligne', () => {
  it.each([
    ['Apportez votre <u>carte</u> au rendez-vous.', 'mdx', '<u>carte</u>', 'carte'],
    ['Un <ins>ajout</ins> est fait.', 'mdx', '<ins>ajout</ins>', 'ajout'],
    ["Un <span style={{textDecoration: 'underline'}}>mot</span> important.", 'mdx', "<span style={{textDecoration: 'underline'}}>mot</span>", 'mot'],
    ['Un <span className="underline">mot</span> important.', 'mdx', '<span className="underline">mot</span>', 'mot'],
    ['Apportez votre <u>carte</u> au rendez-vous.', 'md', '<u>carte</u>', 'carte'],
    ['Un <span style="text-decoration: underline">mot</span> ici.', 'md', '<span style="text-decoration: underline">mot</span>', 'mot'],
    ['Un <ins>ajout</ins> est fait.', 'md', '<ins>ajout</ins>', 'ajout'],
    // The quote is the text at the message's place, as written: the tags and the words between them.
    ['Un <u>mot **important**</u> ici.', 'md', '<u>mot **important**</u>', 'mot important'],
  ])('fires on underlined text, quoting it exactly: %s', async (text, format, actual, words) => {
    const messages = await messagesFor('souligne', text, { format: format as 'md' | 'mdx' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ actual, expected: [words], severity: 'error' });
    const start = text.indexOf(actual);
    expect(messages[0]).toMatchObject({ line: 1, column: start + 1 });
    expect(messages[0]!.reason).toContain(`« ${words} »`);
  });

  it.each([
    ['Un [lien](https://exemple.fr) vers le site.', 'mdx'],
    ['Un **mot** important.', 'mdx'],
    ['Un <span className="no-underline">mot</span> ici.', 'mdx'],
    ["Un <a href=\"/aide\" style={{textDecoration: 'underline'}}>lien</a> ici.", 'mdx'],
    ['Un <span style="text-decoration: none">mot</span> ici.', 'md'],
    ['Le mot souligné est dans le texte.', 'md'],
  ])('stays silent: %s', async (text, format) => {
    expect(await messagesFor('souligne', text, { format: format as 'md' | 'mdx' })).toEqual([]);
  });

  it('takes its severity from the configuration', async () => {
    const config = { rules: { souligne: 'warning' as const } };
    const messages = await messagesFor('souligne', 'Un <u>mot</u> ici.', { config, format: 'md' });
    expect(messages[0]!.severity).toBe('warning');
  });

  it('stays an error in an MDX guide, whatever the configuration: the build refuses <u> there', async () => {
    const config = { rules: { souligne: 'warning' as const } };
    const messages = await messagesFor('souligne', 'Un <u>mot</u> ici.', { config });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.severity).toBe('error');
  });
});
