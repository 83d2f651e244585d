/**
 * What the dev panel says when Astro could not render a guide's page (Vite's `vite:error`, whose
 * overlay is turned off): in French, with the line of the guide when the error names one, and what
 * to do. Authors do not read the terminal: the panel never sends them there.
 */

/** The part of Vite's error that says where (`ErrorPayload['err']`). */
export interface RenderError {
  id?: string;
  loc?: { file?: string; line: number; column: number };
}

export function renderErrorText(error: RenderError | undefined): string {
  const file = (error?.loc?.file ?? error?.id ?? '').replace(/[?#].*$/, '');
  const name = file.split(/[\\/]/).pop() ?? '';
  // A line of a component's own code (src/components/…) would send the author to a file they never open.
  const inGuide = /\.mdx?$/.test(name);
  const line = error?.loc?.line;
  const where =
    inGuide && line !== undefined && Number.isInteger(line) && line > 0
      ? ` Le problème est près de la ligne ${line} du fichier ${name}.`
      : inGuide
        ? ` Le problème est dans le fichier ${name}.`
        : '';
  return `Le site n’a pas pu afficher tout le guide.${where} Vérifiez les noms des composants, les balises < > et les accolades { } près de votre dernière modification, puis enregistrez. Si ce message reste, demandez de l’aide à la personne qui s’occupe du site.`;
}
