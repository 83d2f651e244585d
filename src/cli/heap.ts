import { setFlagsFromString } from 'node:v8';

/**
 * How much a heap grows (in %) over what a full garbage collection left before the next one. V8 lets
 * a large heap grow up to 4 times: with the command's ~40 MB of live objects, each thread's heap reached
 * 200 MB, and 2 threads made 500 MB. Growing by half keeps collections rare: 400 fiches in one thread
 * peak at about 240 MB (370 to 440 MB with V8's default). (A small `resourceLimits` heap, used before,
 * made V8 collect after every 30 % of growth: 13 s more processor time on 400 fiches.) The setting is
 * read at each collection, by every thread of the process.
 */
export const HEAP_GROWING_PERCENT = 150;

/**
 * Makes heaps grow less between collections, so that memory stays low over many files. Only the
 * `falc` command calls it: it owns its process (a V8 setting changes the whole process, every thread).
 */
export function lowerHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
