import { describe, expect, it } from 'vitest';
import { NO_FILTER, isFiltered, matches, rulesOf, shownInWords, type Filter } from '../../src/browser/message-filter.ts';

const MESSAGES = [
  { severity: 'error', ruleId: 'phrase-longue', ruleTitle: 'Phrase trop longue' },
  { severity: 'warning', ruleId: 'mot-difficile', ruleTitle: 'Mot difficile' },
  { severity: 'warning', ruleId: 'mot-difficile', ruleTitle: 'Mot difficile' },
  { severity: 'info', ruleId: 'lisibilite', ruleTitle: 'Texte difficile à lire' },
] as const;

describe('the filter of the /verifier/ list', () => {
  it('shows everything at first', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(MESSAGES.filter((message) => matches(message, NO_FILTER))).toHaveLength(4);
  });

  it('shows one kind, or one rule', () => {
    const errors: Filter = { severities: new Set(['error']), rule: undefined };
    expect(isFiltered(errors)).toBe(true);
    expect(MESSAGES.filter((message) => matches(message, errors)).map((message) => message.ruleId)).toEqual(['phrase-longue']);
    const rule: Filter = { severities: new Set(['error', 'warning', 'info']), rule: 'mot-difficile' };
    expect(MESSAGES.filter((message) => matches(message, rule))).toHaveLength(2);
  });

  it('lists the rules of the messages by their French name, with their number', () => {
    expect(rulesOf(MESSAGES)).toEqual([
      { id: 'mot-difficile', title: 'Mot difficile', count: 2 },
      { id: 'phrase-longue', title: 'Phrase trop longue', count: 1 },
      { id: 'lisibilite', title: 'Texte difficile à lire', count: 1 },
    ]);
  });

  it('says how many messages the list shows', () => {
    expect(shownInWords(7, 77)).toBe('La liste montre 7 messages sur 77.');
    expect(shownInWords(1, 77)).toBe('La liste montre 1 message sur 77.');
    expect(shownInWords(77, 77)).toBe('La liste montre les 77 messages.');
    expect(shownInWords(0, 77)).toBe('La liste ne montre aucun message sur 77. Changez votre choix.');
    expect(shownInWords(0, 0)).toBe('');
  });
});
