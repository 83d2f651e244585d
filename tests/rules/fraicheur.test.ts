import { describe, expect, it } from 'vitest';
import { GUIDE_FRONTMATTER, messagesFor } from '../helpers.ts';

const BODY = '\nCe guide vous aide à avoir une adresse.\n';
const config = (options: Record<string, unknown> = {}) => ({ rules: { fraicheur: { options: { today: '2026-11-30', ...options } } } });
const guide = (header: string) => GUIDE_FRONTMATTER.replace('status: brouillon\n', `status: brouillon\n${header}`) + BODY;

describe('fraicheur', () => {
  it('warns when the facts were checked more than 12 months ago, at the verifie line', async () => {
    const messages = await messagesFor('fraicheur', guide('verifie: 2025-10-01\n'), { kind: 'guide', config: config() });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 7, severity: 'warning', actual: '2025-10-01' });
    expect(messages[0]!.reason).toContain('1 octobre 2025');
  });

  it('reads the update date when there is no verifie field', async () => {
    const messages = await messagesFor('fraicheur', guide(''), { kind: 'guide', config: config({ months: 6 }) });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 5, actual: '2026-01-10' });
  });

  it.each([
    ['checked this month', 'verifie: 2026-11-02\n'],
    ['checked exactly 12 months ago', 'verifie: 2025-11-30\n'],
    ['checked recently although updated long ago', 'verifie: 2026-06-01\n'],
  ])('stays silent on a guide %s', async (_label, header) => {
    expect(await messagesFor('fraicheur', guide(header), { kind: 'guide', config: config() })).toEqual([]);
  });

  it('takes the number of months from the options', async () => {
    expect(await messagesFor('fraicheur', guide('verifie: 2026-04-01\n'), { kind: 'guide', config: config({ months: 6 }) })).toHaveLength(1);
    expect(await messagesFor('fraicheur', guide('verifie: 2026-04-01\n'), { kind: 'guide', config: config() })).toEqual([]);
  });

  it('stays silent on a text that is not a guide', async () => {
    expect(await messagesFor('fraicheur', 'Vous allez à la mairie.\n', { kind: 'texte', config: config() })).toEqual([]);
  });
});
