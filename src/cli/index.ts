import { runCli } from './main.ts';
import { roomIn } from './output.ts';

/** Entry point of the `falc` command. */
// `falc check … | head`: the reader closed the pipe; stop quietly, without a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
// A message of the checker is an Error (vfile-message): without stack traces, tens of thousands of
// messages cost less time and memory. FALC_DEBUG keeps them, for developers.
if (!process.env.FALC_DEBUG) Error.stackTraceLimit = 0;
try {
  const code = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    roomInStdout: () => roomIn(process.stdout),
    isTTY: process.stdout.isTTY,
  });
  process.exitCode = code;
} catch (error) {
  // A bug of ours, not of the author: say it in French, keep the detail for developers.
  process.stderr.write('Le vérificateur a rencontré un problème interne. Vos fichiers n’ont pas été modifiés.\n');
  if (process.env.FALC_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  else process.stderr.write('Pour voir le détail technique, relancez avec FALC_DEBUG=1.\n');
  process.exitCode = 2;
}
