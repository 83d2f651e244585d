import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createFalcChecker } from '../../src/falc.ts';
import { loadResources } from '../../src/node/load-resources.ts';
import { mechanicalFix, plainMessages, quoteAround } from '../../src/browser/plain-messages.ts';
import { browserConfig, loadBrowserResources } from '../../src/browser/load-resources.ts';
import { formatOfText } from '../../src/browser/text-format.ts';
import { readabilityInWords } from '../../src/pages/verifier/_scores.ts';
import { guideFromText } from '../../src/pages/verifier/_template.ts';

async function check(text: string, path = 'texte.md'): Promise<VFile> {
  const checker = createFalcChecker({ rules: { orthographe: 'off' } }, await loadResources({ spelling: false }));
  const file = new VFile({ value: text, path });
  await checker.check(file);
  return file;
}

describe('plain messages for the /verifier/ page and the dev panel', () => {
  it('gives a mechanical fix for « trois », « n° », a date and an hour, at the reported place', async () => {
    const text = 'Votre dossier n° 4 arrive le 03/04/2026 à 09:30. Vous avez trois enfants.\n';
    const messages = plainMessages(await check(text));
    const fixes = messages.filter((message) => message.fix !== undefined).map((message) => [text.slice(message.start, message.end), message.fix]);
    expect(fixes).toEqual([
      ['n°', 'numéro'],
      ['03/04/2026', '3 avril 2026'],
      ['09:30', '9 h 30'],
      ['trois', '3'],
    ]);
  }, 30_000);

  it('gives no fix when the suggestion can change the meaning (an acronym spelled out)', async () => {
    const messages = plainMessages(await check('La CAF vous répond.\n'));
    const sigle = messages.find((message) => message.ruleId === 'sigle');
    expect(sigle?.expected?.length).toBeGreaterThan(0);
    expect(sigle?.fix).toBeUndefined();
  }, 30_000);

  it('takes the engine’s own `fix` when a message has one', async () => {
    const file = new VFile({ value: 'abc' });
    const message = file.message('x', { ruleId: 'sigle' });
    (message as unknown as { fix: unknown }).fix = { text: 'caisse' };
    expect(mechanicalFix(message, 'abc')).toBe('caisse');
  });

  it('quotes the sentence around a problem', () => {
    const text = 'Première phrase. Vous avez trois enfants. Dernière phrase.';
    const start = text.indexOf('trois');
    expect(quoteAround(text, start, start + 5)).toBe('Vous avez trois enfants.');
  });
});

describe('the browser resources', () => {
  it('load the same frequencies and glossary as the Node adapter, with spelling turned off', async () => {
    const browser = loadBrowserResources();
    const node = await loadResources({ spelling: false });
    expect(browser.glossary?.map((entry) => entry.term)).toEqual(node.glossary?.map((entry) => entry.term));
    expect(browser.frequencies?.forms.size).toBe(node.frequencies?.forms.size);
    expect((browserConfig().rules as Record<string, unknown>).orthographe).toBe('off');
  }, 30_000);
});

describe('the /verifier/ page helpers', () => {
  it('checks a guide (header or components) as MDX, anything else as Markdown', () => {
    expect(formatOfText('---\ntitle: x\n---\n')).toBe('mdx');
    expect(formatOfText('<Etapes>\n<Etape titre="a">b</Etape>\n</Etapes>')).toBe('mdx');
    expect(formatOfText('Un texte avec 3 < 4.')).toBe('md');
  });

  it('says the score in words first', () => {
    expect(readabilityInWords({ words: 80, kandelMoles: 82, lix: 20 })).toMatch(/^Texte facile à lire\. \(Score de lisibilité 82 sur 100/);
    expect(readabilityInWords({ words: 80, kandelMoles: 45 })).toMatch(/^Texte difficile à lire/);
    expect(readabilityInWords({ words: 0 })).toBe('');
  });

  it('downloads a text as a guide with a header that the site accepts', () => {
    const guide = guideFromText('Vous avez 3 enfants.', new Date('2026-11-30T10:00:00Z'));
    expect(guide).toMatch(/^---\ntitle: .+\ndescription: .+\nlang: fr\nupdated: 2026-11-30\nstatus: brouillon\nsources:\n/);
    expect(guide.endsWith('\n\nVous avez 3 enfants.\n')).toBe(true);
    const whole = '---\ntitle: Mon guide\n---\n\nTexte.';
    expect(guideFromText(whole)).toBe(`${whole}\n`);
  });
});
