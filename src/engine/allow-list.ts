import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { Position } from 'unist';
import { Alias, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { parseHeader } from './header.ts';
import { COMPONENT_NAMES, componentContract, type ComponentContract } from '../components/contract.ts';
import { closest } from './closest.ts';

/*
 * What a guide may contain: Markdown, the site's components with literal attribute values, and
 * `{/* comments *\/}`. Nothing else: no import/export, no {expressions}, no raw HTML, no event or style
 * attribute, no `javascript:` or `data:` address, no image from another site.
 *
 * ONE module for every face: the `code-interdit` and `composant` rules of the checker, the Astro build
 * (src/astro/guard-mdx.ts refuses a guide before MDX compiles it), the dev server and any editor. It uses
 * no Node API (it runs in a browser too).
 */

/** One thing a guide may not contain. */
export interface MarkupProblem {
  /**
   * The rule that reports it to authors: `code-interdit` (code or unsafe markup), `composant` (a
   * component name in the wrong case or misspelled), or `italique`/`souligne` (formatting tags those
   * rules already report: one message per problem). The build refuses every problem, whatever its rule.
   */
  ruleId: 'code-interdit' | 'composant' | 'italique' | 'souligne';
  reason: string;
  place: Position | undefined;
  actual: string;
  expected?: string[];
}

export interface AllowListOptions {
  /** Component names allowed besides the site's ones (the `allow` option of `composant`). */
  components?: Iterable<string>;
}

/** Schemes a link or a source may use. Anything else (`javascript:`, `data:`, `file:`, `vbscript:`…) is refused. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Raw formatting tags that another rule already reports (the build still refuses them). */
const REPORTED_BY: Readonly<Record<string, 'italique' | 'souligne'>> = {
  em: 'italique',
  i: 'italique',
  cite: 'italique',
  var: 'italique',
  dfn: 'italique',
  u: 'souligne',
  ins: 'souligne',
};

/** Component attributes whose value is an address. */
const ADDRESS_ATTRIBUTES = new Set(['lien', 'href', 'src', 'url', 'action', 'formaction', 'srcset', 'poster', 'data']);

/** The address as a browser reads it: no spaces, tabs, line breaks or control characters anywhere. */
function browserForm(url: string): string {
  return url.replace(/[\u0000-\u0020\u007F\u00A0\u2028\u2029]/g, '');
}

function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(browserForm(url))?.[1]?.toLowerCase();
}

/** `//site`, `\\site` or `/\site`: an address on another site without a scheme. */
function isProtocolRelative(url: string): boolean {
  return /^[/\\]{2}/.test(browserForm(url));
}

/** True for a link or a source the site may publish: https:, http:, mailto:, tel:, or a page of the site. */
export function isAllowedLink(url: string): boolean {
  const scheme = schemeOf(url);
  if (scheme !== undefined) return LINK_SCHEMES.has(scheme);
  return !isProtocolRelative(url);
}

/** True for an image of the site itself (a relative or site-relative address, no scheme). */
export function isLocalImage(url: string): boolean {
  return schemeOf(url) === undefined && !isProtocolRelative(url);
}

/** True when an MDX expression is only a comment: `{/* … *\/}`. */
export function isCommentOnly(value: string): boolean {
  const code = value.trim();
  return code.startsWith('/*') && code.endsWith('*/') && code.indexOf('*/', 2) === code.length - 2;
}

/** True for an attribute that runs code or changes the page's look: `onclick`, `onerror`, `style`… */
export function isForbiddenAttribute(name: string): boolean {
  return /^on/i.test(name) || /^style$/i.test(name) || /^dangerouslySetInnerHTML$/i.test(name);
}

/**
 * Schemes that run code or carry a whole document: an attribute value with one of them is an unsafe
 * address whatever the attribute (`adresse="javascript:…"`, `site="data:…"`), even with spaces.
 */
const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'livescript', 'data', 'file', 'blob', 'filesystem', 'jar', 'view-source', 'mhtml', 'ms-its']);

/**
 * True when an attribute value is an address for a browser: its scheme is one that runs code
 * (`javascript:`, `data:`… also written with tabs, line breaks or character references, which MDX
 * decodes), or it is written as `scheme://…` or `//site`. A text such as « Note : lundi » is not.
 */
export function looksLikeAddress(value: string): boolean {
  const scheme = schemeOf(value);
  if (scheme !== undefined && UNSAFE_SCHEMES.has(scheme)) return true;
  const form = browserForm(value);
  return /^[a-z][a-z0-9+.-]*:[/\\]{2}/i.test(form) || isProtocolRelative(value);
}

