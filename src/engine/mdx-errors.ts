/** Turns an MDX parser error (English) into a message for authors, in French. */
export function frenchMdxError(reason: string): string {
  const tag = /`<\/?([^`>]*)>`/.exec(reason)?.[1];
  if (/closing tag for `<([^`>]*)>`.*before the end of/.test(reason) || /Expected a closing tag for/.test(reason)) {
    return `La balise <${tag ?? ''}> n’est pas fermée. Ajoutez </${tag ?? ''}> à la fin de son contenu.`;
  }
  if (/Unexpected closing tag/.test(reason)) {
    const expected = /expected corresponding closing tag for `<([^`>]*)>`/.exec(reason)?.[1];
    return expected
      ? `La balise fermante </${tag ?? ''}> ne correspond pas à la balise ouverte <${expected}>. Vérifiez l’ordre des balises.`
      : `La balise fermante </${tag ?? ''}> n’a pas de balise ouverte. Supprimez-la ou ajoutez <${tag ?? ''}> avant.`;
  }
  if (/to create a comment in MDX/.test(reason)) {
    return 'Les commentaires <!-- --> ne marchent pas dans un fichier MDX. Écrivez {/* votre commentaire */}.';
  }
  if (/Unexpected end of file/.test(reason)) {
    return 'Le fichier se termine alors qu’une balise < > ou une accolade { } n’est pas fermée.';
  }
  const curly = /Unexpected character `([“”„‟«»‘’‚‛])` \(U\+[0-9A-F]+\) before attribute value/.exec(reason)?.[1];
  if (curly) {
    return `La valeur d’un attribut commence par le guillemet « ${curly} ». Le site ne le comprend pas. Écrivez des guillemets droits, par exemple titre="Signer".`;
  }
  if (/acorn|expression/i.test(reason)) {
    return 'Le texte entre accolades { } n’est pas valide. Pour écrire une accolade dans le texte, écrivez \\{ ou \\}.';
  }
  if (/in attribute value/.test(reason)) {
    return 'La valeur d’un attribut n’est pas fermée. Ajoutez le guillemet " qui manque.';
  }
  if (/Unexpected character `(.)`.*before name/.test(reason)) {
    return 'Le signe < commence une balise de composant. Pour écrire le signe < dans le texte, écrivez \\<.';
  }
  return 'Le fichier MDX n’est pas valide à cet endroit. Vérifiez les balises < > et les accolades { }.';
}

/** The place written in an MDX error such as « Expected a closing tag for `<Etape>` (3:1-3:49) ». */
export function placeInReason(reason: string): { start: { line: number; column: number }; end: { line: number; column: number } } | undefined {
  const match = /\((\d+):(\d+)(?:-(\d+):(\d+))?\)/.exec(reason);
  if (!match) return undefined;
  const start = { line: Number(match[1]), column: Number(match[2]) };
  const end = match[3] ? { line: Number(match[3]), column: Number(match[4]) } : start;
  return { start, end };
}
