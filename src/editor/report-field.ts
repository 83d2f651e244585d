/**
 * The FALC report beside the form of a guide, in the editor (`npm run editer`). Not a field of the
 * file: it writes nothing. It asks the dev server for the guide's report (`/__falc/rapport`, the same
 * engine and messages as `falc check` and the dev panel, src/astro/dev-report.ts) every 2 seconds, so
 * the messages follow each save, and links to the guide's page with its panel.
 */
import type { BasicFormField } from '@keystatic/core';
import { createElement as h, useEffect, useState } from 'react';
import type { GuideReport } from '../astro/dev-report.ts';
import { messageHead, ruleLinkText } from '../browser/message-item.ts';
import { countSeverities, countsInWords } from '../report/severity-labels.ts';

const POLL_MS = 2000;

/** The guide's slug from the editor's address (`/keystatic/collection/guides/item/<slug>`). */
export function slugFromEditorPath(pathname: string): string | undefined {
  const match = /\/keystatic\/collection\/guides\/item\/([^/]+)\/?$/.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

function Report() {
  const slug = typeof location === 'undefined' ? undefined : slugFromEditorPath(location.pathname);
  const [report, setReport] = useState<GuideReport | null | undefined>(undefined);
  useEffect(() => {
    if (!slug) return;
    let stopped = false;
    const load = async () => {
      try {
        const response = await fetch(`/__falc/rapport?guide=${encodeURIComponent(slug)}`, { cache: 'no-store' });
        const next = (await response.json()) as GuideReport | null;
        if (!stopped) setReport((previous) => (previous && next && previous.version === next.version ? previous : next));
      } catch {
        // The server restarts: try again at the next tick.
      }
    };
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [slug]);
  const title = h('h2', { style: { fontSize: '1.1em', margin: '0 0 6px' } }, 'Messages de la vérification FALC');
  if (!slug) return h('section', { 'aria-label': 'Vérification FALC', 'data-falc-rapport': 'nouveau' }, title, h('p', null, 'Enregistrez le guide : ses messages s’affichent ici.'));
  const messages = report?.messages ?? [];
  const summary =
    report === undefined
      ? 'Vérification en cours…'
      : report === null
        ? 'Ce guide n’est pas encore vérifié. Enregistrez-le, puis attendez quelques secondes.'
        : messages.length === 0
          ? 'Le guide respecte les règles FALC.'
          : `${countsInWords(countSeverities(messages))}.`;
  return h(
    'section',
    { 'aria-label': 'Vérification FALC', 'data-falc-rapport': slug, 'data-version': report?.version ?? '', style: { fontFamily: 'system-ui, sans-serif' } },
    title,
    h('p', { role: 'status' }, summary),
    report?.configError ? h('p', null, `falc.config.json : ${report.configError}`) : null,
    messages.length > 0
      ? h(
          'ul',
          { style: { paddingLeft: '1.2em', margin: '0 0 8px' } },
          ...messages.map((m, index) =>
            // Like the dev panel and the /verifier/ page: the kind of message, its line, the sentence, the rule.
            h(
              'li',
              { key: index, 'data-regle': m.ruleId, 'data-tout-le-texte': m.wholeText ? 'oui' : undefined, style: { marginBottom: 10 } },
              h('strong', null, messageHead(m)),
              m.reason,
              m.quote && !m.wholeText ? h('blockquote', { style: { margin: '4px 0', padding: '4px 6px', borderLeft: '3px solid currentColor', fontStyle: 'normal' } }, m.quote) : null,
              m.url ? h('a', { href: m.url, target: '_blank', rel: 'noopener' }, ruleLinkText(m)) : null,
            ),
          ),
        )
      : null,
    h('a', { href: `/guides/${encodeURIComponent(slug)}/`, target: '_blank', rel: 'noopener' }, 'Voir la page et les messages'),
  );
}

/** A form « field » that shows the report and writes nothing in the file. */
export function reportField(): BasicFormField<null> {
  return {
    kind: 'form',
    label: 'Vérification FALC',
    defaultValue: () => null,
    parse: () => null,
    serialize: () => ({ value: undefined }),
    validate: (value) => value,
    reader: { parse: () => null },
    Input: () => h(Report),
  };
}
