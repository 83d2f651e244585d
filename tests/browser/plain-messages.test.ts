import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { createFalcChecker } from '../../src/falc.ts';
import { loadResources, loadSpellingLookup, SPELLING_LOOKUP } from '../../src/node/load-resources.ts';
import { mechanicalFix, plainMessages, quoteAround } from '../../src/browser/plain-messages.ts';
import { browserConfig, fetchSpellingLookup, loadBrowserResources } from '../../src/browser/load-resources.ts';
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
  it('gives each message its rule’s French name, for the link to the rule’s page', async () => {
    const messages = plainMessages(await check('Vous ne payez pas la cantine. Vous avez trois enfants.\n'));
    expect(messages.map((message) => [message.ruleId, message.ruleTitle])).toEqual([
      ['negation', 'Phrase négative'],
      ['nombre-en-lettres', 'Nombre écrit en lettres'],
    ]);
    const { ruleLinkText } = await import('../../src/browser/message-item.ts');
    expect(ruleLinkText(messages[0]!)).toBe('La règle « Phrase négative »');
    expect(ruleLinkText({ ruleId: 'syntaxe-mdx', ruleTitle: undefined })).toBe('La règle « syntaxe-mdx »');
  }, 30_000);

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

  it('offers exactly the engine’s fixes, those of falc check --fix: none for a quoted word', async () => {
    const text = 'Le mot « trois » s’écrit en lettres. Vous avez trois enfants.\n';
    const file = await check(text);
    const messages = plainMessages(file);
    expect(messages.filter((message) => message.fix !== undefined).map((message) => [message.start, message.fix])).toEqual(
      file.messages.filter((message) => message.fix).map((message) => [message.fix!.range[0], message.fix!.text]),
    );
    expect(messages.filter((message) => message.fix !== undefined).map((message) => message.start)).toEqual([text.lastIndexOf('trois')]);
    expect(mechanicalFix(file.messages.find((message) => message.fix)!)).toBe('3');
  }, 30_000);

  it('quotes the sentence around a problem', () => {
    const text = 'Première phrase. Vous avez trois enfants. Dernière phrase.';
    const start = text.indexOf('trois');
    expect(quoteAround(text, start, start + 5)).toBe('Vous avez trois enfants.');
  });
});

describe('the browser resources', () => {
  it('load the same frequencies, glossary and rules as the Node adapter', async () => {
    const browser = loadBrowserResources();
    const node = await loadResources({ spelling: false });
    expect(browser.glossary?.map((entry) => entry.term)).toEqual(node.glossary?.map((entry) => entry.term));
    expect(browser.frequencies?.forms.size).toBe(node.frequencies?.forms.size);
    const { $schema: _schema, ...project } = JSON.parse(readFileSync('falc.config.json', 'utf8')) as Record<string, unknown>;
    expect(browserConfig()).toEqual(project);
  }, 30_000);

  it('fetch the same spelling lookup file as falc check, and do without it when it cannot be fetched', async () => {
    const bytes = readFileSync(SPELLING_LOOKUP);
    const asked: string[] = [];
    const answer = (ok: boolean) => async (url: string | URL | Request) => {
      asked.push(String(url));
      if (!ok) throw new TypeError('Failed to fetch');
      return new Response(bytes);
    };
    const original = globalThis.fetch;
    try {
      globalThis.fetch = answer(true) as typeof fetch;
      const lookup = await fetchSpellingLookup();
      expect(lookup?.correct('dossier')).toBe(true);
      expect(lookup?.correct('dossié')).toBe(false);
      expect(lookup?.header).toEqual(loadSpellingLookup()?.header);
      expect(asked[0]).toMatch(/formes[^/]*\.dawg/);
      globalThis.fetch = answer(false) as typeof fetch;
      expect(await fetchSpellingLookup()).toBeUndefined();
    } finally {
      globalThis.fetch = original;
    }
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
    expect(readabilityInWords({ words: 80, kandelMoles: 45 })).toMatch(/^Texte assez difficile à lire/);
    expect(readabilityInWords({ words: 80, kandelMoles: 30 })).toMatch(/^Texte difficile à lire/);
    // The words agree with the `lisibilite` rule and with `falc check`: a score of 61 with too many long
    // words (indice 43, over 40) is not « assez facile ».
    expect(readabilityInWords({ words: 80, kandelMoles: 61, lix: 43 })).toMatch(/^Texte assez difficile à lire\. \(Score de lisibilité 61 sur 100, indice de difficulté 43\.\)$/);
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
