import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSLATED_FILES, TRANSLATIONS, translate, withFrenchInterface } from '../../src/editor/french-ui.ts';
import { patchName } from '../../src/editor/keystatic-patch.ts';

const require = createRequire(import.meta.url);
const DIST = join(dirname(require.resolve('@keystatic/core/package.json')), 'dist');
// Keystatic's browser code (not the Node, worker or React Server builds).
const keystaticFiles = readdirSync(DIST).filter((name) => name.endsWith('.js') && !/\.(node|worker|react-server)\b/.test(name));
// The split view of @keystar/ui (the handle between the form and the FALC messages), as Keystatic resolves it.
const SPLIT_VIEW = join(dirname(createRequire(require.resolve('@keystatic/core/package.json')).resolve('@keystar/ui/package.json')), 'dist', 'keystar-ui-split-view.js');
const files = [...keystaticFiles.map((name) => join(DIST, name)), SPLIT_VIEW];

// English words an author met in the editor (README, « Ce qui reste en anglais »): none is left.
const ENGLISH = [
  'Start writing or press',
  "name: 'Paragraph'",
  'name: `Heading ${level}`',
  '"aria-label": "Text block"',
  "label: 'Bold'",
  "label: 'Italic'",
  "label: 'Clear formatting'",
  "label: 'Bullet list'",
  "label: 'Numbered list'",
  '"aria-label": "Quote"',
  'children: "Edit"',
  'children: ["Edit ", ',
  'children: "Done"',
  'children: "Add item"',
  'children: "Empty list"',
  'Add the first item to see it here.',
  'label: "Reset changes"',
  'label: "Copy entry"',
  'label: "Paste entry"',
  '"aria-label": "regenerate"',
  '`${label} is required`',
  '`${fieldLabel} must be no longer than ${max} characters`',
  '`Must have at least ${pluralize(',
  '"aria-label": "Resize"',
  'children: "Unsaved"',
];

describe('the editor’s interface is in French (src/editor/french-ui.ts)', () => {
  const translated = files.map((name) => ({ name, before: readFileSync(name, 'utf8') })).map((file) => ({ ...file, ...translate(file.before) }));

  it('finds each English text in Keystatic’s pinned code', () => {
    TRANSLATIONS.forEach((translation, index) => {
      const found = translated.reduce((sum, file) => sum + (file.counts[index] ?? 0), 0);
      expect(found, String(translation.english)).toBeGreaterThan(0);
    });
  });

  it('leaves none of the English words an author met', () => {
    for (const english of ENGLISH) {
      expect(translated.some((file) => file.before.includes(english)), english).toBe(true);
      expect(translated.filter((file) => file.code.includes(english)).map((file) => file.name), english).toEqual([]);
    }
    const all = translated.map((file) => file.code).join('\n');
    expect(all).toContain('Écrivez votre texte ici. Pour ajouter un bloc, tapez « / ».');
    expect(all).toContain("name: 'Paragraphe'");
    expect(all).toContain('children: "Valider"');
    expect(all).toContain('"aria-label": "Changer la largeur des colonnes"');
    expect(all).toContain("`Ajoutez au moins ${minLength} élément${minLength === 1 ? '' : 's'}.`");
  });

  it('rewrites Keystatic’s code and the split view of @keystar/ui, not the rest of @keystar/ui', () => {
    expect(TRANSLATED_FILES.test(SPLIT_VIEW.replaceAll('\\', '/'))).toBe(true);
    expect(TRANSLATED_FILES.test(join(DIST, 'keystatic-core-ui.js').replaceAll('\\', '/'))).toBe(true);
    expect(TRANSLATED_FILES.test('/x/node_modules/@keystar/ui/dist/keystar-ui-button.js')).toBe(false);
  });

  it('keeps the « + » button’s tooltip, and the code of other files', () => {
    // « Insert » is translated on the blocks (Étapes), not in the tooltip that insert-button.ts names.
    const code = 'jsx(Text, {\n          children: "Insert"\n        }), /*#__PURE__*/jsx(Kbd, {';
    expect(withFrenchInterface(code)).toBeUndefined();
    expect(withFrenchInterface('export const a = 1;')).toBeUndefined();
  });

  it('changes the plugin’s name when a translation changes, so that Vite does not serve its old pre-bundled code', () => {
    const changed = TRANSLATIONS.map((translation, index) => (index === 0 ? { ...translation, french: 'Écrivez ici.' } : translation));
    expect(patchName('editeur-francais', withFrenchInterface, TRANSLATIONS)).toBe(patchName('editeur-francais', withFrenchInterface, TRANSLATIONS));
    expect(patchName('editeur-francais', withFrenchInterface, changed)).not.toBe(patchName('editeur-francais', withFrenchInterface, TRANSLATIONS));
    const regex = TRANSLATIONS.map((translation) => (translation.english instanceof RegExp ? { ...translation, english: /autre/g } : translation));
    expect(patchName('editeur-francais', withFrenchInterface, regex)).not.toBe(patchName('editeur-francais', withFrenchInterface, TRANSLATIONS));
  });
});
