import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

/*
 * The Content-Security-Policy of every built page, computed from the page itself after the build:
 * each inline <script> and <style> gets its hash, so nothing else can run or style the page, whoever
 * adds scripts or styles later (no hand-written list). The same pass checks that no page loads
 * anything from another site.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Something a page would load from another site. */
export interface ForeignLoad {
  /** The page, relative to dist/ (`guides/domiciliation/index.html`) or the CSS file. */
  file: string;
  line: number;
  /** What loads it: `<script src>`, `<img src>`, `url() dans un style`… */
  what: string;
  url: string;
}

export interface PageAudit {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  foreign: Omit<ForeignLoad, 'file'>[];
  /** Where the policy's <meta> goes: right after <meta charset>, or the start of <head>'s content. */
  insertAt: number | undefined;
}

/** `rel` values of <link> that make the browser fetch something. */
const LOADING_RELS = new Set(['stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'mask-icon', 'preload', 'modulepreload', 'prefetch', 'prerender', 'manifest', 'preconnect', 'dns-prefetch']);

/** Attributes that load something, by element. */
const LOADING_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  input: ['src', 'formaction'],
  button: ['formaction'],
  form: ['action'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
};

/** `sha256-…` of a text, as CSP writes it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** True when a browser would fetch this address from another site than `siteOrigin`. */
export function isForeign(url: string, siteOrigin: string): boolean {
  const address = url.replace(/[\u0000-\u0020]/g, '');
  if (/^(data|blob|about|mailto|tel|javascript):/i.test(address)) return false;
  if (/^[/\\]{2}/.test(address)) return true;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(address)) return false;
  try {
    return new URL(address).origin !== siteOrigin;
  } catch {
    return true;
  }
}

/** Addresses in CSS: `url(…)` and `@import "…"`. */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi)) urls.push(match[1] ?? match[2] ?? match[3] ?? '');
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push(match[1] ?? match[2] ?? '');
  return urls.filter((url) => url !== '');
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name) === name)?.value;
}

function srcsetUrls(value: string): string[] {
  return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

/** Reads a built page: its inline scripts and styles (to hash) and what it loads from another site. */
export function auditPage(html: string, siteOrigin: string): PageAudit {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const audit: PageAudit = { scripts: [], styles: [], styleAttributes: [], foreign: [], insertAt: undefined };
  const foreign = (element: Element, what: string, url: string) => {
    if (isForeign(url, siteOrigin)) audit.foreign.push({ line: element.sourceCodeLocation?.startLine ?? 1, what, url });
  };
  const stack: Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node) {
      const element = node;
      const tag = element.tagName.toLowerCase();
      if (tag === 'head' && audit.insertAt === undefined) audit.insertAt = element.sourceCodeLocation?.startTag?.endOffset;
      if (tag === 'meta' && attribute(element, 'charset') !== undefined && element.sourceCodeLocation) audit.insertAt = element.sourceCodeLocation.endOffset;
      if (tag === 'script' && attribute(element, 'src') === undefined) audit.scripts.push(textOf(element));
      if (tag === 'style') {
        const css = textOf(element);
        audit.styles.push(css);
        for (const url of cssUrls(css)) foreign(element, 'url() dans une balise <style>', url);
      }
      const style = attribute(element, 'style');
      if (style !== undefined) {
        audit.styleAttributes.push(style);
        for (const url of cssUrls(style)) foreign(element, 'url() dans un attribut style', url);
      }
      for (const name of LOADING_ATTRIBUTES[tag] ?? []) {
        const value = attribute(element, name);
        if (value === undefined) continue;
        for (const url of name === 'srcset' ? srcsetUrls(value) : [value]) foreign(element, `<${tag} ${name}>`, url);
      }
      if (tag === 'link') {
        const rels = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
        const href = attribute(element, 'href');
        if (href !== undefined && rels.some((rel) => LOADING_RELS.has(rel))) foreign(element, `<link rel="${rels.join(' ')}">`, href);
      }
      if (tag === 'meta' && (attribute(element, 'http-equiv') ?? '').toLowerCase() === 'refresh') {
        const url = /url\s*=\s*['"]?([^'"]+)/i.exec(attribute(element, 'content') ?? '')?.[1];
        if (url) foreign(element, '<meta http-equiv="refresh">', url);
      }
    }
    const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  }
  return audit;
}

