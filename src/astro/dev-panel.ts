/**
 * `astro dev` only (injected by src/astro/falc-integration.ts, never in the built site): on a guide's
 * page, a panel with the guide's FALC report, updated each time the guide, a glossary entry or
 * `falc.config.json` is saved. Each message quotes the sentence, can scroll to it and highlight it,
 * gives the fix and the rule's page. Above the list, the same filter as the /verifier/ page
 * (src/browser/message-filter.ts): kinds and rule, and a sentence that says how many messages are shown.
 */
import type { GuideReport } from './dev-report.ts';
import { messageItem, ruleLinkText } from '../browser/message-item.ts';
import { countSeverities, countsInWords, type SeverityName } from '../report/severity-labels.ts';
import { NO_FILTER, createFilterForm, shownWith, type Filter } from '../browser/message-filter.ts';
import { renderErrorText, type RenderError } from './render-error.ts';

const PANEL_ID = 'falc-apercu';
const POLL_MS = 700;

type Message = GuideReport['messages'][number];

/** Text of the page with a map back to its text nodes, spaces and apostrophes made uniform. */
function pageText(root: Element): { text: string; places: Array<[Text, number]> } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(`#${PANEL_ID}, script, style, svg`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  const places: Array<[Text, number]> = [];
  let space = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.data;
    for (let index = 0; index < value.length; index++) {
      const char = value[index] ?? '';
      if (/\s/.test(char)) {
        if (space) continue;
        space = true;
        text += ' ';
      } else {
        space = false;
        text += char === '’' ? "'" : char;
      }
      places.push([node, index]);
    }
  }
  return { text, places };
}

