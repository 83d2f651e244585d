import { describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { guardMdx } from '../../src/astro/guard-mdx.ts';
import { GUIDE_FRONTMATTER } from '../helpers.ts';

const logger = { error: () => {}, info: () => {}, warn: () => {} } as unknown as AstroIntegrationLogger;
const plugin = guardMdx({ command: 'dev', logger, trusted: ['/projet/src/'] });

describe('the Vite guard in front of the MDX compiler', () => {
  it('runs before the MDX compiler, on the same files', () => {
    expect(plugin.enforce).toBe('pre');
    expect(plugin.transform.filter.id.test('/projet/content/guides/a.mdx')).toBe(true);
    expect(plugin.transform.filter.id.test('/projet/content/guides/a.mdx?astroPropagatedAssets')).toBe(false);
  });

  it('lets a guide with Markdown, components and comments through, unchanged', () => {
    const code = `${GUIDE_FRONTMATTER}\n{/* une note */}\n\n<Etapes>\n<Etape titre="Signer" picto="signer">\nVous signez.\n</Etape>\n</Etapes>\n`;
    expect(plugin.transform.handler(code, '/projet/content/guides/a.mdx')).toBeNull();
  });

  it('refuses code in dev with the French message, the file and the line', () => {
    const code = `${GUIDE_FRONTMATTER}\nVous signez.\n\n{globalThis.process.exit(3)}\n`;
    expect(() => plugin.transform.handler(code, '/projet/content/guides/a.mdx')).toThrow(
      /\/projet\/content\/guides\/a\.mdx\n {2}14:1 +erreur +Le texte entre accolades \{ \} est du code\./,
    );
  });

  it('refuses a guide it cannot parse: what the checker cannot read, the build does not compile', () => {
    expect(() => plugin.transform.handler('<Etapes>\nVous signez.\n', '/projet/content/guides/a.mdx')).toThrow(/La balise <Etapes> n’est pas fermée/);
  });

  it('leaves the site’s own MDX files (src/) to the developers', () => {
    expect(plugin.transform.handler("import X from './x.astro'\n\n<X />\n", '/projet/src/components/exemple.mdx')).toBeNull();
  });
});
