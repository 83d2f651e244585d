import { describe, expect, it } from 'vitest';
import { renderGuide } from '../../src/site/render-guide.ts';

/** What Astro throws when a guide's compiled text is not imported yet (astro/dist/content/runtime.js). */
function notReadyError(id: string): Error {
  const error = new Error(`Unexpected error while rendering  → ${id}.`);
  error.name = 'UnknownContentCollectionError';
  return error;
}

describe('renderGuide', () => {
  it('gives the rendered guide when Astro can render it', async () => {
    await expect(renderGuide(async () => 'texte', { dev: true })).resolves.toEqual({ ready: true, rendered: 'texte' });
    await expect(renderGuide(async () => 'texte', { dev: false })).resolves.toEqual({ ready: true, rendered: 'texte' });
  });

  it('in astro dev, a guide not ready yet (just created in the editor) gives the waiting page, not an error', async () => {
    await expect(renderGuide(async () => Promise.reject(notReadyError('essai-editeur')), { dev: true })).resolves.toEqual({ ready: false });
  });

  it('in astro dev, a broken guide still shows its error (no waiting page that reloads forever)', async () => {
    const broken = new Error('Could not parse expression with acorn');
    await expect(renderGuide(async () => Promise.reject(broken), { dev: true })).rejects.toBe(broken);
  });

  it('in a build, the error stays an error: a guide that cannot be rendered is never published as a waiting page', async () => {
    await expect(renderGuide(async () => Promise.reject(notReadyError('domiciliation')), { dev: false })).rejects.toThrow('domiciliation');
  });
});
