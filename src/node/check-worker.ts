/**
 * Worker thread of `falc check --jobs`: builds its own checker (same configuration and resources as
 * the main thread), then checks the files it is sent, one at a time, and sends each result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createFalcChecker } from '../falc.ts';
import { checkPath } from './check-files.ts';
import { sendFile } from './file-transfer.ts';
import { loadConfig } from './load-config.ts';
import { loadResources } from './load-resources.ts';

export interface WorkerSetup {
  config?: string;
  cwd?: string;
}

const setup = workerData as WorkerSetup;
// As in the command: messages are errors, their stack traces are not needed.
if (!process.env.FALC_DEBUG) Error.stackTraceLimit = 0;
const checker = createFalcChecker(await loadConfig(setup.config, setup.cwd), await loadResources(setup.cwd === undefined ? {} : { cwd: setup.cwd }));

parentPort!.on('message', async (job: { index: number; path: string }) => {
  try {
    const file = await checkPath(checker, job.path, setup.cwd);
    parentPort!.postMessage({ index: job.index, file: sendFile(file) });
  } catch (error) {
    parentPort!.postMessage({ index: job.index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
parentPort!.postMessage({ ready: true });
