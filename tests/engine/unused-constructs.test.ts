import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parserFor, parserOf, type SourceFormat } from '../../src/engine/checker.ts';
import { unusedConstructs } from '../../src/engine/unused-constructs.ts';
import { mayStartTable } from '../../src/engine/table-window.ts';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { boundedFootnoteCall } from '../../src/engine/bounded-footnote-call.ts';

// A file without `@` is read without the e-mail construct, a file without `|`, `:-` or `-:` without the
// table construct, and so on for the rarer constructs of GFM: the tree must be exactly the one of the full
// parser.

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
  ['adresse web', 'Voir www.caf.fr, WWW.CAF.FR ou Www.ameli.fr.', 'md'],
  ['adresse http', 'Voir http://caf.fr, HTTPS://ameli.fr ou Https://impots.gouv.fr.', 'md'],
  ['adresses en références', 'Écrivez à accueil&#64;mairie.fr, à accueil&commat;caf.fr ou voir &#119;ww.caf.fr et &#x68;ttps://ameli.fr.', 'md'],
  ['presque des adresses', 'Voir www, www caf, http:/caf.fr, https:caf.fr, &#119;ww.caf.fr, h&#116;tp://caf.fr.', 'md'],
  ['barré', 'Le prix est ~~25 €~~ 20 €, ~environ~ 20 €.', 'md'],
  ['tilde seul', 'Environ ~ 20 €.', 'md'],
  ['note', 'Un texte[^1] et une image ![^1].\n\n[^1]: La note.', 'md'],
  ['note sans définition', 'Un texte[^1].', 'md'],
  ['crochets', 'Un [lien](https://caf.fr) et [ceci], [^ ] et [x.\n\n- [a] b', 'md'],
  ['cases', '- [ ] à faire\n- [x] fait\n- [X] fait\n- [\t] tab\n- [\n] ligne', 'md'],
  ['tableau et paragraphes', 'Un texte.\nUne ligne.\n\n| Jour | Heures |\n| --- | --- |\n| Lundi | 9 h |\nMardi 10 h\n\nUn autre texte.\n- un | deux\n- --- | ---\n\n> a | b\n> -- | --\n> c\n', 'md'],
  ['tableau dans une liste', '- Jour | Heures\n  --- | ---\n  Lundi | 9 h\n\n1. a\n   :-\n   b', 'md'],
  ['tableau en fin de fichier', 'Jour | Heures\n--- | ---', 'md'],
  ['tableau mdx', '<Etape titre="Horaires">\n| Jour | Heures |\n| --- | --- |\n| Lundi | 9 h |\n</Etape>\n\nUn texte.', 'mdx'],
  ['cases mdx', '- [ ] à faire\n- [x] fait\n\n<Etape titre="Un titre">\n- [ ] case\n</Etape>', 'mdx'],
];

/**
 * The parser with every construct and no shortcut (no table window, every address transform of
 * remark-gfm run on every tree): what the trees are compared with.
 */
const REFERENCE = {
  md: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(boundedFootnoteCall).freeze(),
  mdx: unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(boundedFootnoteCall).use(remarkMdx).freeze(),
};

const tree = (format: SourceFormat, text: string, lean: boolean) =>
  JSON.stringify((lean ? parserFor(format, text) : REFERENCE[format as 'md' | 'mdx']).parse(new VFile({ value: text })));

