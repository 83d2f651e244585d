const counters = new Map<string, number>();

/** A new id for an element, unique in the build (and so in the page): `prefix-1`, `prefix-2`… */
export function nextId(prefix: string): string {
  const next = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, next);
  return `${prefix}-${next}`;
}
