import { describe, expect, it } from 'vitest';
import { editionPlace, isPublishedPlace, localPlace } from '../../src/site/editions.ts';
import { placeSchema } from '../../src/schemas/guide.ts';

const PLACE = placeSchema.parse({
  exemple: true,
  nom: 'Centre communal d’action sociale de Villexemple',
  type: 'ccas',
  commune: 'Villexemple',
  adresse: '12 rue de l’Exemple, 99000 Villexemple',
  telephone: '01 99 00 12 34',
  guides: ['domiciliation'],
});

describe('local editions', () => {
  it('never publishes an example place, except for the tests (FALC_EXEMPLES=1)', () => {
    expect(isPublishedPlace(PLACE, {})).toBe(false);
    expect(isPublishedPlace(PLACE, { FALC_EXEMPLES: '1' })).toBe(true);
    expect(isPublishedPlace({ ...PLACE, exemple: false }, {})).toBe(true);
  });

  it('replaces only the <Lieu> of the same type of office', () => {
    const locals = { falcEdition: editionPlace(PLACE, '<p>Au rez-de-chaussée.</p>') };
    expect(localPlace(locals, 'ccas')).toMatchObject({ nom: PLACE.nom, adresse: PLACE.adresse, telephone: '01 99 00 12 34' });
    expect(localPlace(locals, 'mairie')).toBeUndefined();
    expect(localPlace({}, 'ccas')).toBeUndefined();
  });

  it('refuses a place file with a wrong field, in French', () => {
    const result = placeSchema.safeParse({ ...PLACE, type: 'CCAS Amiens', guides: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join(' ')).toMatch(/minuscules.*\n?.*|au moins un guide/);
  });
});
