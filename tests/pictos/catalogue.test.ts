import { describe, expect, it } from 'vitest';
import { PICTOS, PICTO_NAMES, findPicto, pictoSvg } from '../../src/pictos/catalogue.ts';
import { SVG } from '../../src/pictos/svg-data.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REQUIRED = [
  'mairie', 'ccas', 'courrier', 'formulaire', 'rendez-vous', 'telephone', 'carte-identite',
  'argent', 'date', 'attendre', 'signer', 'papiers', 'maison', 'sans-abri', 'sante',
  'famille', 'travail', 'question', 'attention',
];

describe('catalogue des pictogrammes', () => {
  it('contient au moins 40 pictogrammes, triés par nom, sans doublon', () => {
    expect(PICTOS.length).toBeGreaterThanOrEqual(40);
    const names = PICTOS.map((p) => p.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    expect(PICTO_NAMES.size).toBe(PICTOS.length);
  });

  it('contient les pictogrammes obligatoires', () => {
    for (const name of REQUIRED) {
      expect(PICTO_NAMES.has(name), name).toBe(true);
      expect(findPicto(name)?.name).toBe(name);
    }
    expect(findPicto('inconnu')).toBeUndefined();
  });

  it('a des noms en kebab-case avec un SVG dans svg-data', () => {
    for (const p of PICTOS) {
      expect(p.name, p.name).toMatch(KEBAB);
      expect(SVG[p.name], p.name).toBeTypeOf('string');
      expect(pictoSvg(p.name)).toBe(SVG[p.name]);
    }
  });

  it("n'a pas de SVG sans entrée dans le catalogue", () => {
    expect(Object.keys(SVG).sort()).toEqual([...PICTO_NAMES].sort());
  });

  it('a des SVG normalisés et accessibles', () => {
    for (const [name, svg] of Object.entries(SVG)) {
      const open = svg.match(/^<svg[^>]*>/)?.[0] ?? '';
      expect(open, name).not.toBe('');
      expect(svg.trim().endsWith('</svg>'), name).toBe(true);
      expect(open, name).toContain('viewBox="0 0 72 72"');
      expect(open, name).toContain('aria-hidden="true"');
      expect(open, name).toContain('focusable="false"');
      // A page may show the same pictogram many times: no id, so no duplicate id.
      expect(svg, name).not.toMatch(/\sid=|<use\b/);
      expect(open, name).not.toMatch(/\s(width|height|class)=/);
      expect(svg, name).not.toContain('<!--');
    }
  });

  it('a un texte alt et un sens en français, non vides', () => {
    for (const p of PICTOS) {
      expect(p.alt.trim(), p.name).not.toBe('');
      expect(p.alt.length, p.name).toBeLessThanOrEqual(40);
      expect(p.alt, p.name).toMatch(/^[A-ZÀ-Ý]/);
      expect(p.meaning, p.name).toMatch(/^Ce dessin veut dire : .+\.$/);
    }
  });

  it('utilise une icône différente pour chaque pictogramme', () => {
    const sources = PICTOS.map((p) => p.source);
    expect(new Set(sources).size).toBe(sources.length);
    const svgs = Object.values(SVG);
    expect(new Set(svgs).size).toBe(svgs.length);
  });

  it('refuse un nom inconnu dans pictoSvg', () => {
    expect(() => pictoSvg('inconnu')).toThrow(/inconnu/);
  });
});
