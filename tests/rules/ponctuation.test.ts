import { describe, expect, it } from 'vitest';
import { messagesFor } from '../helpers.ts';

describe('ponctuation', () => {
  it.each([
    ['Apportez vos papiers ; gardez une copie.', [';']],
    ['Votre carte (ou votre passeport) suffit.', ['(', ')']],
    ['Le formulaire [page 2] est à remplir.', ['[', ']']],
    ['Vous pouvez apporter des photos, des lettres…', ['…']],
    ['Vous pouvez apporter des photos, des lettres...', ['...']],
    ['Le centre — celui de la mairie — vous reçoit.', ['—', '—']],
    ['Le centre – celui de la mairie – vous reçoit.', ['–', '–']],
    ['Venez lundi - ou mardi.', ['-']],
  ])('fires on each sign: %s', async (text, signs) => {
    const messages = await messagesFor('ponctuation', text);
    expect(messages.map((message) => message.actual)).toEqual(signs);
    expect(messages.every((message) => message.severity === 'error')).toBe(true);
  });

  it('reports each sign at its own place', async () => {
    const messages = await messagesFor('ponctuation', 'Votre carte (ou votre passeport) suffit.');
    expect(messages).toMatchObject([{ line: 1, column: 13 }, { line: 1, column: 32 }]);
  });

  it('suggests a full stop for a semicolon', async () => {
    const messages = await messagesFor('ponctuation', 'Apportez vos papiers ; gardez une copie.');
    expect(messages[0]!.expected).toEqual(['.']);
  });

  it.each([
    'Voir [le formulaire](https://exemple.fr/a;b) pour la demande.',
    'Le bureau est ouvert de 9 h – 12 h.',
    'Allez sur https://exemple.fr/page(1) pour voir.',
    'C’est un rendez-vous en Île-de-France.',
    'Écrivez `a ; b` dans la case.',
    'L’année 2025 – 2026 commence.',
    '- Votre carte\n- Vos papiers\n* Vos photos',
    '1. Première étape\n2. Deuxième étape',
  ])('stays silent: %s', async (text) => {
    expect(await messagesFor('ponctuation', text)).toEqual([]);
  });

  it('takes its severity from the configuration', async () => {
    const config = { rules: { ponctuation: 'warning' as const } };
    expect((await messagesFor('ponctuation', 'Oui ; non.', { config }))[0]!.severity).toBe('warning');
  });

  it('reads the attributes readers see: a bracket in a step title is reported at its place', async () => {
    const messages = await messagesFor('ponctuation', '<Etape titre="Prendre rendez-vous (mairie)">\n\nVenez au centre.\n\n</Etape>');
    expect(messages.map((message) => [message.line, message.column, message.actual])).toEqual([
      [1, 35, '('],
      [1, 42, ')'],
    ]);
  });
});
