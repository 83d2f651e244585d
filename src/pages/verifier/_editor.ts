/**
 * The /verifier/ page: a CodeMirror 6 editor whose text is checked by the FALC engine in a Web Worker
 * (src/browser/check-worker.ts). Messages are underlined in the text (@codemirror/lint) and listed
 * under it, each with its fix button when the fix is mechanical. Nothing is sent anywhere.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { EditorSelection, EditorState, StateEffect } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { linter, lintGutter, setDiagnosticsEffect, type Diagnostic } from '@codemirror/lint';
import type { CheckAnswer } from '../../browser/check-worker.ts';
import type { PlainMessage } from '../../browser/plain-messages.ts';
import { readabilityInWords } from './_scores.ts';
import { guideFromText } from './_template.ts';
import { messageItem, ruleLinkText } from '../../browser/message-item.ts';
import { NO_FILTER, createFilterForm, shownWith, type Filter } from '../../browser/message-filter.ts';
import { countSeverities, countsInWords, plural } from '../../report/severity-labels.ts';

const STORAGE_KEY = 'falc-verifier-texte';
/** Said when the spelling lookup could not be fetched: what the author can do here, in the page (no command). */
const NO_SPELLING = 'Le dictionnaire n’a pas pu être chargé. Cette page ne vérifie donc pas l’orthographe. Les autres règles marchent. Pour vérifier aussi l’orthographe, rechargez la page.';
const host = document.getElementById('editeur');
const list = document.getElementById('messages');
const status = document.getElementById('etat');
const score = document.getElementById('score');
const download = document.getElementById('telecharger');
const spellingNote = document.getElementById('orthographe');
const filterHost = document.getElementById('filtre');
const shownStatus = document.getElementById('montres');
if (!host || !list || !status || !score || !download || !filterHost || !shownStatus) throw new Error('La page Vérifier est incomplète.');

/** Said when the worker cannot start or cannot check the text: before, the page said nothing and kept old results. */
const NOT_STARTED = 'Le vérificateur n’a pas pu démarrer. Vérifiez votre connexion à internet, puis rechargez la page. Votre texte est gardé.';
const NOT_CHECKED = 'Le vérificateur n’a pas pu vérifier ce texte. Changez un peu le texte, ou rechargez la page. Votre texte est gardé.';

/** The checker cannot answer: say it where the results are, and show no old results. */
function showFailure(text: string): void {
  status!.textContent = text;
  status!.dataset.panne = 'oui';
  score!.textContent = '';
  list!.replaceChildren();
}

const worker = new Worker(new URL('../../browser/check-worker.ts', import.meta.url), { type: 'module' });
/** The worker stopped with an error: no check will come back (its file or language data could not be loaded). */
let workerBroken = false;
worker.addEventListener('error', () => {
  workerBroken = true;
  showFailure(status!.dataset.pret === 'oui' ? NOT_CHECKED : NOT_STARTED);
});
let nextId = 0;
/** When the latest answer arrived: `npm run bench` reads how long the page took to show it. */
let answerReceived: number | undefined;
/** An answer, or the worker's error for that text. */
type Answer = CheckAnswer | { id: number; error: string };
const waiting = new Map<number, (answer: Answer) => void>();
worker.addEventListener('message', (event: MessageEvent<CheckAnswer & { ready?: boolean; spelling?: boolean; warmingUp?: boolean; warmedUp?: boolean; error?: string }>) => {
  const answer = event.data;
  if (answer.warmingUp || answer.warmedUp) {
    // The worker warms the engine up while the page is idle (then the next checks are faster).
    status!.dataset.echauffe = answer.warmedUp ? 'oui' : 'en-cours';
    return;
  }
  if (answer.ready) {
    // The engine and its language data are loaded: the page can check.
    status!.dataset.pret = 'oui';
    return;
  }
  if (answer.spelling !== undefined) {
    // The spelling lookup is fetched (from now on, the page needs no network): check the text again.
    status!.dataset.orthographe = answer.spelling ? 'oui' : 'non';
    if (spellingNote) spellingNote.textContent = answer.spelling ? 'L’orthographe est vérifiée aussi.' : NO_SPELLING;
    view.dispatch({ effects: checkAgain.of(null) });
    return;
  }
  answerReceived = performance.now();
  // From the worker's post to this handler: copying the messages to the page, and the page's own queue.
  status!.dataset.transfert = Math.max(0, performance.timeOrigin + answerReceived - answer.sentAt).toFixed(1);
  const resolve = waiting.get(answer.id);
  // An older request replaced by a newer one gets the newer answer (the worker checks the latest text only).
  for (const [id, other] of waiting) if (id <= answer.id) { waiting.delete(id); if (other !== resolve) other(answer); }
  resolve?.(answer);
});

function checkText(text: string): Promise<Answer> {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker.postMessage({ id, text });
  });
}

/** Asks the linter to check the unchanged text again (the spelling lookup has arrived). */
const checkAgain = StateEffect.define<null>();

const CM_SEVERITY = { error: 'error', warning: 'warning', info: 'info' } as const;