/** The words of a source sentence as a reader sees them: no Markdown marks, no tags. */
function visibleText(source: string): string {
  return source
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[#>\-*+\d.\s]+/, '')
    .replace(/[*_`]/g, '')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function findInPage(message: Message): Range | undefined {
  const root = document.querySelector('main') ?? document.body;
  const { text, places } = pageText(root);
  const quote = visibleText(message.quote);
  const candidates = [quote, quote.slice(0, 60), visibleText(message.actual ?? '')].filter((candidate) => candidate.length >= 2);
  for (const candidate of candidates) {
    const at = text.indexOf(candidate);
    if (at === -1) continue;
    const start = places[at];
    const end = places[at + candidate.length - 1];
    if (!start || !end) continue;
    const range = document.createRange();
    range.setStart(start[0], start[1]);
    range.setEnd(end[0], end[1] + 1);
    return range;
  }
  return undefined;
}

function showInPage(message: Message, status: HTMLElement): void {
  const range = findInPage(message);
  if (!range) {
    status.textContent = 'Ce texte n’est pas visible dans la page. Cherchez-le dans le fichier, à la ligne indiquée.';
    return;
  }
  status.textContent = '';
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const HighlightClass = (globalThis as unknown as { Highlight?: new (range: Range) => unknown }).Highlight;
  if (registry && HighlightClass) registry.set(PANEL_ID, new HighlightClass(range));
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center' });
  element?.setAttribute('data-falc-surligne', 'oui');
}

function panelItem(message: Message, status: HTMLElement): HTMLLIElement {
  const item = messageItem(message);
  if (message.expected?.length) {
    const fix = document.createElement('p');
    fix.textContent = `Correction : ${message.expected.map((value) => `« ${value} »`).join(' ou ')}`;
    item.append(fix);
  }
  const actions = document.createElement('p');
  // A message about the whole text has no words to show in the page.
  if (!message.wholeText) {
    const go = document.createElement('a');
    go.href = '#';
    go.textContent = 'Voir dans la page';
    go.addEventListener('click', (event) => {
      event.preventDefault();
      showInPage(message, status);
    });
    actions.append(go);
  }
  if (message.url) {
    const rule = document.createElement('a');
    rule.href = message.url;
    rule.textContent = ruleLinkText(message);
    if (actions.childNodes.length > 0) actions.append(' – ');
    actions.append(rule);
  }
  item.append(actions);
  return item;
}

interface Panel {
  panel: HTMLElement;
  summary: HTMLElement;
  list: HTMLOListElement;
  status: HTMLElement;
  filterHost: HTMLElement;
  shownStatus: HTMLElement;
}

function createPanel(): Panel {
  const style = document.createElement('style');
  style.textContent = `
    #${PANEL_ID} { position: fixed; right: 0; bottom: 0; z-index: 9999; width: min(32rem, 100vw); max-height: 60vh; overflow: auto;
      background: #fff; color: #1a1a1a; border: 3px solid #1a1a1a; padding: 0.5rem 1rem; font-size: 1rem; box-shadow: 0 0 1rem rgba(0,0,0,.3); }
    #${PANEL_ID} summary { font-weight: bold; cursor: pointer; }
    #${PANEL_ID} blockquote { background: #f2f5fa; margin: 0.25rem 0; padding: 0.25rem 0.5rem; }
    #${PANEL_ID} li { margin-bottom: 0.75rem; }
    #${PANEL_ID} .filtre { border: 2px solid #1a1a1a; margin: 0.5rem 0; padding: 0.25rem 0.75rem 0.5rem; min-width: 0; }
    #${PANEL_ID} .filtre legend { font-weight: bold; }
    #${PANEL_ID} .filtre-sortes { display: flex; flex-wrap: wrap; gap: 0 1rem; margin: 0; }
    #${PANEL_ID} .filtre label { display: inline-flex; align-items: center; gap: 0.3rem; min-height: 44px; }
    #${PANEL_ID} .filtre select { font: inherit; min-height: 44px; max-width: 100%; min-width: 0; }
    ::highlight(${PANEL_ID}) { background: #ffd000; color: #1a1a1a; }
  `;
  document.head.append(style);
  const panel = document.createElement('aside');
  panel.id = PANEL_ID;
  panel.setAttribute('aria-label', 'Vérification FALC du guide');
  const details = document.createElement('details');
  // On a phone, the open panel would hide most of the guide: it starts closed there, with its counts
  // in view; a tap opens it. The choice is kept while the page reloads after each save.
  const openKey = `${PANEL_ID}:ouvert`;
  const kept = sessionStorage.getItem(openKey);
  details.open = kept === null ? !matchMedia('(max-width: 40rem)').matches : kept === 'oui';
  details.addEventListener('toggle', () => sessionStorage.setItem(openKey, details.open ? 'oui' : 'non'));
  const summary = document.createElement('summary');
  summary.textContent = 'Vérification FALC…';
  const note = document.createElement('p');
  note.textContent = 'Ce cadre est visible seulement pendant l’écriture (astro dev). Il n’est pas publié.';
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const filterHost = document.createElement('div');
  filterHost.hidden = true;
  // Said aloud after each choice of the filter: how many messages the list shows now.
  const shownStatus = document.createElement('p');
  shownStatus.setAttribute('role', 'status');
  shownStatus.setAttribute('aria-live', 'polite');
  shownStatus.setAttribute('aria-atomic', 'true');
  shownStatus.className = 'falc-apercu-montres';
  const list = document.createElement('ol');
  details.append(summary, note, status, filterHost, shownStatus, list);
  panel.append(details);
  document.body.append(panel);
  return { panel, summary, list, status, filterHost, shownStatus };
}

/** The filter chosen before Astro reloaded the page, as kept in sessionStorage. */
function savedFilter(saved: string | null): Filter | undefined {
  if (!saved) return undefined;
  try {
    const { severities, rule } = JSON.parse(saved) as { severities: SeverityName[]; rule: string | null };
    return { severities: new Set(severities), rule: rule ?? undefined };
  } catch {
    return undefined; // an old or broken value: no filter
  }
}

async function start(slug: string): Promise<void> {
  const { panel, summary, list, status, filterHost, shownStatus } = createPanel();
  let version = -1;
  let messages: Message[] = [];
  let configItem: HTMLLIElement | undefined;
  /** The choice of the filter above the list, kept (for this guide) while the page reloads after each save. */
  const filterKey = `${PANEL_ID}:filtre:${slug}`;
  let filter: Filter = NO_FILTER;
  /** Shows the messages the filter lets through; `announce` says the count even when nothing is filtered. */
  const renderList = (announce: boolean): void => {
    const { visible, words } = shownWith(messages, filter, (message) => message, announce);
    list.replaceChildren(...visible.map((message) => panelItem(message, status)));
    if (configItem) list.prepend(configItem);
    if (shownStatus.textContent !== words) shownStatus.textContent = words;
  };
  const filterForm = createFilterForm(filterHost, (next) => {
    filter = next;
    sessionStorage.setItem(filterKey, JSON.stringify({ severities: [...next.severities], rule: next.rule ?? null }));
    renderList(true);
  });
  const kept = savedFilter(sessionStorage.getItem(filterKey));
  if (kept) filterForm.choose(kept);
  filter = filterForm.current();
  const key = `falc-apercu:${slug}`;
  const update = async (cached?: GuideReport): Promise<void> => {
    let report: GuideReport | null;
    if (cached) report = cached;
    else {
      try {
        const response = await fetch(`/__falc/rapport?guide=${encodeURIComponent(slug)}`, { cache: 'no-store' });
        report = (await response.json()) as GuideReport | null;
      } catch {
        return;
      }
    }
    if (!report || report.version === version) return;
    // Astro reloads the page after a save: the last report is shown at once, then updated.
    sessionStorage.setItem(key, JSON.stringify(report));
    // The guide cannot be built any more: the server now answers its French error page.
    if (report.blocking) {
      location.reload();
      return;
    }
    version = report.version;
    panel.dataset.version = String(version);
    summary.textContent =
      report.messages.length === 0
        ? `Vérification FALC : ${report.file} respecte les règles.`
        : `Vérification FALC : ${countsInWords(countSeverities(report.messages))}`;
    messages = report.messages;
    configItem = undefined;
    if (report.configError) {
      configItem = document.createElement('li');
      configItem.textContent = `falc.config.json : ${report.configError}`;
    }
    filterForm.update(messages);
    filter = filterForm.current();
    renderList(false);
  };
  // Astro could not render the whole page (the error overlay is turned off): say it in French.
  import.meta.hot?.on('vite:error', (payload: { err?: RenderError }) => {
    const warning = panel.querySelector('.falc-apercu-rendu') ?? document.createElement('p');
    warning.className = 'falc-apercu-rendu';
    warning.textContent = renderErrorText(payload?.err);
    list.before(warning);
  });
  const cached = sessionStorage.getItem(key);
  if (cached) await update(JSON.parse(cached) as GuideReport);
  await update();
  setInterval(() => void update(), POLL_MS);
  // The dev server says when a saved file has been checked again (src/astro/falc-integration.ts).
  import.meta.hot?.on('falc:rapport', () => void update());
}

const guide = /^\/guides\/([^/]+)\/?$/.exec(location.pathname);
if (guide?.[1]) void start(decodeURIComponent(guide[1]));
