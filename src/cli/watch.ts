import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import { CHECKED_EXTENSIONS } from '../node/read-inputs.ts';

export interface WatchOptions {
  /** Stops watching. Without it, Ctrl-C stops. */
  signal?: AbortSignal;
  /** Wait this long after the last save before checking again (editors write a file in several steps). */
  debounceMs?: number;
  cwd?: string;
  /** Called once the watchers are in place. */
  onReady?: () => void;
  /**
   * Files and folders that change how every file is checked (`falc.config.json`, the glossary folder),
   * from `cwd`: a save there is handed to `onChange` as a changed setting. A file is watched through its
   * folder (editors save by replacing the file); a missing file is seen when it is created.
   */
  settings?: readonly string[];
}

/** The folder to watch for a glob: its part before the first special character (`content/**\/*.mdx` → `content`). */
function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || '.';
}

const CHECKED = new RegExp(`\\.(${CHECKED_EXTENSIONS.join('|')})$`);

/**
 * Watches files, folders and globs, and calls `onChange` with the saved files and the saved settings
 * (see `settings`), once the saves have stopped for a moment (`fs.watch`, debounced). Runs one check at
 * a time: saves made during a check lead to one more check. Resolves when stopped (Ctrl-C or the signal).
 */
export async function watchInputs(
  inputs: readonly string[],
  onChange: (paths: string[], settings: string[]) => Promise<void>,
  options: WatchOptions = {},
): Promise<void> {
  const cwd = options.cwd ?? process.cwd();
  const debounce = options.debounceMs ?? 200;
  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  if (!options.signal) process.once('SIGINT', stop);
  const watchers: FSWatcher[] = [];
  const pending = new Set<string>();
  const pendingSettings = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  const flush = async (): Promise<void> => {
    if (running || (pending.size === 0 && pendingSettings.size === 0) || controller.signal.aborted) return;
    const paths = [...pending].sort();
    const settings = [...pendingSettings].sort();
    pending.clear();
    pendingSettings.clear();
    running = onChange(paths, settings).finally(() => {
      running = undefined;
      if (pending.size > 0 || pendingSettings.size > 0) schedule();
    });
    await running;
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounce);
  };

  // A single file is watched through its folder: editors that save by writing another file and renaming
  // it over the guide (vim, VS Code, gedit, Keystatic) replace the file, and a watcher on the file itself
  // sees the first such save only. The files given in one folder share one watcher.
  const filesByFolder = new Map<string, Map<string, string>>();
  for (const input of inputs) {
    if (input === '-') continue;
    const target = isDynamicPattern(input) ? globBase(input) : input;
    const path = resolve(cwd, target);
    const info = await stat(path).catch(() => undefined);
    if (!info) continue;
    if (!info.isDirectory()) {
      const names = filesByFolder.get(dirname(path)) ?? new Map<string, string>();
      names.set(basename(path), target);
      filesByFolder.set(dirname(path), names);
      continue;
    }
    try {
      const watcher = watch(path, { recursive: true }, (_event, name) => {
        const changed = name ? `${target.replace(/\/$/, '')}/${String(name)}` : undefined;
        if (!changed || !CHECKED.test(changed) || changed.includes('node_modules/')) return;
        pending.add(changed);
        schedule();
      });
      watcher.on('error', () => undefined);
      watchers.push(watcher);
    } catch {
      // A folder that cannot be watched is skipped; the others still are.
    }
  }
  for (const [folder, names] of filesByFolder) {
    try {
      const watcher = watch(folder, (_event, name) => {
        // Only the files given: the editor's temporary files and the folder's other files are not checked.
        const changed = name ? names.get(String(name)) : undefined;
        if (changed === undefined) return;
        pending.add(changed);
        schedule();
      });
      watcher.on('error', () => undefined);
      watchers.push(watcher);
    } catch {
      // A folder that cannot be watched is skipped; the others still are.
    }
  }
  for (const setting of options.settings ?? []) {
    const path = resolve(cwd, setting);
    const info = await stat(path).catch(() => undefined);
    const folder = info?.isDirectory() === true;
    const watched = folder ? path : dirname(path);
    try {
      const watcher = watch(watched, (_event, name) => {
        if (!name) return;
        if (folder ? !CHECKED.test(String(name)) : String(name) !== basename(path)) return;
        pendingSettings.add(folder ? `${setting.replace(/\/$/, '')}/${String(name)}` : setting);
        schedule();
      });
      watcher.on('error', () => undefined);
      watchers.push(watcher);
    } catch {
      // A missing folder: nothing to watch there.
    }
  }
  options.onReady?.();
  await new Promise<void>((done) => {
    if (controller.signal.aborted) done();
    else controller.signal.addEventListener('abort', () => done(), { once: true });
  });
  if (timer) clearTimeout(timer);
  process.removeListener('SIGINT', stop);
  for (const watcher of watchers) watcher.close();
  await running;
}
