/**
 * Warm-up of the /verifier/ page's worker. The first checks of a text are slow in the browser: V8 runs
 * the engine's code in its interpreter, and compiles the hot functions only after many calls (in Node,
 * a 2,000-word guide's re-check takes about 60 ms during the first 25 checks, about 34 ms afterwards).
 * So, once the worker has been idle for a while (after the spelling lookup is loaded), it checks some of
 * the project's guides, in small slices (a guide's header and one of its sections), then as one long text
 * (`warmUpTexts`), and drops the results: the author's first keystrokes then find the engine compiled.
 *
 * A real request always goes first: the warm-up waits while one waits or runs, and starts again only
 * after the worker has been idle `idleMs` again (an author who types stops it). A slice in progress is
 * not cut: `settled()` tells when it is over, so that the engine never checks two texts at once.
 */

export interface WarmUpOptions {
  /** The texts to check, in turn (the slices of `warmUpSlices`). */
  texts: readonly string[];
  /** How many checks in all. */
  checks: number;
  /** Checks a text; the result is dropped. */
  check: (text: string) => Promise<unknown> | unknown;
  /** True while a real request waits or is being checked. */
  busy: () => boolean;
  /** Called once, after the last warm-up check. */
  done: () => void;
  /** How long the worker must have been idle before a warm-up check (ms). */
  idleMs?: number;
  /** Clock (ms); `performance.now` by default. */
  now?: () => number;
  /** Timer; `setTimeout` by default. */
  schedule?: (run: () => void, ms: number) => void;
}

export interface WarmUp {
  /** Starts waiting for the worker to be idle (call it when the language data is loaded). */
  start(): void;
  /** A real request arrived, or was answered: the worker is not idle. */
  activity(): void;
  /** Resolves when no warm-up check is running (at once when none is). */
  settled(): Promise<void>;
  /** Warm-up checks done so far. */
  readonly count: number;
  /** True once every warm-up check is done. */
  readonly finished: boolean;
}

export function createWarmUp(options: WarmUpOptions): WarmUp {
  const idleMs = options.idleMs ?? 1000;
  const now = options.now ?? (() => performance.now());
  const schedule = options.schedule ?? ((run: () => void, ms: number) => void setTimeout(run, ms));
  let lastActivity = now();
  let started = false;
  let timerSet = false;
  let count = 0;
  let finished = false;
  let inFlight: Promise<void> | undefined;

  const finish = (): void => {
    if (finished) return;
    finished = true;
    options.done();
  };

  const wake = (ms: number): void => {
    if (timerSet || finished) return;
    timerSet = true;
    schedule(() => {
      timerSet = false;
      tick();
    }, Math.max(0, ms));
  };

  const tick = (): void => {
    if (finished || inFlight) return;
    if (options.busy()) return wake(idleMs);
    const idleFor = now() - lastActivity;
    if (idleFor < idleMs) return wake(idleMs - idleFor);
    const text = options.texts[count % options.texts.length]!;
    inFlight = (async () => {
      try {
        await options.check(text);
      } catch {
        // A warm-up check that fails changes nothing for the author.
      }
    })().then(() => {
      inFlight = undefined;
      count++;
      if (count >= options.checks) finish();
      // One slice per task: a real request that arrived meanwhile is handled before the next slice.
      else wake(0);
    });
  };

  return {
    start() {
      if (started) return;
      started = true;
      // The idle time counts from now (the spelling lookup was just read).
      lastActivity = now();
      if (options.texts.length === 0 || options.checks <= 0) return finish();
      wake(idleMs);
    },
    activity() {
      lastActivity = now();
    },
    settled() {
      return inFlight ?? Promise.resolve();
    },
    get count() {
      return count;
    },
    get finished() {
      return finished;
    },
  };
}

/** A guide's header (between the `---` lines, with its last line break) and its body. */
function splitHeader(guide: string): { header: string; body: string } {
  if (guide.startsWith('---\n')) {
    const end = guide.indexOf('\n---', 3);
    if (end !== -1) {
      const after = guide.indexOf('\n', end + 4);
      const header = guide.slice(0, after === -1 ? guide.length : after + 1);
      return { header, body: guide.slice(header.length) };
    }
  }
  return { header: '', body: guide };
}

/**
 * Small slices of a guide for the warm-up: its header (between the `---` lines) followed by one of its
 * parts (the text before the first `## ` title, then each `## ` section), so that each check is short.
 */
export function warmUpSlices(guide: string): string[] {
  const { header, body } = splitHeader(guide);
  return body
    .split(/\n(?=## )/)
    .filter((part) => /\p{L}/u.test(part))
    .map((part) => `${header}${part.startsWith('\n') ? '' : '\n'}${part}\n`);
}

/** The guides as one long guide: the first one's header, then every guide's body. */
export function wholeText(guides: readonly string[]): string {
  const parts = guides.map(splitHeader);
  return `${parts[0]?.header ?? ''}\n${parts.map(({ body }) => body.trim()).join('\n\n')}\n`;
}

/**
 * The warm-up's texts, in order: `slices` short slices of the guides (cheap checks: a real request
 * that arrives meanwhile waits little), then `whole` checks of the guides joined as one long text.
 * The slices alone leave the first re-checks of a long text slow: V8 had compiled the engine for
 * short texts, and the worker's heap had not grown to what a long text allocates.
 */
export function warmUpTexts(guides: readonly string[], { slices, whole }: { slices: number; whole: number }): string[] {
  const short = guides.flatMap(warmUpSlices);
  const long = wholeText(guides);
  return [...Array.from({ length: short.length === 0 ? 0 : slices }, (_, index) => short[index % short.length]!), ...Array.from({ length: /\p{L}/u.test(long) ? whole : 0 }, () => long)];
}
