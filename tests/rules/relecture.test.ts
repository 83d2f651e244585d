import { describe, expect, it } from 'vitest';
import { readerFingerprint } from '../../src/engine/fingerprint.ts';
import { GUIDE_FRONTMATTER, messagesFor } from '../helpers.ts';

const BODY = '\nCe guide vous aide à avoir une adresse.\n\nVous allez à la mairie.\n';
const DRAFT = GUIDE_FRONTMATTER + BODY;

/** The guide with a status and a review whose fingerprint is the one of `reviewed`. */
function withReview(status: string, reviewed = DRAFT, text = DRAFT): string {
  const review = `relecture:\n  date: 2026-11-20\n  par:\n    - Atelier FALC de l’ESAT\n  consentement: true\n  empreinte: ${readerFingerprint(reviewed)}\n`;
  return text.replace('status: brouillon\n', `status: ${status}\n${review}`);
}

describe('relecture', () => {
  it.each(['relu', 'valide'])('fires when the status is « %s » with no review recorded', async (status) => {
    const messages = await messagesFor('relecture', DRAFT.replace('status: brouillon', `status: ${status}`), { kind: 'guide' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 6, severity: 'error', actual: status, expected: ['brouillon'] });
    expect(messages[0]!.reason).toContain('falc relecture');
  });

  it('warns when one sentence changed after the review, at the review block', async () => {
    const changed = withReview('valide').replace('Vous allez à la mairie.', 'Vous allez à la mairie de votre ville.');
    const messages = await messagesFor('relecture', changed, { kind: 'guide' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 7, severity: 'warning' });
    expect(messages[0]!.reason).toContain('à relire');
    expect(messages[0]!.reason).toContain('20 novembre 2026');
  });

  it('warns on a changed draft that keeps an old review', async () => {
    const changed = withReview('brouillon').replace('Vous allez à la mairie.', 'Vous allez au centre.');
    expect(await messagesFor('relecture', changed, { kind: 'guide' })).toHaveLength(1);
  });

  it.each([
    ['a draft with no review', DRAFT],
    ['a « valide » guide whose text is the one reviewed', withReview('valide')],
    ['a « relu » guide whose text is the one reviewed', withReview('relu')],
    ['a reviewed guide whose line breaks moved', withReview('valide').replace('adresse.\n\nVous', 'adresse.\n\n\nVous')],
    ['a reviewed guide whose update date changed', withReview('valide').replace('updated: 2026-01-10', 'updated: 2026-12-01')],
  ])('stays silent on %s', async (_label, text) => {
    expect(await messagesFor('relecture', text, { kind: 'guide' })).toEqual([]);
  });

  it('stays silent on a text that is not a guide', async () => {
    expect(await messagesFor('relecture', 'Vous allez à la mairie.\n', { kind: 'texte' })).toEqual([]);
  });

  it('takes the statuses that need a review from the options', async () => {
    const config = { rules: { relecture: { options: { reviewedStatuses: ['valide'] } } } };
    expect(await messagesFor('relecture', DRAFT.replace('status: brouillon', 'status: relu'), { kind: 'guide', config })).toEqual([]);
  });
});
