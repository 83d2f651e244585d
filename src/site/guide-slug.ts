/**
 * The id of a guide from its file name, as Astro's glob loader makes it by default (`Mon-Guide.mdx` →
 * `mon-guide`): the content collection and the dev report name a guide the same way.
 */
export function slugOf(name: string): string {
  return name
    .replace(/\.mdx$/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_/-]+/gu, '-');
}
