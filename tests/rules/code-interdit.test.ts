import { describe, expect, it } from 'vitest';
import { isAllowedLink, isCommentOnly, isLocalImage, looksLikeAddress } from '../../src/engine/allow-list.ts';
import { GUIDE_FRONTMATTER, messagesFor } from '../helpers.ts';

/** Every payload of issue 8, with the line where the message must be. */
const PAYLOADS: Array<[string, string, number, RegExp]> = [
  ['export with require child_process', "export const a = (() => { require('child_process').execSync('touch pwned') })()", 1, /import » ou « export » : c’est du code/],
  ['ESM import of node:child_process', "import { execSync } from 'node:child_process'\n\nexport const b = execSync('touch pwned')", 1, /c’est du code/],
  ['process.getBuiltinModule in text', "Vous signez. {process.getBuiltinModule('node:child_process').execSync('touch pwned')}", 1, /accolades \{ \} est du code/],
  ['import fs and readFileSync', "import fs from 'node:fs'\n\nLe nom : {fs.readFileSync('/etc/hostname', 'utf8')}.", 1, /c’est du code/],
  ['fetch in text', "{fetch('http://127.0.0.1:9/x')}", 1, /accolades \{ \} est du code/],
  ['fetch in an attribute', '<Etapes>\n<Etape titre={fetch(\'http://127.0.0.1:9/x\') && "Signer"} picto="signer">\nVous signez.\n</Etape>\n</Etapes>', 2, /attribut « titre » de la balise <Etape> est entre accolades/],
  ['process.exit', '{globalThis.process.exit(3)}', 1, /accolades \{ \} est du code/],
  ['a script with src', '<script src="https://exemple.fr/a.js"></script>', 1, /La balise <script> est du code HTML/],
  ['an inline script', '<script>{"alert(1)"}</script>', 1, /La balise <script>/],
  ['an iframe', '<iframe src="https://exemple.fr/"></iframe>', 1, /La balise <iframe>/],
  ['an img with onerror', '<img src="x" onerror="alert(1)" alt="" />', 1, /La balise <img>/],
  ['a div with onclick', '<div onclick="alert(1)">Cliquez.</div>', 1, /La balise <div>/],
  ['a style element', '<style>{"body { display: none }"}</style>', 1, /La balise <style>/],
  ['a javascript: Markdown link', 'Lisez [la page](javascript:alert(1)).', 1, /L’adresse du lien « javascript:alert\(1\) » n’est pas autorisée/],
  ['a javascript: link with odd case and a tab', 'Lisez [la page](<JaVa\tScRiPt:alert(1)>).', 1, /n’est pas autorisée/],
  ['a javascript: link by reference', 'Lisez [la page][a].\n\n[a]: javascript:alert(1)', 3, /n’est pas autorisée/],
  ['an <a> with javascript:', 'Lisez <a href="javascript:alert(1)">la page</a>.', 1, /La balise <a>/],
  ['a Lieu with a javascript: lien', '<Lieu nom="Mairie" lien="javascript:alert(1)" />', 1, /L’adresse « javascript:alert\(1\) » de la balise <Lieu> n’est pas autorisée/],
  ['a data: link', '[Voir](data:text/html,<script>alert(1)</script>)', 1, /n’est pas autorisée/],
  ['a third-party image', '![Un point](https://exemple.fr/pixel.gif)', 1, /L’image « https:\/\/exemple\.fr\/pixel\.gif » vient d’un autre site/],
  ['a protocol-relative image', '![Un point](//exemple.fr/pixel.gif)', 1, /vient d’un autre site/],
  ['an onclick on a component', '<Important onclick="alert(1)">\nGardez une copie.\n</Important>', 1, /L’attribut « onclick » de la balise <Important> est du code/],
  ['a style on a component', '<Important style="display:none">\nGardez une copie.\n</Important>', 1, /L’attribut « style »/],
  ['a spread attribute', '<Important {...globalThis}>\nGardez une copie.\n</Important>', 1, /dans la balise <Important> est du code/],
  ['a fragment', '<>Gardez une copie.</>', 1, /La balise vide <>/],
  ['a comment followed by code', '{/* note */ fetch("http://127.0.0.1:9/")}', 1, /accolades/],
];

