import { describe, expect, it } from 'vitest';
import { markedReload } from '../../src/editor/content-reload.ts';
import { CONTENT_RELOAD_FLAG, isEditorPage } from '../../src/editor/keep-form.ts';

describe('the editor ignores only the reloads that follow a save (src/editor/content-reload.ts, keep-form.ts)', () => {
  const saved = 1_000_000;
  it('marks a reload of every page sent just after a file of content/ changed', () => {
    expect(markedReload({ type: 'full-reload', path: '*' }, saved, saved + 1500)).toEqual({ type: 'full-reload', path: '*', [CONTENT_RELOAD_FLAG]: true });
    expect(markedReload({ type: 'full-reload' }, saved, saved + 10)).toEqual({ type: 'full-reload', [CONTENT_RELOAD_FLAG]: true });
  });
  it('leaves the other messages as they are: no change in content/, a changed file named, an update, a page named', () => {
    const never = Number.NEGATIVE_INFINITY;
    for (const [payload, last] of [
      [{ type: 'full-reload', path: '*' }, never],
      [{ type: 'full-reload', path: '*' }, saved - 120_000],
      [{ type: 'full-reload', path: '*', triggeredBy: '/projet/src/pages/index.astro' }, saved],
      [{ type: 'full-reload', path: '/index.html' }, saved],
      [{ type: 'update', updates: [] }, saved],
      ['astro:content-changed', saved],
    ] as const) {
      expect(markedReload(payload, last, saved + 500)).toBe(payload);
    }
  });
  it('knows the pages of Keystatic', () => {
    expect(isEditorPage('/keystatic')).toBe(true);
    expect(isEditorPage('/keystatic/collection/guides/create')).toBe(true);
    expect(isEditorPage('/guides/rsa/')).toBe(false);
    expect(isEditorPage('/keystatique/')).toBe(false);
  });
});
