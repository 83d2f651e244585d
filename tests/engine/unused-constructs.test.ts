import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parserFor, parserOf, type SourceFormat } from '../../src/engine/checker.ts';
import { unusedConstructs } from '../../src/engine/unused-constructs.ts';

// A file without `@` is read without the e-mail construct, a file without `|`, `:-` or `-:` without the
// table construct: the tree must be exactly the one of the full parser.

const FICHES = new URL('../fixtures/fiches/', import.meta.url);
const GUIDES = new URL('../../content/guides/', import.meta.url);

const texts: Array<[string, string, SourceFormat]> = [
  ...readdirSync(FICHES).filter((name) => name.endsWith('.md')).map((name): [string, string, SourceFormat] => [name, readFileSync(new URL(name, FICHES), 'utf8'), 'md']),
  ...readdirSync(GUIDES).filter((name) => name.endsWith('.mdx')).map((name): [string, string, SourceFormat] => [name, readFileSync(new URL(name, GUIDES), 'utf8'), 'mdx']),
  ['sans tableau ni adresse', 'Allez à la mairie.\nVous payez 25 € :\n\n- une photo ;\n- un justificatif.\n\nVoir www.service-public.fr ou https://caf.fr.', 'md'],
  ['adresse', 'Écrivez à accueil@mairie.fr ou à <contact@caf.fr>.', 'md'],
  ['tableau', '| Jour | Heures |\n| --- | --- |\n| Lundi | 9 h |', 'md'],
  // micromark reads two words over an aligned row without any `|` as a table of one column.
  ['tableau sans barre', 'Jour et heures\n:--\nLundi 9 h', 'md'],
  ['tableau aligné à droite', 'Jour et heures\n--:\nLundi 9 h', 'md'],
  ['titre souligné', 'Un titre\n---\n\nUn texte.', 'md'],
  ['mdx', '<Etape titre="Allez à la mairie">\nVous payez : 25 €.\n</Etape>', 'mdx'],
];

const tree = (format: SourceFormat, text: string, lean: boolean) =>
  JSON.stringify((lean ? parserFor(format, text) : parserOf(format)).parse(new VFile({ value: text })));

describe('the parser chosen for a text', () => {
  it.each(texts)('reads « %s » into the same tree as the full parser', (_name, text, format) => {
    expect(tree(format, text, true)).toBe(tree(format, text, false));
  });

  it('leaves out the constructs whose signs are not in the text, and only those', () => {
    expect(unusedConstructs('Allez à la mairie : lundi.')).toEqual(['emailAutolink', 'table']);
    expect(unusedConstructs('Écrivez à accueil@mairie.fr.')).toEqual(['table']);
    expect(unusedConstructs('| a | b |')).toEqual(['emailAutolink']);
    expect(unusedConstructs('a b\n:-')).toEqual(['emailAutolink']);
    expect(unusedConstructs('a b\n-:')).toEqual(['emailAutolink']);
    // A text with every sign uses the full parser.
    expect(parserFor('md', 'a@b.fr | c')).toBe(parserOf('md'));
  });

  it('has no e-mail nor table construct for a text without their signs', () => {
    const constructs = (format: SourceFormat, text: string) =>
      JSON.stringify(
        (parserFor(format, text).data() as { micromarkExtensions?: unknown[] }).micromarkExtensions,
        (_key, value: unknown) => (typeof value === 'function' ? undefined : value),
      );
    const lean = constructs('md', 'Allez à la mairie.');
    expect(lean).not.toContain('emailAutolink');
    expect(lean).not.toContain('"table"');
    expect(constructs('md', 'a@b.fr | c')).toContain('emailAutolink');
    expect(constructs('md', 'a@b.fr | c')).toContain('"table"');
    // The same parser is reused for every text that needs the same constructs.
    expect(parserFor('mdx', 'Un texte.')).toBe(parserFor('mdx', 'Un autre texte.'));
  });
});

describe('the address transform of remark-gfm', () => {
  it('runs only on trees whose text may hold an address', async () => {
    const { mayHoldAddress } = await import('../../src/engine/autolink-literal-guard.ts');
    const has = (text: string) => mayHoldAddress(parserOf('md').parse(new VFile({ value: text })));
    expect(has('Allez à la mairie, le lundi : 9 h.')).toBe(false);
    expect(has('Voir www.caf.fr.')).toBe(true);
    expect(has('Voir WWW.CAF.FR.')).toBe(true);
    expect(has('Voir HTTPS://caf.fr.')).toBe(true);
    // A character reference decoded in the text counts too (`&#64;` is `@`).
    expect(has('Écrivez à accueil&#64;mairie.fr.')).toBe(true);
    // And the address becomes a link, as without the guard.
    expect(tree('md', 'Écrivez à accueil&#64;mairie.fr.', true)).toContain('"type":"link"');
  });
});
