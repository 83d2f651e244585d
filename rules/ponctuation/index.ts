import type { Nodes as MdastNodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { z } from 'zod';
import { defineRule } from '../../src/engine/define-rule.ts';
import { mdastAncestors, tokensOf, type Token } from '../_shared/tokens.ts';

export const options = z.object({}).strict();

export type Options = z.infer<typeof options>;

type Sign = 'point-virgule' | 'parenthèse' | 'crochet' | 'points de suspension' | 'tiret';

const MESSAGES: Record<Sign, (value: string) => string> = {
  'point-virgule': () =>
    'Le point-virgule « ; » est difficile à comprendre. Coupez la phrase en 2 phrases avec un point.',
  parenthèse: (value) =>
    `La parenthèse « ${value} » cache une information : le lecteur peut la sauter. Écrivez cette information dans une autre phrase.`,
  crochet: (value) =>
    `Le crochet « ${value} » est difficile à comprendre. Écrivez cette information dans une autre phrase.`,
  'points de suspension': (value) =>
    `Les points de suspension « ${value} » ne disent pas la suite. Le lecteur ne peut pas la deviner. Écrivez toute l'information, par exemple dans une liste.`,
  tiret: (value) =>
    `Le tiret « ${value} » coupe la phrase. Il est difficile à suivre. Écrivez 2 phrases avec un point.`,
};

function signOf(value: string): Sign | undefined {
  if (value === ';') return 'point-virgule';
  if (value === '(' || value === ')') return 'parenthèse';
  if (value === '[' || value === ']') return 'crochet';
  if (value === '…' || /^\.{3,}$/.test(value)) return 'points de suspension';
  if (value === '–' || value === '—' || value === '-') return 'tiret';
  return undefined;
}

function hasDigit(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'number';
}

/** « 9 h – 12 h », « 2025 – 2026 », « 10 – 20 € »: a range between two numbers. */
function isRange(tokens: Token[], index: number): boolean {
  const before = tokens.slice(Math.max(0, index - 2), index);
  const after = tokens.slice(index + 1, index + 3);
  return before.some(hasDigit) && after.some(hasDigit);
}

/** True when the sign is inside a web address or an e-mail written in the text, or in code. */
function inAddress(nodes: MdastNodes[]): boolean {
  return nodes.some((node) => {
    if (node.type === 'inlineCode' || node.type === 'code') return true;
    if (node.type !== 'link') return false;
    const text = toString(node);
    return text === node.url || /^(https?:|www\.|mailto:)/.test(text) || text.includes('@') || /\.\w{2,4}(\/|$)/.test(text);
  });
}

/** `ponctuation`: semicolons, parentheses, brackets, ellipses and dashes in the text. */
export default defineRule({
  id: 'ponctuation',
  title: 'Ponctuation difficile',
  severity: 'error',
  options,
  check({ facts, report }) {
    for (const sentence of facts.sentences) {
      const tokens = tokensOf(sentence);
      tokens.forEach((token, index) => {
        if (token.kind !== 'punct') return;
        const sign = signOf(token.value);
        if (!sign) return;
        if (sign === 'tiret') {
          // A hyphen counts only alone between spaces (« oui - non »); a dash starting a line is a list marker.
          if (token.value === '-' && !(token.spaceBefore && tokens[index + 1]?.spaceBefore)) return;
          if (token.lineStart || index === 0) return;
          if (isRange(tokens, index)) return;
          const glued = !token.spaceBefore && tokens[index + 1] !== undefined && !tokens[index + 1]!.spaceBefore;
          if (token.value === '–' && glued && tokens[index - 1]?.kind !== 'punct' && tokens[index + 1]?.kind !== 'punct') return;
          if (tokens[index - 1] === undefined || tokens[index + 1] === undefined) return;
        }
        if (inAddress(mdastAncestors(facts.mdast, token))) return;
        report(MESSAGES[sign](token.value), {
          place: token.position,
          actual: token.value,
          ...(sign === 'point-virgule' ? { expected: ['.'] } : {}),
        });
      });
    }
  },
});
