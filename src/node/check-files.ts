import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { VFile } from 'vfile';
import { isUnreadable, type Checker, type SourceFormat } from '../engine/index.ts';
import { createFalcChecker } from '../falc.ts';
import { receiveFile, type SentFile } from './file-transfer.ts';
import { loadConfig } from './load-config.ts';
import { loadResources } from './load-resources.ts';
import { expandInputs, missingInput, readInput } from './read-inputs.ts';

export interface CheckInputsOptions {
  cwd?: string;
  /** Format of the standard input (`-`). */
  stdinFormat?: SourceFormat;
  /**
   * Files checked at the same time, on several cores (default: 1, all files in this thread). With 2 or
   * more, this thread checks files too, beside `jobs - 1` worker threads. Workers are used only when there
   * are many files (`PARALLEL_FROM` or more); the result is the same, in the same order. `auto`: one
   * per core but one (`defaultJobs`).
   */
  jobs?: number | 'auto';
  /** Configuration file the workers read (as given to `falc check --config`). */
  config?: string;
  /**
   * Called once, before the checks, when there are `PARALLEL_FROM` files or more. The command uses it to
   * tune its own process (see `tuneForManyFiles` in src/cli/v8-settings.ts); a host such as the Astro build keeps
   * its process as it is.
   */
  onManyFiles?: (count: number) => void;
}

/** Below this number of files, starting workers costs more than it saves. */
export const PARALLEL_FROM = 24;

/**
 * The default number of jobs: one per core but one, at least 1. The thread that checks files is not the
 * only one working: V8's garbage collector marks and sweeps on other cores beside it (one thread on 400
 * fiches: 14.9 s of processor time in 11.4 s). On this project's 2-core machine, quiet (load 1.2), 2 jobs
 * took 1.13 times as long as 1 and 1.49 times the processor time (farm-bench, 3 pairs); so 2 cores
 * check with one thread, 8 cores with 7.
 */
export function defaultJobs(cores: number): number {
  return Math.max(1, cores - 1);
}

/**
 * Reads and checks files, folders or globs with a checker. A file that cannot be read or does not
 * exist gets an error message; the other files are still checked.
 */
export async function checkInputs(checker: Checker, inputs: readonly string[], options: CheckInputsOptions = {}): Promise<VFile[]> {
  const files: VFile[] = [];
  await checkEach(checker, inputs, options, (file) => {
    files.push(file);
  });
  return files;
}

/**
 * What `checkEach` does with each checked file. A promise (the output is full: a slow reader) holds the
 * next files back until it is resolved: checking goes at the reader's pace, without piling up results.
 */
export type OnFile = (file: VFile) => void | Promise<void>;

/**
 * Like `checkInputs`, but hands each checked file to `onFile` as soon as it and the files before it
 * are checked, in input order, and keeps none: a caller that reports each file and lets it go keeps
 * memory flat over thousands of files.
 */
export async function checkEach(checker: Checker, inputs: readonly string[], options: CheckInputsOptions, onFile: OnFile): Promise<void> {
  const { paths, missing } = await expandInputs(inputs, options.cwd);
  let wanted = options.jobs ?? 1;
  if (wanted === 'auto') wanted = defaultJobs(availableParallelism());
  const jobs = Math.min(wanted, Math.floor(paths.length / 8));
  if (paths.length >= PARALLEL_FROM) options.onManyFiles?.(paths.length);
  if (jobs > 1 && paths.length >= PARALLEL_FROM && !paths.includes('-')) {
    await checkInWorkers(checker, paths, jobs, options, onFile);
  } else {
    for (const path of paths) {
      const room = onFile(await checkPath(checker, path, options.cwd, path === '-' ? options.stdinFormat : undefined));
      if (room) await room;
    }
  }
  for (const path of missing) {
    const room = onFile(missingInput(path));
    if (room) await room;
  }
}

/** Reads one file and checks it, unless it cannot be read (it then carries its error message). */
export async function checkPath(checker: Checker, path: string, cwd?: string, format?: SourceFormat): Promise<VFile> {
  const file = await readInput(path, cwd);
  if (format) file.data.falcFormat = format;
  if (!isUnreadable(file)) await checker.check(file);
  return file;
}

