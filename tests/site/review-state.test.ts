import { describe, expect, it } from 'vitest';
import { readerFingerprint } from '../../src/engine/fingerprint.ts';
import { reviewState } from '../../src/site/review-state.ts';
import { GUIDE_FRONTMATTER } from '../helpers.ts';

const GUIDE = `${GUIDE_FRONTMATTER}\nVous allez à la mairie.\n`;
const review = { date: new Date('2026-11-20'), par: ['Atelier FALC de l’ESAT'], consentement: true as const, empreinte: readerFingerprint(GUIDE) };

describe('what the guide page says about the review by readers', () => {
  it('says who reviewed it and when, when the text is the one reviewed', () => {
    expect(reviewState(GUIDE, review)).toMatchObject({ state: 'a-jour', sentence: 'Relu le 20 novembre 2026 par Atelier FALC de l’ESAT.' });
  });

  it('says « modifié depuis la relecture » when one sentence changed', () => {
    const changed = GUIDE.replace('la mairie', 'la mairie de votre ville');
    expect(reviewState(changed, review)).toMatchObject({ state: 'modifie', sentence: 'Relu le 20 novembre 2026 par Atelier FALC de l’ESAT, modifié depuis la relecture.' });
  });

  it('says the guide is not reviewed yet without a review', () => {
    expect(reviewState(GUIDE, undefined)).toMatchObject({ state: 'aucune', reviewers: [] });
  });
});
