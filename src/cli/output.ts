import type { Writable } from 'node:stream';

/**
 * When the output's buffer is full (a slow reader: `falc check | less`), a promise resolved when it has
 * room again, or when it is closed; otherwise undefined, and the next file is checked at once. Waiting
 * for it keeps the report from piling up in memory while the reader reads.
 */
export function roomIn(stream: Writable): Promise<void> | undefined {
  if (!stream.writableNeedDrain || stream.destroyed) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
