/**
 * Web Worker of the /verifier/ page: the FALC engine with every rule, run off the main thread so that
 * typing is never blocked. The language data is parsed once, when the worker starts.
 * Receives `{ id, text }`, answers `{ id, messages, stats, ms }`. Posts `{ ready: true }` when it can
 * check, then `{ spelling: true | false }` once the spelling lookup is fetched (or could not be): the
 * page then checks its text again, so that spelling messages appear without blocking the first check.
 * Once the worker has been idle for a second after that, it warms the engine up (`warm-up.ts`): it posts
 * `{ warmingUp: true }` at its first warm-up check, and `{ warmedUp: true }` when it is done.
 */
import { VFile } from 'vfile';
import { createFalcChecker } from '../falc.ts';
import type { SpellingLookup } from '../language/spelling-lookup.ts';
import { browserConfig, fetchSpellingLookup, loadBrowserResources } from './load-resources.ts';
import { plainMessages, type PlainMessage } from './plain-messages.ts';
import { formatOfText } from './text-format.ts';
import { createWarmUp, warmUpTexts } from './warm-up.ts';

export interface CheckRequest {
  id: number;
  text: string;
}

export interface CheckAnswer {
  id: number;
  messages: PlainMessage[];
  stats: { words: number; sentences: number; kandelMoles?: number; lix?: number };
  /** Time of the check in the worker, in milliseconds: the engine, then the messages made plain. */
  ms: number;
  /** The engine's part of `ms` (the rest is the worker's own work around it). */
  engineMs: number;
  /** When the answer was posted (`performance.timeOrigin + performance.now()`): the page works out how long it waited. */
  sentAt: number;
}

let spelling: SpellingLookup | undefined;
// The lexicon asks for the lookup at the first unknown word, and again later while it is missing.
const checker = createFalcChecker(browserConfig(), { ...loadBrowserResources(), spelling: () => spelling });

async function check({ id, text }: CheckRequest): Promise<CheckAnswer> {
  const started = performance.now();
  const format = formatOfText(text);
  const file = new VFile({ value: text, path: format === 'mdx' ? 'texte.mdx' : 'texte.md' });
  await checker.check(file);
  const engineMs = performance.now() - started;
  // The engine keeps only the counts of a checked file (`falcCounts`), not its facts.
  const counts = file.data.falcCounts;
  const stats: CheckAnswer['stats'] = { words: counts?.words ?? 0, sentences: counts?.sentences ?? 0 };
  const scores = file.data.falcStats as { kandelMoles?: number; lix?: number } | undefined;
  if (scores?.kandelMoles !== undefined) stats.kandelMoles = scores.kandelMoles;
  if (scores?.lix !== undefined) stats.lix = scores.lix;
  const messages = plainMessages(file);
  const now = performance.now();
  return { id, messages, stats, ms: now - started, engineMs, sentAt: performance.timeOrigin + now };
}

// Only the latest text matters: requests that arrive during a check replace each other.
let pending: CheckRequest | undefined;
let running = false;

// Three of the project's guides (bundled in the worker: 15 KB, 4 KB with gzip; the page needs no network for them).
let warmingUp = false;
const warmUpGuides = import.meta.glob<string>('../../content/guides/{carte-identite,complementaire-sante-solidaire,rsa}.mdx', { query: '?raw', import: 'default', eager: true });
// 50 short slices, then 10 checks of the three guides as one text of about 2,000 words (the size of a
// long guide an author pastes): about 1 s of the worker's processor time in all, while the page is idle.
const warmUpPlan = warmUpTexts(
  Object.keys(warmUpGuides)
    .sort()
    .map((key) => warmUpGuides[key]!),
  { slices: 50, whole: 10 },
);
const warmUp = createWarmUp({
  texts: warmUpPlan,
  checks: warmUpPlan.length,
  check: (text) => {
    if (!warmingUp) postMessage({ warmingUp: (warmingUp = true) });
    return check({ id: -1, text });
  },
  busy: () => running || pending !== undefined,
  done: () => postMessage({ warmedUp: true }),
});

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  while (pending) {
    // A warm-up slice may be running: the engine checks one text at a time.
    await warmUp.settled();
    const request = pending;
    pending = undefined;
    try {
      postMessage(await check(request));
    } catch (error) {
      postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  running = false;
  warmUp.activity();
}

self.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  warmUp.activity();
  pending = event.data;
  void drain();
});
postMessage({ ready: true });
void fetchSpellingLookup().then((lookup) => {
  spelling = lookup;
  postMessage({ spelling: lookup !== undefined });
  warmUp.start();
});