/** An address in an attribute that is not an address attribute, or not in the component's contract. */
const ATTRIBUTE_ADDRESSES: Array<[string, string, string, RegExp]> = [
  ['an unknown attribute with javascript:', '<Lieu nom="Mairie" site="javascript:alert(1)" />', 'javascript:alert(1)', /La balise <Lieu> n’a pas d’attribut « site », et son adresse « javascript:alert\(1\) » n’est pas autorisée : elle peut lancer du code\. Supprimez cet attribut\./],
  ['an unknown attribute with data:', '<Important fond="data:text/html,<b>x</b>">\nGardez une copie.\n</Important>', 'data:text/html,<b>x</b>', /n’a pas d’attribut « fond », et son adresse/],
  ['an unknown attribute with vbscript:', '<Picto nom="telephone" href="vbscript:msgbox(1)" />', 'vbscript:msgbox(1)', /n’a pas d’attribut « href », et son adresse/],
  ['a tab inside the scheme', '<Lieu nom="Mairie" site="java\tscript:alert(1)" />', 'java\tscript:alert(1)', /n’a pas d’attribut « site »/],
  ['character references for the letters and a tab', '<Lieu nom="Mairie" site="&#106;ava&#x09;script:alert(1)" />', 'java\tscript:alert(1)', /n’a pas d’attribut « site »/],
  ['a known text attribute holding javascript:', '<Lieu nom="Mairie" adresse="  JavaScript:alert(1)" />', '  JavaScript:alert(1)', /L’adresse « JavaScript:alert\(1\) » de la balise <Lieu> n’est pas autorisée/],
  ['a known text attribute holding a protocol-relative address', '<Lieu nom="Mairie" horaires="//exemple.fr/x" />', '//exemple.fr/x', /L’adresse « \/\/exemple\.fr\/x » de la balise <Lieu>/],
  ['a title with a file: address', '<Papiers titre="file:///etc/passwd">\n- votre carte\n</Papiers>', 'file:///etc/passwd', /L’adresse « file:\/\/\/etc\/passwd » de la balise <Papiers>/],
];

