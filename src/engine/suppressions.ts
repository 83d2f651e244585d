import type { Nodes, Root as MdastRoot } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/**
 * Inline suppressions: a comment silences some rules for the next block.
 *
 * - MDX: `{/* falc-ignore phrase-longue une-idee -- raison *\/}`
 * - Markdown: `<!-- falc-ignore phrase-longue -- raison -->`
 *
 * The next block is the next sibling node of the comment (a paragraph, a list, a quote, a
 * component…). The reason after `--` is required. A comment without a reason, naming an unknown
 * rule or followed by nothing is an error with the id `falc-ignore`.
 */

/** Id of the messages about a wrong `falc-ignore` comment. */
export const SUPPRESSION_RULE_ID = 'falc-ignore';

export interface Suppression {
  /** Place of the comment. */
  line: number;
  column: number;
  /** Rules silenced. */
  rules: string[];
  reason: string;
  /** The block the comment applies to. */
  target: Position;
  /** How many messages it silenced. */
  silenced: number;
}

export interface IgnoredMessage {
  ruleId: string;
  line: number;
  column: number;
  message: string;
  /** The reason written in the comment. */
  reason: string;
  /** Line of the comment. */
  suppressionLine: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Every valid `falc-ignore` comment of the file. */
    falcSuppressions: Suppression[];
    /** The messages silenced by a `falc-ignore` comment, with its reason. */
    falcIgnored: IgnoredMessage[];
  }
}

/** The text between `open` and `close` when the whole value is one comment, without regular expressions (a comment may be huge). */
function commentBody(value: string, open: string, close: string): string | undefined {
  const text = value.trim();
  if (text.length < open.length + close.length || !text.startsWith(open) || !text.endsWith(close)) return undefined;
  return text.slice(open.length, text.length - close.length);
}

/** The comment's text when the node is a comment: `{/* … *\/}` in MDX, `<!-- … -->` in Markdown. */
function commentOf(node: Nodes): string | undefined {
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return commentBody(node.value, '/*', '*/');
  if (node.type === 'html') return commentBody(node.value, '<!--', '-->');
  return undefined;
}

/** The text of a `falc-ignore` comment after the keyword, or undefined when the node is not one. */
function directiveOf(node: Nodes): string | undefined {
  const body = commentOf(node)?.trimStart();
  if (body === undefined || !body.startsWith('falc-ignore')) return undefined;
  const rest = body.slice('falc-ignore'.length);
  if (rest !== '' && !/^\s/.test(rest)) return undefined;
  return rest.trim();
}

/** Id of the error about a `<!--` comment that is never closed. */
export const UNCLOSED_COMMENT_RULE_ID = 'commentaire-non-ferme';

/** True for an HTML comment that has no `-->`: Markdown then hides everything after it. */
function isUnclosedComment(value: string): boolean {
  return value.trimStart().startsWith('<!--') && !value.includes('-->', 4);
}

/** Nodes whose children are inline text: a comment there is inside a sentence, not on its own line. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell', 'mdxJsxTextElement']);

/** True for a comment written inside a paragraph, not on its own line. */
function isInline(node: Nodes, parent: Nodes): boolean {
  return node.type === 'mdxTextExpression' || (node.type === 'html' && PHRASING_PARENTS.has(parent.type));
}

export interface ParsedDirective {
  rules: string[];
  reason: string;
}

/** Splits `phrase-longue une-idee -- raison` into rules and reason. */
export function parseDirective(text: string): ParsedDirective {
  const index = text.search(/(^|\s)--(\s|$)/);
  const head = index === -1 ? text : text.slice(0, index);
  const reason = index === -1 ? '' : text.slice(index).replace(/^\s*--/, '').trim();
  return { rules: head.split(/[\s,]+/).filter(Boolean), reason };
}

function error(file: VFile, reason: string, place: Position | undefined): void {
  const message = file.message(reason, { place, ruleId: SUPPRESSION_RULE_ID, source: 'falc' });
  message.fatal = true;
}

/** True when the point (line, column) is inside the position. */
function inside(line: number, column: number, position: Position): boolean {
  const { start, end } = position;
  if (line < start.line || line > end.line) return false;
  if (line === start.line && column < start.column) return false;
  if (line === end.line && column > end.column) return false;
  return true;
}

