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
 * Makes heaps grow less between collections, so that memory stays low over many files. Only the
 * `falc` command calls it: it owns its process (a V8 setting changes the whole process, every thread).
 */
export function lowerHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