describe('code-interdit', () => {
  it.each(PAYLOADS)('fires on %s', async (_label, text, line, reason) => {
    const messages = await messagesFor('code-interdit', `Bonjour.\n\n${text}\n`);
    expect(messages.length).toBeGreaterThanOrEqual(1);
    expect(messages[0]!.reason).toMatch(reason);
    expect(messages[0]!.line).toBe(line + 2);
    expect(messages[0]!.severity).toBe('error');
  });

  it.each(ATTRIBUTE_ADDRESSES)('fires once on %s, at its line', async (_label, text, actual, reason) => {
    const messages = await messagesFor('code-interdit', `Bonjour.\n\n${text}\n`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 3, actual, severity: 'error' });
    expect(messages[0]!.reason).toMatch(reason);
    // One message per problem: composant does not add « n’a pas d’attribut ».
    expect(await messagesFor('composant', `Bonjour.\n\n${text}\n`)).toEqual([]);
  });

  it.each([
    ['a time', '<Lieu nom="Mairie" horaires="Lundi:9h-12h, mardi : 14:00" />'],
    ['a colon in a title', '<Papiers titre="Note : les papiers">\n- votre carte\n</Papiers>'],
    ['a web address in lien', '<Lieu nom="Mairie" lien="https://www.mairie.fr/contact" />'],
    ['a page of the site in lien', '<Lieu nom="Mairie" lien="/lieux/mairie/" />'],
  ])('stays silent on an attribute that is not an unsafe address: %s', async (_label, text) => {
    expect(await messagesFor('code-interdit', `Bonjour.\n\n${text}\n`)).toEqual([]);
  });

  it('knows an address from a text', () => {
    for (const value of ['javascript:x', ' \tjAvAsCrIpT:x', 'java\nscript:x', 'data:,x', 'https://a.fr', 'ftp://a.fr', '//a.fr', '\\\\a.fr']) expect(looksLikeAddress(value), value).toBe(true);
    for (const value of ['Note : lundi', 'Lundi:9h', '14:30', 'Mairie de Lyon', 'mardi: data']) expect(looksLikeAddress(value), value).toBe(false);
  });

  it('gives the line and column of a javascript: source in the header', async () => {
    const header = GUIDE_FRONTMATTER.replace('url: https://www.service-public.fr', 'url: "javascript:alert(1)"');
    const messages = await messagesFor('code-interdit', `${header}\nVous avez une adresse.\n`, { kind: 'guide' });
    expect(messages).toMatchObject([{ line: 9, column: 10, actual: 'javascript:alert(1)' }]);
    expect(messages[0]!.reason).toMatch(/L’adresse de la source « javascript:alert\(1\) » n’est pas autorisée/);
  });

  it('reports raw HTML in a Markdown file too', async () => {
    const messages = await messagesFor('code-interdit', 'Bonjour.\n\n<script>alert(1)</script>\n\nTexte <span onclick="x">ici</span>.\n', { format: 'md' });
    expect(messages.map((message) => message.line)).toEqual([3, 5]);
  });

  it('gives one message for a raw element, not one per attribute', async () => {
    expect(await messagesFor('code-interdit', '<img src="https://exemple.fr/x.gif" onerror="alert(1)" style="x" alt="" />\n')).toHaveLength(1);
  });

  it.each([
    'Vous allez à la mairie. {/* note pour les auteurs */}\n',
    '{/* falc-ignore phrase-longue */}\nVous signez.\n',
    'Écrivez \\{ et \\} pour une accolade.\n',
    'Lisez [la page](https://www.service-public.fr/), [le guide](/guides/domiciliation/), [le mail](mailto:ccas@ville.fr) et [le numéro](tel:+33123456789).\n',
    'Lisez [la suite](#etapes) et [la page](../autre/).\n',
    '![Le plan](/images/plan.png)\n',
    '<Etapes>\n<Etape titre="Signer" picto="signer">\nVous signez.\n</Etape>\n</Etapes>\n',
    '<Lieu nom="Mairie" adresse="1 place de la Mairie" lien="https://www.mairie.fr" />\n',
    'Le <em>mot</em> et le <u>mot</u>.\n',
  ])('stays silent on Markdown, components with literal values and comments: %s', async (text) => {
    expect(await messagesFor('code-interdit', text)).toEqual([]);
  });

  it('stays silent on falc-ignore comments and component examples in a Markdown rule page', async () => {
    const text = '<!-- falc-ignore mot-non-explique -- exemple -->\n\n> Vous recevez une <Mot>attestation</Mot>.\n';
    expect(await messagesFor('code-interdit', text, { format: 'md' })).toEqual([]);
  });
});

describe('the allow-list of addresses', () => {
  it.each(['https://www.service-public.fr', 'http://exemple.fr', 'mailto:a@b.fr', 'tel:0123456789', '/guides/', '#haut', 'page/'])('allows %s', (url) => {
    expect(isAllowedLink(url)).toBe(true);
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\nscript:alert(1)', 'java\u0000script:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '//exemple.fr', '\\\\exemple.fr'])('refuses %j', (url) => {
    expect(isAllowedLink(url)).toBe(false);
  });

  it('allows only local images', () => {
    expect(isLocalImage('/images/plan.png')).toBe(true);
    expect(isLocalImage('plan.png')).toBe(true);
    expect(isLocalImage('https://exemple.fr/plan.png')).toBe(false);
    expect(isLocalImage('data:image/png;base64,AAAA')).toBe(false);
  });

  it('knows a comment from code', () => {
    expect(isCommentOnly('/* note */')).toBe(true);
    expect(isCommentOnly(' /* a */ fetch() ')).toBe(false);
    expect(isCommentOnly('/* a */ /* b */')).toBe(false);
    expect(isCommentOnly('// note\n')).toBe(false);
  });
});