/** Places of a message in the document it was checked on. */
function rangeIn(doc: EditorState['doc'], message: PlainMessage): { from: number; to: number } {
  const length = doc.length;
  let from: number;
  if (message.start !== undefined) from = message.start;
  else {
    const line = doc.line(Math.min(Math.max(1, message.line), doc.lines));
    from = line.from + message.column - 1;
  }
  from = Math.min(Math.max(0, from), length);
  const to = Math.min(Math.max(from, message.end ?? from), length);
  return { from, to };
}

/**
 * The listed messages with their places, kept up to date while the author types (CodeMirror maps
 * them through each change), so that a fix button still replaces the right words.
 */
interface Shown {
  message: PlainMessage;
  from: number;
  to: number;
}
let shown: Shown[] = [];
const followChanges = EditorView.updateListener.of((update) => {
  if (answerReceived !== undefined && update.transactions.some((transaction) => transaction.effects.some((effect) => effect.is(setDiagnosticsEffect)))) {
    // The list and the underlines are up to date: time spent on the page's main thread since the answer.
    status!.dataset.affichage = (performance.now() - answerReceived).toFixed(1);
    answerReceived = undefined;
  }
  if (!update.docChanged) return;
  for (const entry of shown) {
    entry.from = update.changes.mapPos(entry.from, 1);
    entry.to = Math.max(entry.from, update.changes.mapPos(entry.to, -1));
  }
});

function applyFix(view: EditorView, entry: Shown): void {
  const { message, from, to } = entry;
  if (message.fix === undefined) return;
  // The text changed there since the check: do not replace anything else than what was reported.
  if (message.actual !== undefined && view.state.sliceDoc(from, to) !== message.actual) return;
  view.dispatch({ changes: { from, to, insert: message.fix }, selection: EditorSelection.cursor(from + message.fix.length) });
  view.focus();
}

function showInText(view: EditorView, entry: Shown): void {
  view.dispatch({ selection: EditorSelection.range(entry.from, entry.to), effects: EditorView.scrollIntoView(entry.from, { y: 'center' }) });
  view.focus();
  // CodeMirror centres the words in the text's box, but scrolls the page only until they touch its edge:
  // on a phone they stood on the top line of the screen, without the sentence before them. The page is
  // scrolled so that they are in the upper third, once CodeMirror has drawn them.
  requestAnimationFrame(() => {
    const place = view.coordsAtPos(entry.from);
    if (place && (place.top < innerHeight * 0.2 || place.bottom > innerHeight * 0.8)) window.scrollBy({ top: place.top - innerHeight / 3 });
  });
}

/**
 * A listed message's content (its explanation, quote and buttons), kept from one check to the next
 * while the message stays the same.
 */
interface ListedItem {
  content: HTMLDivElement;
  severity: PlainMessage['severity'];
  /** The message it shows now: its buttons act on this entry (its place moves as the author types). */
  current: { entry: Shown };
}
let listed = new Map<string, ListedItem[]>();

/** What an item shows: two messages with the same key have the same item. */
function itemKey({ message }: Shown): string {
  return [message.severity, message.wholeText ? 'texte' : message.line, message.ruleId, message.reason, message.quote, message.fix ?? '\u0001', message.url ?? ''].join('\u0000');
}

function createItem(view: EditorView, entry: Shown): ListedItem {
  const { message } = entry;
  const current = { entry };
  const content = document.createElement('div');
  content.className = 'message-contenu';
  content.append(...messageItem(message).childNodes);
  const actions = document.createElement('p');
  actions.className = 'actions';
  // A message about the whole text (its readability) has no words to show: no button.
  if (!message.wholeText) {
    const go = document.createElement('button');
    go.type = 'button';
    go.textContent = 'Voir dans le texte';
    go.addEventListener('click', () => showInText(view, current.entry));
    actions.append(go);
  }
  if (message.fix !== undefined) {
    const fix = document.createElement('button');
    fix.type = 'button';
    fix.className = 'corriger';
    fix.textContent = `Corriger : écrire « ${message.fix} »`;
    fix.addEventListener('click', () => applyFix(view, current.entry));
    actions.append(fix);
  }
  if (message.url) {
    const link = document.createElement('a');
    link.href = message.url;
    link.textContent = ruleLinkText(message);
    actions.append(link);
  }
  content.append(actions);
  return { content, severity: message.severity, current };
}

/**
 * Shows the messages under the text. The contents of messages that did not change are kept (a keystroke
 * changes a message or two): rebuilding hundreds of items made the browser lay the whole page out again
 * on each check, which blocked typing for hundreds of milliseconds. The list items themselves stay in
 * place, and only their contents change: the site's `li + li` rules make the browser restyle and lay out
 * again every later item when one is inserted or removed in the middle of the list (~270 items, 20 to
 * 70 ms per check with 265 messages); items are only added or removed at the end.
 */
