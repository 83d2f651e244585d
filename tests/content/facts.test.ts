import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figuresIn, normalizeFigure, readFacts, readerText } from './reader-figures.ts';

const GUIDES = 'content/guides';
const guides = readdirSync(GUIDES)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace(/\.mdx$/, ''));

describe('figures a reader sees', () => {
  it('finds amounts, delays, ages, form numbers, percentages, dates and hours, with their unit', () => {
    const text = 'Vous avez 25 ans. Le CCAS répond en 2 mois. Payez 25 € ou 1 500 euros. Le Cerfa 16029\\*01. Venez 1 fois. Le 1er janvier 2025, à 9 h 30. Environ 50 %.';
    expect(figuresIn(text)).toEqual(['25 ans', '2 mois', '25 €', '1 500 euros', '16029*01', '1 fois', '1er janvier 2025', '9 h 30', '50 %']);
  });

  it('takes the text of header fields and component attributes, and leaves out comments, links and pictograms', () => {
    const source = [
      '---',
      'title: Un guide en 3 étapes',
      'lang: fr',
      'updated: 2026-11-30',
      '---',
      '{/* Une note de 99 mots pour les auteurs. */}',
      '<Lieu nom="La mairie" picto="mairie" lien="https://example.fr/42" horaires="De 9 h à 17 h.">',
      'Venez avec 2 photos.',
      '</Lieu>',
    ].join('\n');
    expect(figuresIn(readerText(source))).toEqual(['3', '9 h', '17 h', '2']);
  });

  it('sees a figure a guide adds without its fact: the check can fail', () => {
    const figures = figuresIn(readerText('Vous payez 86 euros.'));
    expect(figures).toContain('86 euros');
  });
});

describe.each(guides)('the facts of the guide « %s »', (slug) => {
  const factsPath = join(GUIDES, `${slug}.faits.yml`);

  it('has a facts file next to it, with a source and a date for every fact', () => {
    expect(existsSync(factsPath), `Il manque le fichier ${factsPath}`).toBe(true);
    const facts = readFacts(factsPath);
    expect(facts.guide).toBe(slug);
  });

  it('lists every figure of the reader text in its facts', () => {
    const listed = new Set(readFacts(factsPath).faits.flatMap((fact) => (fact.chiffre ? [normalizeFigure(fact.chiffre)] : [])));
    const missing = [...new Set(figuresIn(readerText(readFileSync(join(GUIDES, `${slug}.mdx`), 'utf8'))))].filter((figure) => !listed.has(figure));
    expect(missing, `Ces chiffres du guide n’ont pas de fait avec sa source dans ${factsPath}`).toEqual([]);
  });

  it('lists only figures that are still in the guide', () => {
    const inGuide = new Set(figuresIn(readerText(readFileSync(join(GUIDES, `${slug}.mdx`), 'utf8'))));
    const stale = readFacts(factsPath).faits.flatMap((fact) => (fact.chiffre && !inGuide.has(normalizeFigure(fact.chiffre)) ? [fact.chiffre] : []));
    expect(stale, `Ces chiffres de ${factsPath} ne sont plus dans le guide`).toEqual([]);
  });
});
