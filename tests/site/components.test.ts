import { describe, expect, it } from 'vitest';
import { checkProps } from '../../src/components/guide/check-props.ts';
import { pictoHtml } from '../../src/components/picto-html.ts';
import { guideStructure } from '../../src/site/remark-guide-structure.ts';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';

describe('checkProps (defence in depth, in the components)', () => {
  it('accepts correct props', () => {
    expect(() => checkProps('Etape', { titre: 'Trouvez le CCAS', picto: 'ccas' })).not.toThrow();
    expect(() => checkProps('Picto', { nom: 'mairie', taille: 'grand' })).not.toThrow();
  });
  it('stops on a missing required prop, in French', () => {
    expect(() => checkProps('Etape', { picto: 'ccas' })).toThrow('<Etape> : écrivez la propriété « titre ».');
    expect(() => checkProps('Lieu', { nom: '  ' })).toThrow('« nom »');
  });
  it('stops on an unknown pictogram', () => {
    expect(() => checkProps('Etape', { titre: 'Allez', picto: 'mairei' })).toThrow('le pictogramme « mairei » n’existe pas');
  });
  it('stops on a value that is not allowed', () => {
    expect(() => checkProps('Picto', { nom: 'mairie', taille: 'énorme' })).toThrow('petit, moyen, grand');
  });
});

describe('pictoHtml', () => {
  it('names a meaningful pictogram with its alt text', () => {
    const svg = pictoHtml('mairie');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Mairie"');
    expect(svg).not.toContain('aria-hidden');
  });
  it('hides a decorative pictogram', () => {
    const svg = pictoHtml('mairie', { decorative: true, size: 'grand' });
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('class="picto picto-grand"');
    expect(svg).not.toContain('role="img"');
  });
});

describe('guideStructure', () => {
  it('numbers the steps and gives heading levels', () => {
    const tree = unified().use(remarkParse).use(remarkMdx).parse(
      '## Les étapes\n\n<Etapes>\n<Etape titre="A" picto="ccas">\nTexte.\n<Papiers>\n- un papier\n</Papiers>\n</Etape>\n<Etape titre="B" picto="mairie">\n<Choix question="Oui ?">\n<Reponse titre="Oui">\nBien.\n</Reponse>\n</Choix>\n</Etape>\n</Etapes>\n',
    ) as Root;
    const changes = guideStructure(tree).map(({ node, props }) => `${node.name} ${JSON.stringify(props)}`);
    expect(changes.sort()).toEqual([
      'Choix {"niveau":4}',
      'Etape {"numero":1,"total":2,"niveau":3}',
      'Etape {"numero":2,"total":2,"niveau":3}',
      'Papiers {"niveau":4}',
      'Reponse {"niveau":5}',
    ]);
  });
});
