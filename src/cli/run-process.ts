import { runCli } from './main.ts';
import { roomIn } from './output.ts';
import { v8SettingsChanged } from './v8-settings.ts';

export { v8SettingsChanged };

/**
 * Runs the `falc` command in this process: its arguments (without `node` and the script), its output on
 * stdout and stderr, its exit code in `process.exitCode`. `src/cli/index.ts` calls it (the command run from
 * its TypeScript), and so does `bin/falc.mjs` from the compiled command.
 */
export async function runProcess(args: readonly string[]): Promise<void> {
  // `falc check … | head`: the reader closed the pipe; stop quietly, without a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  // A message of the checker is an Error (vfile-message): without stack traces, tens of thousands of
  // messages cost less time and memory. FALC_DEBUG keeps them, for developers.
  if (!process.env.FALC_DEBUG) Error.stackTraceLimit = 0;
  try {
    process.exitCode = await runCli([...args], {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      roomInStdout: () => roomIn(process.stdout),
      isTTY: process.stdout.isTTY,
    });
  } catch (error) {
    // A bug of ours, not of the author: say it in French, keep the detail for developers.
    process.stderr.write('Le vérificateur a rencontré un problème interne. Vos fichiers n’ont pas été modifiés.\n');
    if (process.env.FALC_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    else process.stderr.write('Pour voir le détail technique, relancez avec FALC_DEBUG=1.\n');
    process.exitCode = 2;
  }
}