export interface PolicyOptions {
  /** WebAssembly is allowed (Pagefind's search runs in WebAssembly). */
  wasm?: boolean;
  /**
   * The page's script adds styles while it runs (the /verifier/ editor, CodeMirror): they cannot be
   * hashed at build time, so its styles may be inline. Scripts stay strict on every page.
   */
  dynamicStyles?: boolean;
}

/**
 * The mark of the page that searches the guides (the home page): only there may WebAssembly run
 * (Pagefind's search), and only when the build wrote the search index (dist/pagefind/).
 */
export const SEARCH_MARK = 'data-recherche-pagefind';

/** The mark of a page whose script adds styles while it runs (see `PolicyOptions.dynamicStyles`). */
export const DYNAMIC_STYLES_MARK = 'data-csp-styles-dynamiques';

/** The policy of one page, from its audit. */
export function policyFor(audit: PageAudit, options: PolicyOptions = {}): string {
  const unique = (texts: string[]) => [...new Set(texts.map(cspHash))];
  const scripts = unique(audit.scripts);
  const styles = unique(audit.styles);
  const attributes = unique(audit.styleAttributes);
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...(options.wasm ? ["'wasm-unsafe-eval'"] : []), ...scripts].join(' '),
    "script-src-attr 'none'",
    // With hashes, a browser ignores 'unsafe-inline': a page with dynamic styles lists none.
    ['style-src', "'self'", ...(options.dynamicStyles ? ["'unsafe-inline'"] : styles)].join(' '),
    attributes.length > 0 ? ['style-src-attr', "'unsafe-hashes'", ...attributes].join(' ') : "style-src-attr 'none'",
    "img-src 'self' data:",
    // Fonts, fetch() and media: from this site only, by `default-src 'self'` (not written again: every
    // page carries this policy).
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy in a <meta> at the top of <head> (before any script or style). */
export function withPolicy(html: string, audit: PageAudit, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (audit.insertAt === undefined) return html;
  return `${html.slice(0, audit.insertAt)}${meta}${html.slice(audit.insertAt)}`;
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

export interface CspResult {
  pages: number;
  foreign: ForeignLoad[];
}

/**
 * Adds the policy to every page of `dist` and lists what any page or CSS file would load from another
 * site. Pages that already have a policy are left as they are.
 */
export async function applyCsp(dist: string, siteOrigin: string): Promise<CspResult> {
  const files = await filesIn(dist);
  const hasSearchIndex = files.some((file) => relative(dist, file).split(sep)[0] === 'pagefind');
  const result: CspResult = { pages: 0, foreign: [] };
  for (const file of files) {
    const name = relative(dist, file).split(sep).join('/');
    if (file.endsWith('.css')) {
      const css = await readFile(file, 'utf8');
      for (const url of cssUrls(css)) if (isForeign(url, siteOrigin)) result.foreign.push({ file: name, line: 1, what: 'url() dans un fichier CSS', url });
      continue;
    }
    if (!file.endsWith('.html')) continue;
    const html = await readFile(file, 'utf8');
    const audit = auditPage(html, siteOrigin);
    result.foreign.push(...audit.foreign.map((load) => ({ file: name, ...load })));
    if (/<meta[^>]+http-equiv=["']?content-security-policy/i.test(html)) continue;
    await writeFile(file, withPolicy(html, audit, policyFor(audit, { wasm: hasSearchIndex && html.includes(SEARCH_MARK), dynamicStyles: html.includes(DYNAMIC_STYLES_MARK) })));
    result.pages += 1;
  }
  return result;
}

/** The French message for pages that load something from another site. */
export function foreignReport(foreign: readonly ForeignLoad[]): string {
  return foreign
    .map((load) => `  ${load.file}:${load.line}  ${load.what} charge « ${load.url} », qui vient d’un autre site. Le site ne charge rien d’un autre site : copiez ce fichier dans public/ ou supprimez-le.`)
    .join('\n');
}
