import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { severityOf, wholeTextFirst } from '../engine/messages.ts';
import { SITE_URL } from '../site-address.ts';
import { readabilityLine } from './readability.ts';
import { countMessages, displayPath, plural, type Counts } from './summary.ts';
import { SEVERITY_LABELS, countsInWords } from './severity-labels.ts';

const LABELS = SEVERITY_LABELS;

export interface PrettyOptions {
  color?: boolean;
  /** Also list files that have no message. */
  verbose?: boolean;
  /**
   * The site's address, to print full addresses of the rule pages (`/regles/x/` → `https://…/regles/x/`).
   * By default, the address of `src/site-address.ts` (the `site` of astro.config.mjs).
   */
  siteUrl?: string;
}

function paint(enabled: boolean, code: number, text: string): string {
  return enabled ? `\u001b[${code}m${text}\u001b[39m` : text;
}

/** Shortens a quote to about `max` characters, cutting between words: « Vous devez … de vous. ». */
export function shorten(text: string, max = 80): string {
  const value = text.replace(/\s+/g, ' ').trim();
  if (value.length <= max) return value;
  const headLength = Math.round(max * 0.6);
  const tailLength = max - headLength - 3;
  let head = value.slice(0, headLength);
  const space = head.lastIndexOf(' ');
  if (space > headLength / 2) head = head.slice(0, space);
  let tail = value.slice(value.length - tailLength);
  const tailSpace = tail.indexOf(' ');
  if (tailSpace >= 0 && tailSpace < tailLength / 2) tail = tail.slice(tailSpace + 1);
  return `${head} … ${tail}`;
}

/** The text a message is about, when its reason does not already quote it. */
function quoteOf(message: VFileMessage): string | undefined {
  const text = message.quote ?? message.actual;
  if (!text || !text.trim()) return undefined;
  const short = shorten(text);
  if (message.reason.includes(`« ${text.trim()} »`) || message.reason.includes(`« ${short} »`)) return undefined;
  return short;
}

/** The full address of a rule page. */
export function fullUrl(url: string, siteUrl: string | undefined): string {
  if (!siteUrl || !url.startsWith('/')) return url;
  return `${siteUrl.replace(/\/$/, '')}${url}`;
}

/**
 * The report for people: for each file, `line:column`, the severity in French, the message,
 * the rule id, then the words it is about, the suggestion and the full address of the page that
 * explains the rule. Then the readability, in words first.
 */
export function reportPretty(files: readonly VFile[], options: PrettyOptions = {}): string {
  return `${files.map((file) => prettyFile(file, options)).join('')}${prettySummary(countMessages(files), options)}`;
}

/** The part of the pretty report about one file (empty for a file without message, unless `verbose`). */
export function prettyFile(file: VFile, options: PrettyOptions = {}): string {
  const color = options.color ?? false;
  if (file.messages.length === 0 && !options.verbose) return '';
  const lines: string[] = [];
  const indent = ' '.repeat(20);
  lines.push(paint(color, 4, displayPath(file)));
  if (file.messages.length === 0) lines.push('  aucun problème');
  // The messages about the whole text first, with « texte » for a place: no line of it is the problem.
  for (const message of wholeTextFirst(file.messages)) {
    const severity = severityOf(message);
    const place = message.wholeText ? 'texte' : `${message.line ?? 1}:${message.column ?? 1}`;
    const label = paint(color, severity === 'error' ? 31 : severity === 'warning' ? 33 : 36, LABELS[severity].padEnd(9));
    lines.push(`  ${place.padEnd(7)} ${label} ${message.reason}  ${paint(color, 2, message.ruleId ?? '')}`);
    const quote = quoteOf(message);
    if (quote) lines.push(`${indent}Texte : « ${quote} »`);
    if (message.expected && message.expected.length > 0) {
      const fixable = message.fix ? ' (falc check --fix le corrige)' : '';
      lines.push(`${indent}Suggestion : ${message.expected.map((value) => `« ${value} »`).join(' ou ')}${fixable}`);
    }
    if (message.url) lines.push(`${indent}Aide : ${fullUrl(message.url, options.siteUrl ?? SITE_URL)}`);
  }
  const stats = file.data.falcStats;
  if (stats && typeof stats.kandelMoles === 'number') {
    lines.push(`  Lisibilité : ${readabilityLine({ kandelMoles: stats.kandelMoles, lix: stats.lix })}`);
  }
  lines.push('');
  return `${lines.join('\n')}\n`;
}

/** The last line of the pretty report: how many errors, warnings and advice in how many files. */
export function prettySummary(counts: Counts, options: PrettyOptions = {}): string {
  const color = options.color ?? false;
  const summary = `${countsInWords(counts)} dans ${plural(counts.files, 'fichier', 'fichiers')}.`;
  return `${counts.errors > 0 ? paint(color, 31, `✖ ${summary}`) : paint(color, 32, `✔ ${summary}`)}\n`;
}