/** The problem with one attribute of a component, if any (one problem per attribute). */
function attributeProblem(
  tag: string,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
  contract: ComponentContract | undefined,
  place: Position | undefined,
): MarkupProblem | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') {
    return {
      ruleId: 'code-interdit',
      reason: `Le texte entre accolades { } dans la balise ${tag} est du code. Un guide ne peut pas contenir de code. Supprimez ce texte.`,
      place,
      actual: shorten(`{${attribute.value}}`),
    };
  }
  if (isForbiddenAttribute(attribute.name)) {
    return {
      ruleId: 'code-interdit',
      reason: /^style$/i.test(attribute.name)
        ? `L’attribut « style » de la balise ${tag} change l’apparence de la page. Le site choisit lui-même l’apparence. Supprimez cet attribut.`
        : `L’attribut « ${attribute.name} » de la balise ${tag} est du code. Un guide ne peut pas contenir de code. Supprimez cet attribut.`,
      place,
      actual: attribute.name,
    };
  }
  if (attribute.value !== null && typeof attribute.value === 'object') {
    return {
      ruleId: 'code-interdit',
      reason: `La valeur de l’attribut « ${attribute.name} » de la balise ${tag} est entre accolades { } : c’est du code. Écrivez la valeur entre guillemets droits : ${attribute.name}="…".`,
      place,
      actual: shorten(`${attribute.name}={${attribute.value.value}}`),
    };
  }
  const unknown = contract !== undefined && !Object.hasOwn(contract.props, attribute.name);
  const value = typeof attribute.value === 'string' ? attribute.value : undefined;
  const isAddress = value !== undefined && (ADDRESS_ATTRIBUTES.has(attribute.name.toLowerCase()) || looksLikeAddress(value));
  if (value !== undefined && isAddress && !isAllowedLink(value)) {
    return {
      ruleId: 'code-interdit',
      reason: unknown
        ? `La balise ${tag} n’a pas d’attribut « ${attribute.name} », et son adresse « ${shorten(value, 40)} » n’est pas autorisée : elle peut lancer du code. Supprimez cet attribut.`
        : `L’adresse « ${shorten(value, 40)} » de la balise ${tag} n’est pas autorisée. ${LINK_HELP}`,
      place,
      actual: value,
    };
  }
  if (unknown) {
    const known = Object.keys(contract.props);
    return {
      ruleId: 'composant',
      reason: `La balise ${tag} n’a pas d’attribut « ${attribute.name} ». ${
        known.length > 0 ? `Ses attributs sont : ${known.join(', ')}.` : 'Cette balise n’a pas d’attribut.'
      } Vérifiez le nom ou supprimez cet attribut.`,
      place,
      actual: attribute.name,
    };
  }
  return undefined;
}

/**
 * True when code-interdit reports this attribute of a component (an `on*` or `style` attribute, a
 * value in braces, an unsafe address): other rules leave it alone (one message per problem).
 */
export function isCodeAttribute(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): boolean {
  return attributeProblem('', attribute, undefined, undefined)?.ruleId === 'code-interdit';
}

const COMPONENT_LIST = [...COMPONENT_NAMES].join(', ');
const LINK_HELP = 'Une adresse commence par https://, http://, mailto: ou tel:, ou par / pour une page du site.';

