/**
 * Keystatic 0.6.9 translates about 25 words of its interface (`locale: 'fr-FR'`); the other words an
 * author meets while writing a guide are written in English in its code: the text's placeholder, the
 * « Paragraph » / « Heading 2 » list, the buttons' names (« Bold », « Bullet list »…), « Edit », « Insert »
 * and « Done » on the blocks, « Add item » and « Empty list » for the sources, the menu of the entry
 * (« Reset changes », « Copy entry »…) and the fields' error messages (« … is required »). This
 * integration writes them in French in the code Vite serves, like src/editor/insert-button.ts.
 *
 * Each replacement is an exact piece of Keystatic's code: tests/editor/french-ui.test.ts checks that
 * each one is still found in the pinned version (package.json), and that the English words are gone.
 */
import type { AstroIntegration } from 'astro';
import { keystaticPatch } from './keystatic-patch.ts';

export interface Translation {
  /** The English text in Keystatic's code (with enough code around it to touch nothing else). */
  english: string | RegExp;
  french: string;
}

export const TRANSLATIONS: Translation[] = [
  // The text of the guide.
  { english: `placeholderPlugin('Start writing or press "/" for commands…')`, french: `placeholderPlugin('Écrivez votre texte ici. Pour ajouter un bloc, tapez « / ».')` },
  { english: 'placeholder: "Start writing or press \\"/\\" for commands...",', french: 'placeholder: "Écrivez votre texte ici. Pour ajouter un bloc, tapez « / ».",' },
  { english: "name: 'Paragraph',", french: "name: 'Paragraphe'," },
  { english: 'name: `Heading ${level}`,', french: 'name: `Titre ${level}`,' },
  { english: 'label: `Heading ${level}`,', french: 'label: `Titre ${level}`,' },
  { english: '"aria-label": "Text block",', french: '"aria-label": "Sorte de texte",' },
  { english: '"aria-label": "Formatting options",', french: '"aria-label": "Mise en forme",' },
  { english: '"aria-label": "Text formatting",', french: '"aria-label": "Mise en forme du texte",' },
  { english: '"aria-label": "Lists",', french: '"aria-label": "Listes",' },
  { english: '"aria-label": "Blocks",', french: '"aria-label": "Blocs",' },
  { english: "label: 'Bold',", french: "label: 'Gras'," },
  { english: "label: 'Italic',", french: "label: 'Italique'," },
  { english: "label: 'Strikethrough',", french: "label: 'Barré'," },
  { english: "label: 'Clear formatting',", french: "label: 'Enlever la mise en forme'," },
  { english: "label: 'Bullet list',", french: "label: 'Liste à puces'," },
  { english: "label: 'Numbered list',", french: "label: 'Liste numérotée'," },
  { english: '"aria-label": "Divider",', french: '"aria-label": "Ligne de séparation",' },
  { english: 'children: "Divider"', french: 'children: "Ligne de séparation"' },
  { english: '"aria-label": "Quote",', french: '"aria-label": "Citation",' },
  { english: 'children: "Quote"', french: 'children: "Citation"' },
  // The blocks (Étapes, Lieu où aller…) and their forms.
  { english: /(children: \[?)"Edit"/g, french: '$1"Modifier"' },
  { english: 'children: ["Edit ", ', french: 'children: ["Modifier : ", ' },
  { english: 'children: "Edit item"', french: 'children: "Modifier l’élément"' },
  { english: /children: "Insert"(?=\s*\}\) : |\s*\}\), \/\*#__PURE__\*\/jsx\(Menu, )/g, french: 'children: "Ajouter"' },
  { english: 'children: "Done"', french: 'children: "Valider"' },
  // A list field (the sources of a guide).
  { english: 'children: "Add item"', french: 'children: "Ajouter un élément"' },
  { english: 'children: "Empty list"', french: 'children: "La liste est vide"' },
  { english: 'children: "Add the first item to see it here."', french: 'children: "Cliquez sur « Ajouter » pour écrire la première."' },
  // The fields' messages.
  { english: '`${label} is required`', french: '`Écrivez « ${label} » : ce champ est obligatoire.`' },
  { english: '`${fieldLabel} must not be empty`', french: '`Écrivez « ${fieldLabel} » : ce champ ne peut pas être vide.`' },
  { english: '`${fieldLabel} must be at least ${min} characters long`', french: '`« ${fieldLabel} » : écrivez au moins ${min} signes.`' },
  { english: '`${fieldLabel} must be no longer than ${max} characters`', french: '`« ${fieldLabel} » : écrivez ${max} signes au plus.`' },
  {
    english: "`Must have at least ${schema.validation.length.min} element${schema.validation.length.min === 1 ? '' : 's'}`",
    french: "`Ajoutez au moins ${schema.validation.length.min} élément${schema.validation.length.min === 1 ? '' : 's'}.`",
  },
  {
    english: "`Must have at most ${schema.validation.length.max} element${schema.validation.length.max === 1 ? '' : 's'}}`",
    french: "`Gardez ${schema.validation.length.max} élément${schema.validation.length.max === 1 ? '' : 's'} au plus.`",
  },
  // A list with too few or too many items (« Must have at least 1 item. »): $1 is the number's name in the code.
  {
    english: /`Must have at least \$\{pluralize\((\w+), \{\s*singular: (["'])item\2\s*\}\)\}\.`/g,
    french: "`Ajoutez au moins ${$1} élément${$1 === 1 ? '' : 's'}.`",
  },
  {
    english: /`Must have at most \$\{pluralize\((\w+), \{\s*singular: (["'])item\2\s*\}\)\}\.`/g,
    french: "`Gardez ${$1} élément${$1 === 1 ? '' : 's'} au plus.`",
  },
  // The name of the file (slug).
  { english: '"aria-label": "regenerate",', french: '"aria-label": "Refaire ce nom à partir du titre",' },
  { english: 'children: "Regenerate"', french: 'children: "Refaire ce nom à partir du titre"' },
  // The menu of a guide, at the top.
  { english: 'label: "Reset changes"', french: 'label: "Annuler les changements"' },
  { english: "label: 'Reset',", french: "label: 'Annuler les changements'," },
  { english: 'label: "Delete entry\\u2026"', french: 'label: "Supprimer\\u2026"' },
  { english: 'title: "Delete entry"', french: 'title: "Supprimer"' },
  { english: /label: (["'])Copy entry\1/g, french: 'label: "Copier"' },
  { english: /label: (["'])Paste entry\1/g, french: 'label: "Coller"' },
  { english: 'label: "Duplicate entry\\u2026"', french: 'label: "Dupliquer\\u2026"' },
  // Around the page.
  { english: '"aria-label": "Open app navigation",', french: '"aria-label": "Ouvrir le menu",' },
  { english: '"aria-label": "theme",', french: '"aria-label": "Couleurs claires ou sombres",' },
  { english: 'title: "Not found"', french: 'title: "Page introuvable"' },
  { english: 'children: "Not found"', french: 'children: "Page introuvable"' },
  { english: 'message: "This page could not be found."', french: 'message: "Cette page n’existe pas. Choisissez un guide dans le menu."' },
  // The badge beside the guide's name when the form has changes not saved yet.
  { english: 'children: "Unsaved"', french: 'children: "Pas encore enregistré"' },
  // The handle between the form and the FALC messages (@keystar/ui, Keystatic's components).
  { english: '"aria-label": "Resize",', french: '"aria-label": "Changer la largeur des colonnes",' },
];

/** The files translated: Keystatic's code, and the split view of @keystar/ui (the « Resize » handle). */
export const TRANSLATED_FILES = /@keystatic[\\/]core[\\/]dist[\\/]|@keystar[\\/]ui[\\/]dist[\\/]keystar-ui-split-view\.js/;

/** How many times each translation was applied to this code, in the order of TRANSLATIONS. */
export function translate(code: string): { code: string; counts: number[] } {
  const counts: number[] = [];
  let out = code;
  for (const { english, french } of TRANSLATIONS) {
    let count = 0;
    if (typeof english === 'string') {
      const parts = out.split(english);
      count = parts.length - 1;
      out = parts.join(french);
    } else {
      // Global expressions: `$1`, `$2`… in the French text stand for the groups.
      count = out.match(english)?.length ?? 0;
      out = out.replace(english, french);
    }
    counts.push(count);
  }
  return { code: out, counts };
}

/** Keystatic's code with its English words in French; undefined when nothing changed. */
export function withFrenchInterface(code: string): string | undefined {
  const { code: out, counts } = translate(code);
  return counts.some((count) => count > 0) ? out : undefined;
}

export function frenchInterface(): AstroIntegration {
  // With the translations as data: a changed word makes Vite prepare Keystatic's code again.
  return keystaticPatch('editeur-francais', withFrenchInterface, TRANSLATIONS, TRANSLATED_FILES);
}