/** The worker script: compiled next to the compiled command, or run from the sources with tsx. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./check-worker-dev.mjs', import.meta.url) : new URL('./worker.mjs', import.meta.url);
}

/**
 * Checks files on this thread and `jobs - 1` worker threads, each taking the next file when it is done.
 * Results are handed to `onFile` in input order: one that comes early waits (only a few: each worker
 * has two files in flight, this thread one). While `onFile`'s promise is pending (a slow reader), no
 * file is started: workers that finish wait for it.
 */
function checkInWorkers(checker: Checker, paths: readonly string[], jobs: number, options: CheckInputsOptions, onFile: OnFile): Promise<void> {
  // Loaded here, not at start: a check of a few files never starts a thread (and saves 5 ms). Not with
  // `import()`: the compiled command is a script (bin/falc.mjs), where `import()` cannot run.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  return new Promise((resolve, reject) => {
    const waiting = new Map<number, VFile | SentFile>();
    let next = 0;
    let reported = 0;
    let finished = false;
    /** Pending while the output is full; cleared when it has room. */
    let held: Promise<void> | undefined;
    /** Files each worker would have taken while the output was full. */
    const owed = new Map<Worker, number>();
    const workers: Worker[] = [];
    const finish = (error?: unknown) => {
      if (finished) return;
      finished = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve();
    };
    const give = (worker: Worker) => {
      if (held) {
        owed.set(worker, (owed.get(worker) ?? 0) + 1);
        return;
      }
      if (next < paths.length) {
        worker.postMessage({ index: next, path: paths[next] });
        next++;
      }
    };
    /** Hands every result that is next in input order to `onFile`; stops while the output is full. */
    const flush = () => {
      if (held) return;
      try {
        for (let done = waiting.get(reported); done !== undefined; done = waiting.get(reported)) {
          waiting.delete(reported);
          reported++;
          const room = onFile(done instanceof VFile ? done : receiveFile(done));
          if (room) {
            held = room.then(() => {
              held = undefined;
              for (const [worker, count] of owed) for (let given = 0; given < count; given++) give(worker);
              owed.clear();
              flush();
            });
            held.catch(finish);
            return;
          }
        }
      } catch (error) {
        finish(error);
        return;
      }
      if (reported === paths.length) finish();
    };
    const setup = { ...(options.config === undefined ? {} : { config: options.config }), ...(options.cwd === undefined ? {} : { cwd: options.cwd }) };
    for (let count = 1; count < jobs; count++) {
      const worker = new Worker(workerUrl(), { workerData: setup });
      workers.push(worker);
      worker.on('message', (message: { ready?: boolean; index?: number; file?: SentFile; error?: string }) => {
        if (finished) return;
        if (message.ready) {
          // Two files in flight per worker: it never waits for the main thread.
          give(worker);
          give(worker);
          return;
        }
        if (message.error !== undefined) {
          finish(new Error(message.error));
          return;
        }
        waiting.set(message.index!, message.file!);
        flush();
        give(worker);
      });
      worker.on('error', (error) => finish(error));
    }
    // This thread checks the next file too, between the workers' messages.
    void (async () => {
      while (!finished && next < paths.length) {
        if (held) {
          await held;
          continue;
        }
        const index = next++;
        waiting.set(index, await checkPath(checker, paths[index]!, options.cwd));
        flush();
        // Let the workers' results in before the next file.
        await new Promise((resume) => setImmediate(resume));
      }
    })().catch(finish);
  });
}

/** Checks files, folders or globs with the project configuration and resources. Used by the Astro build. */
export async function checkPaths(inputs: readonly string[], options: { config?: string; cwd?: string } = {}): Promise<VFile[]> {
  const checker = createFalcChecker(await loadConfig(options.config, options.cwd), await loadResources({ cwd: options.cwd }));
  return checkInputs(checker, inputs, options.cwd === undefined ? {} : { cwd: options.cwd });
}
