/** A guide file (`.mdx`) from the text of the page: the text as it is when it has a header, or the template. */
export function guideFromText(text: string, today = new Date()): string {
  if (/^\uFEFF?---\r?\n/.test(text)) return text.endsWith('\n') ? text : `${text}\n`;
  const date = today.toISOString().slice(0, 10);
  return `---
title: Écrivez ici le titre du guide
description: Écrivez ici en une phrase ce que le guide aide à faire.
lang: fr
updated: ${date}
status: brouillon
sources:
  - label: Écrivez ici le nom de la source officielle
    url: https://www.service-public.fr/
---

${text.trim()}
`;
}
