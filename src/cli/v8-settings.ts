import { setFlagsFromString } from 'node:v8';

/**
 * How much a heap may grow (in %) over what a full garbage collection left, before the next one: V8
 * reads it as a factor of 1 + percent / 100. By default V8 lets a large heap grow up to 4 times: with
 * the command's ~40 MB of live objects, each thread's heap reached 200 MB, and 2 threads made 500 MB.
 * (A small `resourceLimits` heap, used before, made V8 collect after every 30 % of growth: 13 s more
 * processor time on 400 fiches.) On 400 fiches in one thread, 2 December, load 3, 3 runs each: 150 %
 * peaked at 283–401 MB for 14.4–14.6 s of processor time, 100 % at 264–302 MB for 15.4–16.0 s, 75 % at
 * 248–269 MB for 15.3–16.4 s, 50 % at 237–248 MB for 16.2–17.3 s. 75 % keeps the peak well under the
 * 400 MB goal for a few per cent of time. The setting is read at each collection, by every thread of
 * the process.
 */
export const HEAP_GROWING_PERCENT = 75;

/**
 * The V8 settings of a run over many files, in the order they are given to V8.
 * - `--heap-growing-percent`: see `HEAP_GROWING_PERCENT`.
 * - `--no-turbo-inlining`: V8's optimizing compiler (TurboFan) compiles each hot function on a second
 *   thread, and by default copies the functions it calls into it. On a run over hundreds of files that
 *   work does not pay back: about 1,000 compilations (each of the 37 rules' `check` 3 or 4 times, as new
 *   kinds of text reach it), which take the second core from the garbage collector. Without inlining, on
 *   400 fiches (2 December, 12 h 40, 5 pairs with the command before, one thread): 0.86 times the
 *   processor time, 0.93 times the clock time, the same peak memory, and the same report (the setting
 *   changes how fast code runs, never what it computes). A long-lived process that re-checks one guide
 *   again and again (`astro dev`, the editor) keeps V8's default: there, inlined code pays back.
 */
export const MANY_FILES_FLAGS = [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '--no-turbo-inlining'] as const;

let changed = false;

/**
 * Tunes V8 for a run over many files: heaps that grow less between collections (memory stays low over
 * many files), and less work for the optimizing compiler. Only the `falc` command calls it: it owns its
 * process (a V8 setting changes the whole process, every thread, and the worker threads it starts).
 */
export function tuneForManyFiles(): void {
  for (const flag of MANY_FILES_FLAGS) setFlagsFromString(flag);
  changed = true;
}

/**
 * True once `tuneForManyFiles` has run in this process. V8 then refuses compiled code saved under other
 * settings: `bin/falc.mjs` does not save the command's compiled code from such a run.
 */
export function v8SettingsChanged(): boolean {
  return changed;
}
