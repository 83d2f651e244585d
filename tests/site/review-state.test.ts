import { describe, expect, it } from 'vitest';
import { readerFingerprint } from '../../src/engine/fingerprint.ts';
import { reviewNotice, reviewState } from '../../src/site/review-state.ts';
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

describe('what each build shows about the review', () => {
  const changed = reviewState(GUIDE.replace('la mairie', 'la mairie de votre ville'), review);
  const current = reviewState(GUIDE, review);
  const none = reviewState(GUIDE, undefined);

  it('tells authors (preview) that the text changed after the review, and what to do', () => {
    const notice = reviewNotice(changed, { preview: true });
    expect(notice.sentence).toBe('Relu le 20 novembre 2026 par Atelier FALC de l’ESAT, modifié depuis la relecture.');
    expect(notice.author).toMatch(/^Le texte a changé depuis la relecture du 20 novembre 2026\. .*falc relecture\.$/);
  });

  it('shows readers nothing about a review of an older text on the guide page, and no « relu »', () => {
    expect(reviewNotice(changed, { preview: false })).toEqual({});
  });

  it('says in the accessibility statement that the latest version is not reviewed yet', () => {
    expect(reviewNotice(changed, { preview: false, list: true })).toEqual({ sentence: 'La dernière version de ce guide n’a pas encore été relue par des lecteurs.' });
  });

  it('says who reviewed an unchanged text to everybody, with nothing for authors to do', () => {
    for (const preview of [true, false]) expect(reviewNotice(current, { preview })).toEqual({ sentence: 'Relu le 20 novembre 2026 par Atelier FALC de l’ESAT.' });
  });

  it('says « not reviewed yet » only in the accessibility statement', () => {
    expect(reviewNotice(none, { preview: true })).toEqual({});
    expect(reviewNotice(none, { preview: false, list: true }).sentence).toBe('Des lecteurs n’ont pas encore relu ce guide.');
  });
});
