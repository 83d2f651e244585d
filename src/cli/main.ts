import { parseArgs } from 'node:util';
import { VFile } from 'vfile';
import { ConfigError, isUnreadable, resolveConfig, severityOf, type Checker, type SourceFormat } from '../engine/index.ts';
import { createFalcChecker, RULES } from '../falc.ts';
import { CONFIG_FILE, loadConfig } from '../node/load-config.ts';
import { forgetGlossaries, GLOSSARY_FOLDER, loadResources } from '../node/load-resources.ts';
import { checkEach, checkInputs } from '../node/check-files.ts';
import { REPORTERS, STREAM_REPORTERS } from '../report/index.ts';
import { countMessages, type Counts } from '../report/summary.ts';
import { runReview } from './review.ts';
import { fixFiles, fixSummary } from './fix.ts';
import { watchInputs } from './watch.ts';
import { tuneForManyFiles } from './v8-settings.ts';
import { SITE_URL } from '../site-address.ts';

/** A checker made at its first check (the same checker as made at once, without its cost when unused). */
function lazyChecker(make: () => Promise<Checker>): Checker {
  let made: Promise<Checker> | undefined;
  return {
    async check(file) {
      made ??= make();
      return (await made).check(file);
    },
  };
}

export const USAGE = `Utilisation : falc check [fichiers, dossiers ou motifs…] [options]
              falc relecture <guide.mdx> --par "Nom" --consentement   (voir falc relecture --help)

Vérifie que des textes respectent les règles du FALC (Facile à lire et à comprendre).
Le vérificateur lit les fichiers .mdx, .md et .txt. Écrivez - pour lire l’entrée standard.

Options :
  --format <nom>        pretty (par défaut), ${'json'}, ou un autre format de la liste : ${'{formats}'}
  --config <fichier>    fichier de configuration (par défaut : falc.config.json s’il existe)
  --stdin-format <nom>  format de l’entrée standard : mdx, md (par défaut) ou txt
  --jobs <nombre>       nombre de fichiers vérifiés en même temps quand il y en a beaucoup
                        (par défaut : le nombre de cœurs du processeur moins un)
  --quiet               n’affiche que les erreurs
  --show-ignored        affiche aussi les règles ignorées avec falc-ignore
  --fix                 corrige dans les fichiers ce qui peut l’être sans changer le sens
                        (« trois » → « 3 », « n° » → « numéro », une date, une heure)
  --watch               vérifie de nouveau chaque fichier enregistré (Ctrl-C pour arrêter)
  --help                affiche cette aide

Code de sortie : 0 sans erreur, 1 s’il y a au moins une erreur, 2 si la commande est mal écrite
ou si un fichier ne peut pas être lu.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd?: string;
  isTTY?: boolean;
  /** Stops `--watch` (Ctrl-C otherwise). */
  signal?: AbortSignal;
  /** Called when `--watch` is ready to see saves. */
  onWatching?: () => void;
  /**
   * A promise while stdout's buffer is full (a slow reader: `falc check | less`), resolved when it has
   * room again: the report is written file by file, and the next file is checked after it.
   */
  roomInStdout?: () => Promise<void> | undefined;
}

function usage(): string {
  return USAGE.replace('{formats}', Object.keys(REPORTERS).join(', '));
}

/** The `falc-ignore` comments of the files: `fichier:ligne  règles  raison`. */
export function listSuppressions(files: readonly VFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const suppression of file.data.falcSuppressions ?? []) {
      const silenced = suppression.silenced > 1 ? `${suppression.silenced} messages ignorés` : `${suppression.silenced} message ignoré`;
      lines.push(`  ${file.path || 'entrée standard'}:${suppression.line}  ${suppression.rules.join(' ')}  « ${suppression.reason} »  ${silenced}`);
    }
  }
  if (lines.length === 0) return 'Règles ignorées : aucune.\n';
  return `Règles ignorées avec falc-ignore : ${lines.length}\n${lines.join('\n')}\n`;
}

/** Runs the CLI and returns its exit code. Never throws on bad input. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'aide') {
    io.stdout(`${usage()}\n`);
    return 0;
  }
  if (command === 'relecture') return runReview(rest, io);
  if (command !== 'check') {
    io.stderr(`${command ? `La commande « ${command} » n’existe pas.` : 'Il manque la commande.'} Écrivez : falc check content/\n\n${usage()}\n`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'pretty' },
        config: { type: 'string' },
        'stdin-format': { type: 'string', default: 'md' },
        jobs: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        'show-ignored': { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    const option = error instanceof Error ? /'([^']+)'/.exec(error.message)?.[1] : undefined;
    io.stderr(`L’option « ${option ?? ''} » n’est pas connue ou est mal écrite.\n\n${usage()}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`${usage()}\n`);
    return 0;
  }
  const reporter = REPORTERS[values.format];
  if (!reporter) {
    io.stderr(`Le format « ${values.format} » n’existe pas. Choisissez : ${Object.keys(REPORTERS).join(', ')}.\n`);
    return 2;
  }
  const stdinFormat = values['stdin-format'];
  if (!['mdx', 'md', 'txt'].includes(stdinFormat)) {
    io.stderr(`Le format d’entrée « ${stdinFormat} » n’existe pas. Choisissez : mdx, md ou txt.\n`);
    return 2;
  }
  const jobs: number | 'auto' = values.jobs === undefined ? 'auto' : Number(values.jobs);
  if (jobs !== 'auto' && (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)) {
    io.stderr(`Le nombre de tâches « ${values.jobs} » n’est pas valable. Écrivez un nombre entier entre 1 et 64, par exemple : --jobs 2\n`);
    return 2;
  }
  if (positionals.length === 0) {
    io.stderr(`Indiquez les fichiers à vérifier. Par exemple : falc check content/\n\n${usage()}\n`);
    return 2;
  }
  let checker: Checker;
  try {
    const config = await loadConfig(values.config, io.cwd);
    // A wrong configuration is said at once. The language resources (frequencies, glossary) are read
    // at the first file this thread checks: when worker threads check the files, it never reads them.
    resolveConfig(config, RULES);
    checker = lazyChecker(async () => createFalcChecker(config, await loadResources({ cwd: io.cwd })));
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (values.fix && values.watch) {
    io.stderr('Les options --fix et --watch ne vont pas ensemble : --fix modifierait le fichier pendant que vous l’écrivez. Lancez d’abord falc check --fix, puis falc check --watch.\n');
    return 2;
  }
  const inputOptions = {
    ...(io.cwd === undefined ? {} : { cwd: io.cwd }),
    ...(values.config === undefined ? {} : { config: values.config }),
    stdinFormat: stdinFormat as SourceFormat,
    jobs,
    onManyFiles: tuneForManyFiles,
  };
  const titles = Object.fromEntries(RULES.map((rule) => [rule.id, rule.title]));
  const reporterOptions = { color: io.isTTY === true && !process.env.NO_COLOR, verbose: values.verbose, titles, siteUrl: SITE_URL };
  /** The exit code of some checked files, and the list of their `falc-ignore` comments when asked. */
  const afterReport = (unreadable: boolean, errors: number, ignored: readonly VFile[]): number => {
    if (values['show-ignored']) {
      // After the report. Machine formats keep stdout clean: the list goes to stderr.
      const list = listSuppressions(ignored);
      if (values.format === 'pretty') io.stdout(list);
      else io.stderr(list);
    }
    if (unreadable) return 2;
    return errors > 0 ? 1 : 0;
  };
  const quiet = (file: VFile) => {
    if (values.quiet) file.messages = file.messages.filter((message) => severityOf(message) === 'error');
  };
  const stream = STREAM_REPORTERS[values.format];
  const runOnce = async (inputs: readonly string[]): Promise<number> => {
    if (stream && !values.fix) {
      // Each file is reported as soon as it is checked, then let go: memory stays flat over thousands of files.
      const writer = stream(reporterOptions);
      const counts: Counts = { files: 0, errors: 0, warnings: 0, infos: 0 };
      const ignored: VFile[] = [];
      let unreadable = false;
      io.stdout(writer.start());
      await checkEach(checker, inputs, inputOptions, (file) => {
        quiet(file);
        const own = countMessages([file]);
        counts.files++;
        counts.errors += own.errors;
        counts.warnings += own.warnings;
        counts.infos += own.infos;
        if (isUnreadable(file)) unreadable = true;
        if (values['show-ignored'] && file.data.falcSuppressions?.length) {
          const kept = new VFile({ path: file.path });
          kept.data.falcSuppressions = file.data.falcSuppressions;
          ignored.push(kept);
        }
        const text = writer.file(file);
        if (!text) return undefined;
        io.stdout(text);
        // A slow reader: the next file waits until the output has room (memory stays flat).
        return io.roomInStdout?.();
      });
      io.stdout(writer.end(counts));
      await io.roomInStdout?.();
      return afterReport(unreadable, counts.errors, ignored);
    }
    let files = await checkInputs(checker, inputs, inputOptions);
    if (values.fix) {
      const outcome = await fixFiles(checker, files);
      files = outcome.files;
      const summary = fixSummary(outcome);
      if (values.format === 'pretty') io.stdout(summary);
      else io.stderr(summary);
    }
    for (const file of files) quiet(file);
    io.stdout(reporter(files, reporterOptions));
    return afterReport(files.some(isUnreadable), countMessages(files).errors, files);
  };
  const code = await runOnce(positionals);
  if (!values.watch) return code;
  io.stderr('Surveillance des fichiers : chaque fichier enregistré est vérifié de nouveau. Appuyez sur Ctrl-C pour arrêter.\n');
  await watchInputs(
    positionals,
    async (paths, settings) => {
      if (settings.length > 0) {
        // The configuration or the glossary changed: every file is checked again with the new one.
        forgetGlossaries();
        try {
          checker = createFalcChecker(await loadConfig(values.config, io.cwd), await loadResources({ cwd: io.cwd }));
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          io.stderr(`\n${error.message}\nLa vérification garde l’ancienne configuration jusqu’à la correction du fichier.\n`);
          if (paths.length > 0) await runOnce(paths);
          return;
        }
        io.stderr(`\nFichier enregistré : ${settings.join(', ')}. La configuration ou le glossaire a changé : nouvelle vérification de tous les fichiers.\n`);
        await runOnce(positionals);
        return;
      }
      io.stderr(`\nFichier enregistré : ${paths.join(', ')}. Nouvelle vérification.\n`);
      await runOnce(paths);
    },
    {
      settings: [values.config ?? CONFIG_FILE, GLOSSARY_FOLDER],
      ...(io.signal ? { signal: io.signal } : {}),
      ...(io.cwd === undefined ? {} : { cwd: io.cwd }),
      ...(io.onWatching ? { onReady: io.onWatching } : {}),
    },
  );
  io.stderr('Surveillance arrêtée.\n');
  return 0;
}
