const counters = new Map<string, number>();

/** A new id for an element, unique in the build (and so in the page): `prefix-1`, `prefix-2`… */
export function nextId(prefix: string): string {
  const next = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, next);
  return `${prefix}-${next}`;
}

interface PageIds {
  falcIds?: Map<string, number>;
}

/**
 * An id unique in one page (counted in `Astro.locals`, which lives as long as the page's render):
 * `prefix` the first time, then `prefix-2`, `prefix-3`… So the page can link to the first one
 * (`#def-ccas`) without knowing how many other pages were built before it.
 */
export function pageId(locals: object, prefix: string): string {
  const page = locals as PageIds;
  page.falcIds ??= new Map();
  const next = (page.falcIds.get(prefix) ?? 0) + 1;
  page.falcIds.set(prefix, next);
  return next === 1 ? prefix : `${prefix}-${next}`;
}
