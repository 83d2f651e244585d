/** The format of a pasted text: a guide (header or components) is MDX, anything else Markdown. */
export function formatOfText(text: string): 'mdx' | 'md' {
  if (/^\uFEFF?---\r?\n/.test(text)) return 'mdx';
  if (/<[A-Z][A-Za-z]*[\s/>]/.test(text) || /^(import|export)\s/m.test(text)) return 'mdx';
  return 'md';
}
