/**
 * The review by readers written from the editor's form (src/editor/review-field.ts), without a terminal:
 * Keystatic's own code opens a guide, the author fills the « Relecture par les lecteurs » part, saves, and
 * the file holds the same `relecture:` block as `falc relecture` writes. The rule `relecture` and the
 * site's header schema accept it; a text changed after it is « à relire » again.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { readerFingerprint } from '../../src/engine/fingerprint.ts';
import { EMPTY_REVIEW, RECORD_BUTTON, isEmptyReview, parseReview, reviewProblem, serializeReview, type ReviewValue } from '../../src/editor/review-field.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { messagesFor } from '../helpers.ts';
import { openAndSave } from './keystatic-files.ts';

vi.mock('@keystatic/core', async () => import('../../node_modules/@keystatic/core/dist/keystatic-core.js'));
vi.mock('@keystatic/core/content-components', async () => import('../../node_modules/@keystatic/core/dist/keystatic-core-content-components.js'));

const ROOT = join(import.meta.dirname, '../..');
const config = await import('../../keystatic.config.ts');

function header(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  return parseYaml(match?.[1] ?? '') as Record<string, unknown>;
}

async function save(text: string, edit?: (state: Record<string, unknown>) => Record<string, unknown>): Promise<string> {
  return openAndSave(text, { schema: config.guideSchema, slugField: 'title', contentField: 'contenu', slug: 'domiciliation', ...(edit ? { edit } : {}) });
}

/** The author fills the review part of the form and sets the status. */
function fill(review: Partial<ReviewValue>, status = 'relu') {
  return (state: Record<string, unknown>) => ({
    ...state,
    status: { from: 'brouillon', value: status },
    relecture: { ...(state.relecture as ReviewValue), ...review },
  });
}

const guides = (await readdir(join(ROOT, 'content/guides'))).filter((name) => name.endsWith('.mdx')).sort();
const draft = await readFile(join(ROOT, 'content/guides/domiciliation.mdx'), 'utf8');

describe('the review by readers in the editor’s form', () => {
  it('is a part of the guide’s form (not a field the editor ignores)', () => {
    const field = config.guideSchema.relecture as unknown as { kind: string; label: string };
    expect(field.kind).toBe('form');
    expect(field.label).toBe('Relecture par les lecteurs');
  });

  it('writes the block of `falc relecture`, that the rule and the site accept', async () => {
    // The author saves the text the readers read (Keystatic's format, once), then records the review.
    const saved = await save(draft);
    const fingerprint = readerFingerprint(saved);
    const reviewed = await save(saved, fill({ date: '2026-11-20', par: ['Atelier FALC de l’ESAT des Tilleuls', ''], consentement: true, changements: 'Une phrase plus courte.', empreinte: fingerprint }));
    const block = header(reviewed).relecture as Record<string, unknown>;
    expect(block).toEqual({ date: '2026-11-20', par: ['Atelier FALC de l’ESAT des Tilleuls'], consentement: true, changements: 'Une phrase plus courte.', empreinte: fingerprint });
    expect(Object.keys(block)).toEqual(['date', 'par', 'consentement', 'changements', 'empreinte']);
    expect(header(reviewed).status).toBe('relu');
    // The review does not change the text readers see, so the fingerprint still matches.
    expect(readerFingerprint(reviewed)).toBe(fingerprint);
    expect(guideSchema.safeParse(header(reviewed)).success).toBe(true);
    expect(await messagesFor('relecture', reviewed, { kind: 'guide' })).toEqual([]);
    // Saved again without a change: the same file.
    expect(await save(reviewed)).toBe(reviewed);
    // A sentence changed afterwards: « à relire », and the message names the editor first.
    const changed = reviewed.replace('Vous pouvez', 'Vous pourrez');
    expect(changed).not.toBe(reviewed);
    const messages = await messagesFor('relecture', changed, { kind: 'guide' });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.reason).toContain(`bouton « ${RECORD_BUTTON} »`);
    expect(messages[0]!.reason.indexOf('éditeur de guides')).toBeLessThan(messages[0]!.reason.indexOf('falc relecture'));
  });

  it('keeps a review written by `falc relecture`, byte for byte at the second save', async () => {
    const text = await readFile(join(ROOT, 'tests/fixtures/guides-exemples/exemple-relecture-a-jour.mdx'), 'utf8');
    const once = await save(text);
    expect(header(once).relecture).toEqual({ ...(header(text).relecture as object), date: '2026-11-20' });
    expect(await save(once)).toBe(once);
    // Keystatic wrote the place's attributes in the order of its form: the text readers see is the same,
    // and so is its fingerprint (src/engine/fingerprint.ts): the review stays valid.
    expect(once).not.toContain('<Lieu nom="La mairie de votre commune" picto="mairie"');
    expect(await messagesFor('relecture', once, { kind: 'guide' })).toEqual([]);
  });

  it.each(guides)(
    'keeps the fingerprint of %s at its first save in the editor',
    async (name) => {
      const text = await readFile(join(ROOT, 'content/guides', name), 'utf8');
      expect(readerFingerprint(await save(text))).toBe(readerFingerprint(text));
    },
  );

  it('writes nothing for a guide with no review', async () => {
    const saved = await save(draft);
    expect(header(saved)).not.toHaveProperty('relecture');
    expect(isEmptyReview(parseReview(undefined))).toBe(true);
    expect(serializeReview(EMPTY_REVIEW)).toBeUndefined();
  });

  it('says in French what is missing before it can be saved', () => {
    const started: ReviewValue = { ...EMPTY_REVIEW, date: '2026-11-20', par: ['Atelier FALC'] };
    expect(reviewProblem(started)).toMatch(/accord/);
    expect(reviewProblem({ ...started, consentement: true })).toContain(RECORD_BUTTON);
    expect(reviewProblem({ ...started, par: [' '], empreinte: '0123456789abcdef', consentement: true })).toMatch(/Qui a relu/);
    expect(reviewProblem({ ...started, date: '', consentement: true, empreinte: '0123456789abcdef' })).toMatch(/date/);
    expect(reviewProblem({ ...started, consentement: true, empreinte: '0123456789abcdef' })).toBeUndefined();
    const field = config.guideSchema.relecture as unknown as { validate(value: ReviewValue): ReviewValue };
    expect(() => field.validate(started)).toThrow(/accord/);
  });

  it('the status’s help names the form, not the command', async () => {
    const source = await readFile(join(ROOT, 'keystatic.config.ts'), 'utf8');
    const status = /status: statusField\(\{[\s\S]*?\}\)/.exec(source)?.[0] ?? '';
    expect(status).toContain('« Relecture par les lecteurs »');
    expect(status).not.toContain('falc relecture');
  });
});
