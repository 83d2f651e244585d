import { describe, expect, it } from 'vitest';
import { renderErrorText } from '../../src/astro/render-error.ts';

describe('the dev panel’s words when Astro cannot render a guide', () => {
  it('names the line of the guide when the error gives one', () => {
    const text = renderErrorText({ loc: { file: '/home/ccas/guides/content/guides/domiciliation.mdx', line: 42, column: 3 } });
    expect(text).toContain('Le problème est près de la ligne 42 du fichier domiciliation.mdx.');
  });

  it('names the guide without a line, and never a component’s own code file', () => {
    expect(renderErrorText({ id: '/site/content/guides/rsa.mdx?astroContentCollectionEntry=true' })).toContain('Le problème est dans le fichier rsa.mdx.');
    const inComponent = renderErrorText({ loc: { file: '/site/src/components/Etape.astro', line: 12, column: 1 } });
    expect(inComponent).not.toContain('Etape.astro');
    expect(inComponent).not.toContain('ligne');
  });

  it('says what to do, in French, and never sends the author to the terminal', () => {
    for (const error of [undefined, {}, { loc: { file: 'x.mdx', line: 3, column: 1 } }]) {
      const text = renderErrorText(error);
      expect(text).toMatch(/^Le site n’a pas pu afficher tout le guide\./);
      expect(text).toContain('puis enregistrez');
      expect(text).not.toMatch(/terminal|console|stack|error/i);
    }
  });
});
