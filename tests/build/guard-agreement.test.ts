import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { guardMdx } from '../../src/astro/guard-mdx.ts';
import { allowListOf, severityOf } from '../../src/engine/index.ts';
import { guardGuide } from '../../src/engine/guard.ts';
import { cannotBeShown } from '../../src/engine/refusal.ts';
import { createFalcChecker } from '../../src/falc.ts';
import { allowListIn } from '../../src/node/load-config.ts';
import { GUIDE_FRONTMATTER } from '../helpers.ts';

const logger = { error: () => {}, info: () => {}, warn: () => {} } as unknown as AstroIntegrationLogger;
const PATH = '/projet/content/guides/essai.mdx';

/** The three faces on one guide with one configuration: does each refuse it? */
async function decisions(config: unknown, body: string) {
  const code = `${GUIDE_FRONTMATTER}\nVous allez à la mairie.\n\n${body}\n`;
  const checked = await createFalcChecker(config).check(new VFile({ path: 'content/guides/essai.mdx', value: code }));
  const plugin = guardMdx({ command: 'dev', logger, trusted: ['/projet/src/'], allowList: () => allowListOf(config) });
  let build = false;
  try {
    build = plugin.transform.handler(code, PATH) !== null;
  } catch {
    build = true;
  }
  return {
    // falc check: an error stops `falc check` (exit 1) and the build's check of the guides.
    check: checked.messages.some((message) => severityOf(message) === 'error' && ['code-interdit', 'composant', 'italique', 'souligne'].includes(message.ruleId ?? '')),
    // astro build / astro dev: the Vite guard in front of the MDX compiler.
    build,
    // astro dev: the French error page instead of the guide.
    dev: cannotBeShown(checked),
    guard: guardGuide(new VFile({ path: PATH, value: code }), allowListOf(config)),
  };
}

const CASES: Array<[string, unknown, string, boolean]> = [
  ['a component the project allows', { rules: { composant: { options: { allow: ['Carte'] } } } }, '<Carte ville="Lyon" />', false],
  ['the same component without the allow list', {}, '<Carte ville="Lyon" />', true],
  ['an allowed component with a javascript: address', { rules: { composant: { options: { allow: ['Carte'] } } } }, '<Carte lien="javascript:alert(1)" />', true],
  ['an allowed component, composant turned off', { rules: { composant: { severity: 'off', options: { allow: ['Carte'] } } } }, '<Carte ville="Lyon" />', false],
  ['code with code-interdit turned off', { rules: { 'code-interdit': 'off' } }, '{globalThis.process.exit(3)}', true],
  ['code with code-interdit as a warning', { rules: { 'code-interdit': 'warning' } }, '<script src="https://exemple.fr/a.js"></script>', true],
  ['an unknown attribute with composant turned off', { rules: { composant: 'off' } }, '<Lieu nom="Mairie" couleur="rouge" />', true],
  ['<em> in the langage-clair preset (italique is a warning there)', { preset: 'langage-clair' }, 'Vous signez <em>vite</em>.', true],
  ['code behind a falc-ignore comment', {}, '{/* falc-ignore code-interdit */}\n\n<div onclick="alert(1)">Cliquez.</div>', true],
  ['a guide with only the site’s components', { rules: { 'code-interdit': 'off' } }, '<Lieu nom="Mairie" lien="https://www.mairie.fr/" />', false],
];

describe('falc check, astro build and astro dev take the same decision (one allow-list, one configuration reader)', () => {
  it.each(CASES)('%s', async (_label, config, body, refused) => {
    expect(await decisions(config, body)).toEqual({ check: refused, build: refused, dev: refused, guard: refused });
  }, 60_000);

  it('reads the allow list of falc.config.json as the checker does, after the preset', () => {
    expect(allowListOf({ rules: { composant: { options: { allow: ['Carte', 'Frise'] } } } })).toEqual({ components: ['Carte', 'Frise'] });
    expect(allowListOf({ rules: { composant: 'warning' } })).toEqual({ components: [] });
    // A broken configuration adds nothing: the strictest list.
    expect(allowListOf(null)).toEqual({ components: [] });
    expect(allowListOf({ rules: { composant: { options: { allow: 'Carte' } } } })).toEqual({ components: [] });
  });

  it('reads falc.config.json from the project folder at each call (astro dev follows a saved configuration)', () => {
    const root = mkdtempSync(join(tmpdir(), 'falc-allow-'));
    try {
      expect(allowListIn(root)).toEqual({ components: [] });
      writeFileSync(join(root, 'falc.config.json'), JSON.stringify({ rules: { composant: { options: { allow: ['Carte'] } } } }));
      expect(allowListIn(root)).toEqual({ components: ['Carte'] });
      writeFileSync(join(root, 'falc.config.json'), '{ pas du JSON');
      expect(allowListIn(root)).toEqual({ components: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