/** Finds the `falc-ignore` comments of a tree; reports the wrong ones on the file. */
export function findSuppressions(tree: MdastRoot, file: VFile, knownRules?: readonly string[]): Suppression[] {
  const known = knownRules ? new Set(knownRules) : undefined;
  const found: Suppression[] = [];
  const walk = (parent: Nodes): void => {
    if (!('children' in parent)) return;
    const children = parent.children as Nodes[];
    children.forEach((node, index) => {
      if (node.type === 'html' && isUnclosedComment(node.value)) {
        const message = file.message(
          'Ce commentaire <!-- n’est pas fermé : tout le texte après lui est caché et n’est pas vérifié. Ajoutez --> à la fin du commentaire.',
          { place: node.position, ruleId: UNCLOSED_COMMENT_RULE_ID, source: 'falc' },
        );
        message.fatal = true;
        return;
      }
      const directive = directiveOf(node);
      if (directive === undefined) {
        walk(node);
        return;
      }
      const { rules, reason } = parseDirective(directive);
      const place = node.position;
      if (rules.length === 0) {
        error(file, 'Ce commentaire falc-ignore ne dit pas quelle règle ignorer. Écrivez le nom de la règle, puis -- et la raison.', place);
        return;
      }
      const unknown = known ? rules.filter((rule) => !known.has(rule)) : [];
      if (unknown.length > 0) {
        error(
          file,
          `La règle « ${unknown.join(', ')} » n’existe pas. Vérifiez son nom dans la liste des règles (page /regles/).`,
          place,
        );
        return;
      }
      if (reason === '') {
        error(
          file,
          `Ce commentaire falc-ignore n’a pas de raison. Les autres auteurs doivent savoir pourquoi la règle est ignorée. Écrivez après les noms des règles : -- et la raison.`,
          place,
        );
        return;
      }
      // Inside a paragraph (`… {/* falc-ignore … */} …`): the rest of the paragraph.
      if (isInline(node, parent)) {
        if (!parent.position || !place) return;
        found.push({ line: place.start.line, column: place.start.column, rules, reason, target: { start: place.end, end: parent.position.end }, silenced: 0 });
        return;
      }
      // The next block: the next sibling that is not another falc-ignore comment.
      const target = children.slice(index + 1).find((sibling) => directiveOf(sibling) === undefined);
      if (!target?.position) {
        error(file, 'Ce commentaire falc-ignore n’est suivi d’aucun bloc. Placez-le juste avant le paragraphe à ignorer.', place);
        return;
      }
      found.push({
        line: place?.start.line ?? 1,
        column: place?.start.column ?? 1,
        rules,
        reason,
        // From the end of the comment: a sentence may start with the line break after the comment.
        target: { start: place?.end ?? target.position.start, end: target.position.end },
        silenced: 0,
      });
    });
  };
  walk(tree);
  return found;
}

/**
 * Applies the `falc-ignore` comments after the rules ran: removes the silenced messages from
 * `file.messages` and keeps them in `file.data.falcIgnored` with their reason.
 */
export function applySuppressions(tree: MdastRoot, file: VFile, knownRules?: readonly string[]): void {
  const suppressions = findSuppressions(tree, file, knownRules);
  file.data.falcSuppressions = suppressions;
  const ignored: IgnoredMessage[] = file.data.falcIgnored ?? [];
  if (suppressions.length > 0) {
    const kept: VFileMessage[] = [];
    for (const message of file.messages) {
      const line = message.line ?? 0;
      const column = message.column ?? 0;
      const suppression = message.ruleId && message.ruleId !== SUPPRESSION_RULE_ID
        ? suppressions.find((candidate) => candidate.rules.includes(message.ruleId!) && inside(line, column, candidate.target))
        : undefined;
      if (!suppression) {
        kept.push(message);
        continue;
      }
      suppression.silenced++;
      ignored.push({ ruleId: message.ruleId!, line, column, message: message.reason, reason: suppression.reason, suppressionLine: suppression.line });
    }
    file.messages = kept;
  }
  file.data.falcIgnored = ignored;
}