function renderItems(view: EditorView, entries: readonly Shown[]): void {
  const next = new Map<string, ListedItem[]>();
  const items = entries.map((entry) => {
    const key = itemKey(entry);
    const kept = listed.get(key)?.shift() ?? createItem(view, entry);
    kept.current.entry = entry;
    next.set(key, [...(next.get(key) ?? []), kept]);
    return kept;
  });
  listed = next;
  items.forEach(({ content, severity }, index) => {
    let slot = list!.children[index];
    if (!slot) slot = list!.appendChild(document.createElement('li'));
    const className = `message message-${severity}`;
    if (slot.className !== className) slot.className = className;
    if (slot.firstElementChild !== content) slot.replaceChildren(content);
  });
  while (list!.children.length > items.length) list!.lastElementChild!.remove();
}

/** The choice of the filter above the list (src/browser/message-filter.ts). */
let filter: Filter = NO_FILTER;
/** Shows the entries the filter lets through, and says how many (`announce`: after the author's choice, even with no filter). */
function showFiltered(view: EditorView, announce: boolean): void {
  const { visible, words } = shownWith(shown, filter, (entry) => entry.message, announce);
  renderItems(view, visible);
  if (announce || shownStatus!.textContent !== words) shownStatus!.textContent = words;
}

const filterForm = createFilterForm(filterHost, (next) => {
  filter = next;
  // Said aloud after each choice: how many messages the list shows now.
  showFiltered(view, true);
});

/** Shows the messages of a check: all of them are kept (and followed as the author types), the list shows those the filter lets through. */
function renderList(view: EditorView, entries: Shown[]): void {
  shown = entries;
  filterForm.update(entries.map((entry) => entry.message));
  showFiltered(view, false);
}

function renderSummary(answer: CheckAnswer): void {
  status!.textContent =
    answer.messages.length === 0
      ? 'Aucun problème trouvé.'
      : `${plural(answer.messages.length, 'problème trouvé', 'problèmes trouvés')} : ${countsInWords(countSeverities(answer.messages))}.`;
  status!.dataset.duree = answer.ms.toFixed(1);
  status!.dataset.moteur = answer.engineMs.toFixed(1);
  status!.dataset.verifications = String(Number(status!.dataset.verifications ?? '0') + 1);
  score!.textContent = readabilityInWords(answer.stats);
}

const falcLinter = linter(
  async (view) => {
    const text = view.state.doc.toString();
    try {
      localStorage.setItem(STORAGE_KEY, text);
    } catch {
      // Private browsing: the text is not kept, that is all.
    }
    if (workerBroken) return [];
    if (text.trim() === '') {
      renderList(view, []);
      status!.textContent = 'Écrivez un texte pour le vérifier.';
      score!.textContent = '';
      return [];
    }
    const checked = view.state;
    const answer = await checkText(text);
    // The text changed during the check: CodeMirror drops this result and checks again soon.
    if (view.state.doc !== checked.doc) return [];
    if ('error' in answer) {
      renderList(view, []);
      showFailure(NOT_CHECKED);
      return [];
    }
    delete status!.dataset.panne;
    const entries = answer.messages.map((message): Shown => ({ message, ...rangeIn(checked.doc, message) }));
    renderList(view, entries);
    renderSummary(answer);
    const length = view.state.doc.length;
    // A message about the whole text underlines no words: it is listed at the top only.
    return entries.filter((entry) => !entry.message.wholeText).map((entry): Diagnostic => {
      const from = Math.min(entry.from, length);
      const to = Math.min(Math.max(entry.to, from + 1), length);
      const diagnostic: Diagnostic = { from, to, severity: CM_SEVERITY[entry.message.severity], message: entry.message.reason, source: entry.message.ruleTitle ?? entry.message.ruleId };
      if (entry.message.fix !== undefined) diagnostic.actions = [{ name: `Écrire « ${entry.message.fix} »`, apply: () => applyFix(view, entry) }];
      return diagnostic;
    });
  },
  { delay: 250, needsRefresh: (update) => update.transactions.some((transaction) => transaction.effects.some((effect) => effect.is(checkAgain))) },
);

let saved = '';
try {
  saved = localStorage.getItem(STORAGE_KEY) ?? '';
} catch {
  saved = '';
}

const view = new EditorView({
  parent: host,
  state: EditorState.create({
    doc: saved,
    extensions: [
      lineNumbers(),
      history(),
      EditorView.lineWrapping,
      keymap.of([...defaultKeymap, ...historyKeymap]),
      falcLinter,
      followChanges,
      lintGutter(),
      // tabindex 0 adds no stop (the editable text already takes the focus), but it tells axe that the
      // box that scrolls with a long text holds something a keyboard reaches (scrollable-region-focusable).
      EditorView.contentAttributes.of({ 'aria-labelledby': 'etiquette-texte', 'aria-describedby': 'aide-texte', lang: 'fr', spellcheck: 'true', tabindex: '0' }),
    ],
  }),
});
host.dataset.pret = 'oui';

download.addEventListener('click', () => {
  const blob = new Blob([guideFromText(view.state.doc.toString())], { type: 'text/markdown;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'mon-guide.mdx';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});
