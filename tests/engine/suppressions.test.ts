import { describe, expect, it } from 'vitest';
import { parseDirective } from '../../src/engine/suppressions.ts';
import { checkFile } from '../helpers.ts';

const LONG = 'Vous devez remplir le formulaire de demande avec votre nom, votre prénom et la date de votre naissance avant le rendez-vous.';

function ids(file: Awaited<ReturnType<typeof checkFile>>): string[] {
  return file.messages.map((message) => message.ruleId ?? '');
}

describe('falc-ignore', () => {
  it('reads the rules and the reason', () => {
    expect(parseDirective('phrase-longue une-idee -- exemple à ne pas suivre')).toEqual({
      rules: ['phrase-longue', 'une-idee'],
      reason: 'exemple à ne pas suivre',
    });
    expect(parseDirective('phrase-longue')).toEqual({ rules: ['phrase-longue'], reason: '' });
    expect(parseDirective('rendez-vous -- un nom -- avec tiret')).toEqual({ rules: ['rendez-vous'], reason: 'un nom -- avec tiret' });
  });

  it('silences a rule for the next paragraph in MDX', async () => {
    const file = await checkFile(`{/* falc-ignore phrase-longue -- citation de la loi */}\n\n${LONG}\n\n${LONG}\n`, { rule: 'phrase-longue' });
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]!.line).toBe(5);
    expect(file.data.falcIgnored).toMatchObject([{ ruleId: 'phrase-longue', line: 3, reason: 'citation de la loi', suppressionLine: 1 }]);
  });

  it('works when the comment is on the line just before the paragraph', async () => {
    const file = await checkFile(`{/* falc-ignore phrase-longue -- citation */}\n${LONG}\n`, { rule: 'phrase-longue' });
    expect(file.messages).toEqual([]);
    expect(file.data.falcIgnored).toHaveLength(1);
  });

  it('silences a rule for the next block in Markdown', async () => {
    const file = await checkFile(`<!-- falc-ignore phrase-longue -- exemple à ne pas suivre -->\n\n> ${LONG}\n\n${LONG}\n`, {
      rule: 'phrase-longue',
      format: 'md',
    });
    expect(file.messages.map((message) => message.line)).toEqual([5]);
  });

  it('silences a whole component and only the rules listed', async () => {
    const text = `{/* falc-ignore phrase-longue italique -- exemple */}\n<Important>\n\n${LONG}\n\nUn mot *penché*.\n\n</Important>\n\nUn autre mot *penché*.\n`;
    const file = await checkFile(text, { config: { rules: { sigle: 'off' } } });
    expect(ids(file).filter((id) => id === 'phrase-longue' || id === 'italique')).toEqual(['italique']);
    expect(file.data.falcIgnored?.map((message) => message.ruleId)).toEqual(['phrase-longue', 'italique']);
  });

  it('does not silence another rule', async () => {
    const file = await checkFile(`{/* falc-ignore sigle -- exemple */}\n\n${LONG}\n`, { rule: 'phrase-longue' });
    expect(ids(file)).toEqual(['phrase-longue']);
  });

  it('reports a comment without a reason', async () => {
    const file = await checkFile(`{/* falc-ignore phrase-longue */}\n\n${LONG}\n`, { rule: 'phrase-longue' });
    expect(ids(file)).toEqual(['falc-ignore', 'phrase-longue']);
    expect(file.messages[0]!.fatal).toBe(true);
    expect(file.messages[0]!.reason).toMatch(/raison/);
  });

  it('reports a comment with an empty reason or no rule', async () => {
    const file = await checkFile(`<!-- falc-ignore phrase-longue -- -->\n\nTexte.\n\n<!-- falc-ignore -- raison -->\n\nTexte.\n`, { format: 'md' });
    expect(ids(file)).toEqual(['falc-ignore', 'falc-ignore']);
  });

  it('reports an unknown rule', async () => {
    const file = await checkFile(`{/* falc-ignore phrase-longe -- exemple */}\n\n${LONG}\n`, { rule: 'phrase-longue' });
    expect(ids(file)).toEqual(['falc-ignore', 'phrase-longue']);
    expect(file.messages[0]!.reason).toMatch(/« phrase-longe » n’existe pas/);
  });

  it('accepts a rule that is turned off', async () => {
    const file = await checkFile(`{/* falc-ignore etape-sans-picto -- exemple */}\n\n<Etape titre="Signer" />\n`, { config: { preset: 'langage-clair' } });
    expect(ids(file)).not.toContain('falc-ignore');
  });

  it('reports a comment followed by nothing', async () => {
    const file = await checkFile(`Texte.\n\n{/* falc-ignore phrase-longue -- exemple */}\n`, { rule: 'phrase-longue' });
    expect(ids(file)).toEqual(['falc-ignore']);
  });

  it('keeps the list of the comments for --show-ignored', async () => {
    const file = await checkFile(`{/* falc-ignore phrase-longue -- citation */}\n\n${LONG}\n\n{/* falc-ignore sigle -- exemple */}\n\nTexte.\n`);
    expect(file.data.falcSuppressions).toMatchObject([
      { line: 1, rules: ['phrase-longue'], reason: 'citation', silenced: 1 },
      { line: 5, rules: ['sigle'], reason: 'exemple', silenced: 0 },
    ]);
  });

  it('ignores ordinary comments', async () => {
    const file = await checkFile(`{/* une note pour les auteurs */}\n\n${LONG}\n\n{/* falc-ignored */}\n`, { rule: 'phrase-longue', format: 'mdx' });
    expect(ids(file)).toEqual(['phrase-longue']);
    const markdown = await checkFile(`<!-- falc-ignored phrase-longue -- non -->\n\n${LONG}\n`, { rule: 'phrase-longue', format: 'md' });
    expect(ids(markdown)).toEqual(['phrase-longue']);
  });
});