function shorten(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** A component named in the wrong case or misspelled: the component meant, if any. */
export function componentMeant(name: string, components: ReadonlySet<string>): string | undefined {
  const lower = name.toLowerCase();
  const sameLetters = [...components].find((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  // A lower-case name is HTML unless it is one letter away from a component (`<etap>`, `<papier>`):
  // `<li>` or `<link>` must not become « Lieu ».
  const isLower = /^\p{Ll}/u.test(name);
  if (isLower && name.length < 4) return undefined;
  const byLower = new Map([...components].map((candidate) => [candidate.toLowerCase(), candidate]));
  const found = closest(lower, byLower.keys(), isLower ? 1 : 2);
  return found.length === 1 ? byLower.get(found[0]!) : undefined;
}

type JsxElement = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/**
 * The attributes of a component. `contract` is the site's contract for the component (undefined for a
 * component the project adds in falc.config.json): an attribute it does not name is refused.
 */
function checkAttributes(node: JsxElement, contract: ComponentContract | undefined, problems: MarkupProblem[]): void {
  const tag = `<${node.name ?? ''}>`;
  for (const attribute of node.attributes as Array<MdxJsxAttribute | MdxJsxExpressionAttribute>) {
    const problem = attributeProblem(tag, attribute, contract, attribute.position ?? node.position);
    if (problem) problems.push(problem);
  }
}

function checkElement(node: JsxElement, components: ReadonlySet<string>, extra: ReadonlySet<string>, problems: MarkupProblem[]): void {
  const name = node.name;
  if (name === null || name === undefined || name === '') {
    problems.push({
      ruleId: 'code-interdit',
      reason: 'La balise vide <> n’est pas un composant du site. Supprimez <> et </>.',
      place: node.position,
      actual: '<>',
    });
    return;
  }
  if (components.has(name)) {
    checkAttributes(node, extra.has(name) ? undefined : componentContract(name), problems);
    return;
  }
  const meant = /^[\p{L}][\p{L}\p{N}]*$/u.test(name) ? componentMeant(name, components) : undefined;
  if (meant) {
    const wrongCase = meant.toLowerCase() === name.toLowerCase();
    problems.push({
      ruleId: 'composant',
      reason: wrongCase
        ? `La balise <${name}> n’a pas les bonnes majuscules. Le site ne l’affiche pas. Vouliez-vous écrire <${meant}> ?`
        : `La balise <${name}> n’existe pas. Le site ne sait pas l’afficher. Vouliez-vous écrire <${meant}> ?`,
      place: node.position,
      actual: `<${name}>`,
      expected: [`<${meant}>`],
    });
    checkAttributes(node, undefined, problems);
    return;
  }
  if (/^\p{Lu}[\p{L}\p{N}]*$/u.test(name)) {
    problems.push({
      ruleId: 'composant',
      reason: `La balise <${name}> n’existe pas. Le site ne sait pas l’afficher. Vérifiez son nom ou utilisez un composant de la liste : ${COMPONENT_LIST}.`,
      place: node.position,
      actual: `<${name}>`,
    });
    checkAttributes(node, undefined, problems);
    return;
  }
  const reportedBy = REPORTED_BY[name.toLowerCase()];
  if (reportedBy && node.attributes.length === 0) {
    problems.push({ ruleId: reportedBy, reason: `La balise <${name}> n’est pas autorisée.`, place: node.position, actual: `<${name}>` });
    return;
  }
  problems.push({
    ruleId: 'code-interdit',
    reason: `La balise <${name}> est du code HTML. Un guide ne peut pas contenir de HTML : le site ne l’affiche pas ou elle peut être dangereuse. Supprimez cette balise. Écrivez en Markdown ou utilisez un composant du site : ${COMPONENT_LIST}.`,
    place: node.position,
    actual: `<${name}>`,
  });
}

/** True when the attributes of a raw HTML tag hold no code, no style and no unsafe address. */
function plainHtmlAttributes(attributes: string): boolean {
  if (/[{}]/.test(attributes)) return false;
  for (const [, name = '', value = ''] of attributes.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g)) {
    if (isForbiddenAttribute(name)) return false;
    const unquoted = value.replace(/^["']|["']$/g, '');
    if (ADDRESS_ATTRIBUTES.has(name.toLowerCase()) && !isAllowedLink(unquoted)) return false;
  }
  return true;
}

/**
 * Raw HTML in a `.md` file (MDX has no such node): what reports it, or undefined when it is harmless —
 * a comment (`<!-- falc-ignore … -->`), a closing tag, or a site component written as an example in a
 * rule page (`<Mot>attestation</Mot>`) with plain attributes.
 */
function htmlVerdict(value: string, components: ReadonlySet<string>): MarkupProblem['ruleId'] | undefined {
  const code = value.replace(/<!--(?:(?!-->)[\s\S])*-->/g, '');
  let rest = code;
  let verdict: MarkupProblem['ruleId'] | undefined;
  for (const [tag, closing, name = '', attributes = ''] of code.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)>/g)) {
    rest = rest.replace(tag, '');
    if (closing) continue;
    if (!plainHtmlAttributes(attributes)) return 'code-interdit';
    if (components.has(name)) continue;
    const other = REPORTED_BY[name.toLowerCase()];
    if (other && attributes.trim() === '') verdict ??= other;
    else return 'code-interdit';
  }
  // Anything else that looks like markup (`<!DOCTYPE`, `<?php`, an unclosed tag): refused.
  if (/<[!?/A-Za-z]/.test(rest)) return 'code-interdit';
  return verdict;
}

function checkSources(yamlNode: Extract<Nodes, { type: 'yaml' }>, problems: MarkupProblem[]): void {
  let document;
  let lineCounter;
  try {
    // The same parse as the header check's (src/engine/header.ts).
    ({ document, lineCounter } = parseHeader(yamlNode));
  } catch {
    return;
  }
  if (document.errors.length > 0) return;
  const sources = document.get('sources', true) as YamlNode | undefined;
  if (!isSeq(sources)) return;
  const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
  for (const item of sources.items) {
    if (!isMap(item)) continue;
    let url = item.get('url', true) as YamlNode | undefined;
    if (url instanceof Alias) url = url.resolve(document) as YamlNode | undefined;
    if (!isScalar(url) || typeof url.value !== 'string' || isAllowedLink(url.value)) continue;
    const start = lineCounter.linePos(url.range?.[0] ?? 0);
    const end = lineCounter.linePos(url.range?.[1] ?? 0);
    problems.push({
      ruleId: 'code-interdit',
      reason: `L’adresse de la source « ${shorten(url.value, 40)} » n’est pas autorisée. ${LINK_HELP}`,
      place: { start: { line: firstLine + start.line - 1, column: start.col }, end: { line: firstLine + end.line - 1, column: end.col } },
      actual: url.value,
    });
  }
}

/**
 * Everything in a parsed guide (mdast from remark-mdx, or remark for `.md`) that the allow-list refuses,
 * in document order.
 */
export function findMarkupProblems(tree: Root, options: AllowListOptions = {}): MarkupProblem[] {
  // One check of a guide asks three times (the `composant` and `code-interdit` rules, then the
  // checker's own guard): the tree is walked and the header's YAML parsed once per tree and list.
  const extra = new Set(options.components ?? []);
  const key = [...extra].sort().join('\n');
  let known = FOUND.get(tree);
  if (!known) FOUND.set(tree, (known = new Map()));
  let problems = known.get(key);
  if (!problems) known.set(key, (problems = walkMarkupProblems(tree, extra)));
  return [...problems];
}

/** Problems already found, by tree and list of extra components (the tree is not changed after parsing). */
const FOUND = new WeakMap<Root, Map<string, readonly MarkupProblem[]>>();

function walkMarkupProblems(tree: Root, extra: ReadonlySet<string>): MarkupProblem[] {
  const components = new Set([...COMPONENT_NAMES, ...extra]);
  const problems: MarkupProblem[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'yaml':
        checkSources(node, problems);
        break;
      case 'mdxjsEsm':
        problems.push({
          ruleId: 'code-interdit',
          reason: 'Cette ligne commence par « import » ou « export » : c’est du code. Un guide ne peut pas contenir de code. Supprimez cette ligne.',
          place: node.position,
          actual: shorten(node.value),
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value)) {
          problems.push({
            ruleId: 'code-interdit',
            reason:
              'Le texte entre accolades { } est du code. Un guide ne peut pas contenir de code. Supprimez ce texte. Pour écrire une accolade, écrivez \\{ ou \\}. Pour un commentaire, écrivez {/* votre commentaire */}.',
            place: node.position,
            actual: shorten(`{${node.value}}`),
          });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, components, extra, problems);
        break;
      case 'html': {
        const verdict = htmlVerdict(node.value, components);
        if (verdict) {
          problems.push({
            ruleId: verdict,
            reason: `Ce texte est du code HTML. Un guide ne peut pas contenir de HTML. Supprimez-le. Écrivez en Markdown ou utilisez un composant du site : ${COMPONENT_LIST}.`,
            place: node.position,
            actual: shorten(node.value),
          });
        }
        break;
      }
      case 'link':
      case 'definition':
        if (!isAllowedLink(node.url)) {
          problems.push({
            ruleId: 'code-interdit',
            reason: `L’adresse du lien « ${shorten(node.url, 40)} » n’est pas autorisée. ${LINK_HELP}`,
            place: node.position,
            actual: node.url,
          });
        }
        break;
      case 'image':
        if (!isLocalImage(node.url)) {
          problems.push({
            ruleId: 'code-interdit',
            reason: `L’image « ${shorten(node.url, 40)} » vient d’un autre site. Le site ne charge rien d’un autre site. Copiez l’image dans le site et écrivez son adresse, par exemple /images/plan.png.`,
            place: node.position,
            actual: node.url,
          });
        }
        break;
      default:
        break;
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
  }
  return problems;
}
