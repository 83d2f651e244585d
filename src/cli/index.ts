import { runProcess } from './run-process.ts';

/** Entry point of the `falc` command run from its TypeScript (`bin/falc.mjs` when it cannot compile it). */
await runProcess(process.argv.slice(2));
