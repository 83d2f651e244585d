/**
 * The server half of src/editor/keep-form.ts. After a file of `content/` changes (a save in the editor),
 * Astro tells every open page to reload (Vite's `full-reload`, without the file that caused it). This
 * integration marks those messages (`falcContenu: true`), so that Keystatic's page ignores them and
 * only them: the reloads Vite needs (new dependencies prepared, code changed) still happen.
 */
import { sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { CONTENT_RELOAD_FLAG } from './keep-form.ts';

/** A reload this long after a change in `content/` is taken as caused by it. */
const AFTER_CHANGE_MS = 60_000;

interface Sender {
  send(...args: unknown[]): unknown;
}

/** `payload`, marked when it is a reload of every page that follows a change in `content/`. */
export function markedReload(payload: unknown, lastContentChange: number, now: number): unknown {
  if (typeof payload !== 'object' || payload === null) return payload;
  const message = payload as { type?: unknown; triggeredBy?: unknown; path?: unknown };
  if (message.type !== 'full-reload' || message.triggeredBy !== undefined) return payload;
  if (message.path !== undefined && message.path !== '*') return payload;
  if (now - lastContentChange > AFTER_CHANGE_MS) return payload;
  return { ...message, [CONTENT_RELOAD_FLAG]: true };
}

export function markContentReloads(): AstroIntegration {
  return {
    name: 'falc-guides:editeur-rechargement',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const content = `${server.config.root}${sep}content${sep}`;
        let lastChange = Number.NEGATIVE_INFINITY;
        const onFile = (file: string) => {
          if (file.startsWith(content)) lastChange = Date.now();
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onFile);
        // Astro sends its reloads through both (they may be one object: marking twice changes nothing).
        for (const channel of new Set<Sender>([server.ws as unknown as Sender, server.environments.client.hot as unknown as Sender])) {
          const send = channel.send.bind(channel);
          channel.send = (payload: unknown, ...rest: unknown[]) => send(markedReload(payload, lastChange, Date.now()), ...rest);
        }
      },
    },
  };
}