describe('the parser chosen for a text', () => {
  it.each(texts)('reads « %s » into the same tree as the full parser', (_name, text, format) => {
    expect(tree(format, text, true)).toBe(tree(format, text, false));
  });

  it('leaves out the constructs whose signs are not in the text, and only those', () => {
    const rare = ['wwwAutolink', 'protocolAutolink', 'strikethrough', 'gfmFootnoteDefinition', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall', 'tasklistCheck'];
    expect(unusedConstructs('Allez à la mairie : lundi.')).toEqual(['emailAutolink', 'table', ...rare]);
    expect(unusedConstructs('Écrivez à accueil@mairie.fr.')).toEqual(['table', ...rare]);
    expect(unusedConstructs('| a | b |')).toEqual(['emailAutolink', ...rare]);
    expect(unusedConstructs('a b\n:-')).toEqual(['emailAutolink', ...rare]);
    expect(unusedConstructs('a b\n-:')).toEqual(['emailAutolink', ...rare]);
    const without = (text: string, names: string[]) => unusedConstructs(text).filter((name) => !names.includes(name));
    expect(without('Voir WwW.caf.fr', ['wwwAutolink'])).toEqual(['emailAutolink', 'table', ...rare.filter((name) => name !== 'wwwAutolink')]);
    expect(unusedConstructs('Voir HTTP://caf.fr')).not.toContain('protocolAutolink');
    expect(unusedConstructs('Voir https://caf.fr')).not.toContain('protocolAutolink');
    expect(unusedConstructs('Voir http:/caf.fr')).toContain('protocolAutolink');
    expect(unusedConstructs('~~non~~')).not.toContain('strikethrough');
    expect(unusedConstructs('Un texte[^1]')).not.toContain('gfmFootnoteCall');
    expect(unusedConstructs('Un texte[1]')).toEqual(expect.arrayContaining(['gfmFootnoteDefinition', 'gfmFootnoteCall', 'gfmPotentialFootnoteCall', 'tasklistCheck']));
    for (const box of ['[ ]', '[x]', '[X]', '[\t]', '[\n]']) expect(unusedConstructs(`- ${box} a`)).not.toContain('tasklistCheck');
    // A text with every sign uses the full parser.
    expect(parserFor('md', 'a@b.fr | c www.d.fr http://e.fr ~~f~~ [^g] - [ ] h')).toBe(parserOf('md'));
  });

  it('tries the table only where two lines hold a sign of it', () => {
    expect(mayStartTable('Un texte.\nUne ligne.\n| a |', 0)).toBe(false);
    expect(mayStartTable('Un texte.\nUne ligne.\n| a |', 10)).toBe(true);
    expect(mayStartTable('a b\n:--', 0)).toBe(true);
    expect(mayStartTable('a b\n--:\n', 0)).toBe(true);
    expect(mayStartTable('a b\n---\n', 0)).toBe(false);
    expect(mayStartTable('a | b', 2)).toBe(true);
    expect(mayStartTable('a | b', 3)).toBe(false);
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

/** A small generator of numbers in [0, 1) from a seed (the same strings at each run). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Pieces of Markdown near the signs of each construct, and some that look like them without being them.
const PIECES = [
  'a', 'é', ' ', ' ', '\n', '\n\n', '\t', '- ', '* ', '1. ', '> ', '# ', '|', ' | ', ':-', '-:', '---', ':', '-', '@', 'nom@caf.fr', 'w', 'W', 'www.',
  'WwW.', 'www', 'www.caf.fr', '.', 'h', 'http://', 'HTTPS://', 'http:/', 'https:', 'caf.fr', '/', '~', '~~', '[', ']', '^', '[^1]', '[^1]: ', '![^1]',
  '[ ]', '[x]', '[X]', '[\t]', 'x', 'X', '(', ')', '*', '_', '`', '!', '&#64;', '&amp;', '\\', '<', '>', '{', '}', '=', '"', '1',
];

/** A random text of pieces, each text drawing from a random part of the pieces (so that many lack some signs). */
function randomTexts(count: number, seed: number): string[] {
  const next = random(seed);
  const texts: string[] = [];
  for (let index = 0; index < count; index++) {
    const allowed = PIECES.filter(() => next() < 0.5);
    if (allowed.length === 0) allowed.push('a');
    let text = '';
    const length = Math.floor(next() * 60);
    for (let piece = 0; piece < length; piece++) text += allowed[Math.floor(next() * allowed.length)];
    texts.push(text);
  }
  return texts;
}

/** The tree, or the error's message when the parser refuses the text (MDX). */
const treeOrError = (format: SourceFormat, text: string, lean: boolean) => {
  try {
    return tree(format, text, lean);
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
};

describe('the parser chosen for random texts', () => {
  it.each(['md', 'mdx'] as const)('reads 1,500 random %s texts into the same trees as the full parser', (format) => {
    let lean = 0;
    for (const text of randomTexts(1500, format === 'md' ? 1 : 2)) {
      if (unusedConstructs(text).length > 0) lean++;
      expect(treeOrError(format, text, true), JSON.stringify(text)).toBe(treeOrError(format, text, false));
    }
    // Most random texts lack the signs of some construct: the lean parsers are really compared.
    expect(lean).toBeGreaterThan(1000);
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
