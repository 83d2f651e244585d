/**
 * Renders a guide's text, or says that it is not ready yet. In `astro dev` (the preview and the editor),
 * a guide just created is in the content store a moment before Astro has written the import of its
 * compiled text (`.astro/content-modules.mjs`, written half a second later, more on a busy machine).
 * A page asked for in between made Astro throw « Unexpected error while rendering », in English, and the
 * page stayed broken until the author reloaded it. In dev, the page now says in French that the guide is
 * being prepared and reloads itself (see GuidePage.astro). In a build, an error stays an error.
 */
export type RenderedGuide<T> = { ready: true; rendered: T } | { ready: false };

/** Seconds before the waiting page asks for the guide again. */
export const RELOAD_AFTER_SECONDS = 1;

/**
 * The error Astro throws when the guide's compiled text cannot be found (its import is missing). Any other
 * error (a broken MDX file, a component that fails) is shown as it is, with Astro's error page: a waiting
 * page that reloads forever would hide it from the author.
 */
export function isNotReady(error: unknown): boolean {
  return error instanceof Error && error.name === 'UnknownContentCollectionError' && error.message.startsWith('Unexpected error while rendering');
}

export async function renderGuide<T>(render: () => Promise<T>, options: { dev: boolean }): Promise<RenderedGuide<T>> {
  try {
    return { ready: true, rendered: await render() };
  } catch (error) {
    if (!options.dev || !isNotReady(error)) throw error;
    return { ready: false };
  }
}
