/**
 * Keystatic's « + » button, which opens the menu of blocks (Étapes, Papiers à préparer, Lieu où aller…),
 * has no name: a screen reader says « bouton », and its tooltip says « Insert » in English. This
 * integration gives it a French name, « Insérer un bloc », in the code Vite serves (pre-bundled or not),
 * like src/editor/offline.ts. Keystatic's version is pinned (package.json); if its code changes, the
 * editor stops with a French message instead of silently keeping the button without a name.
 */
import type { AstroIntegration } from 'astro';
import { keystaticPatch } from './keystatic-patch.ts';

export const INSERT_LABEL = 'Insérer un bloc';

const MARKER = /function InsertBlockMenu\(\)/;
const BUTTON = /(jsxs\(ActionButton, \{)(\s*(?:marginY: "regular",\s*)?marginEnd: entryLayoutPane === 'main' \? undefined : 'medium',\s*children: \[\/\*#__PURE__\*\/jsx\(Icon, \{\s*src: plusIcon)/g;
const TOOLTIP = /(jsx\(Text, \{\s*children: )"Insert"(\s*\}\), \/\*#__PURE__\*\/jsx\(Kbd, \{\s*children: "\/")/g;

/** The code with the « + » buttons named in French; undefined when the file has no such button. */
export function withNamedInsertButton(code: string, id: string): string | undefined {
  if (!MARKER.test(code)) return undefined;
  let buttons = 0;
  const out = code
    .replace(BUTTON, (_all, start: string, rest: string) => {
      buttons += 1;
      return `${start} "aria-label": ${JSON.stringify(INSERT_LABEL)},${rest}`;
    })
    .replace(TOOLTIP, (_all, start: string, rest: string) => `${start}${JSON.stringify(INSERT_LABEL)}${rest}`);
  if (buttons === 0) throw new Error(`Le bouton « + » de l’éditeur n’a pas été trouvé dans ${id} : mettez à jour src/editor/insert-button.ts.`);
  return out;
}

export function namedInsertButton(): AstroIntegration {
  return keystaticPatch('editeur-bouton-inserer', withNamedInsertButton);
}
