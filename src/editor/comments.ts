/**
 * Keystatic's MDX field cannot read MDX comments (`{/* … *\/}`: « Unhandled type mdxFlowExpression »),
 * and guides use them for notes to authors and for `falc-ignore`. Before Keystatic reads a guide, each
 * comment alone on its line becomes a `<NoteAuteur texte="…" />` block, which the form shows as a
 * « Note pour les auteurs » field; when Keystatic writes the guide, the block becomes the same comment again.
 * Pure text functions (no Node API): the editor runs them in the browser.
 */

export const NOTE_COMPONENT = 'NoteAuteur';

const COMMENT_LINE = /^([ \t]*)\{\/\*([\s\S]*?)\*\/\}[ \t]*$/gm;
const NOTE_LINE = new RegExp(`^([ \\t]*)<${NOTE_COMPONENT} texte="([^"]*)" />[ \\t]*$`, 'gm');

/** The comment can travel in a JSX attribute between double quotes and come back unchanged. */
function fitsInAttribute(text: string): boolean {
  return !/["{}<>\n&]/.test(text);
}

/** MDX comments alone on their line → `<NoteAuteur texte="…" />`, for Keystatic's MDX field. */
export function commentsToNotes(mdx: string): string {
  return mdx.replace(COMMENT_LINE, (line, indent: string, body: string) =>
    fitsInAttribute(body) ? `${indent}<${NOTE_COMPONENT} texte="${body}" />` : line,
  );
}

/** `<NoteAuteur texte="…" />` → the MDX comment it came from, after Keystatic wrote the guide. */
export function notesToComments(mdx: string): string {
  return mdx.replace(NOTE_LINE, (_line, indent: string, body: string) => `${indent}{/*${body}*/}`);
}
