import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWarmUp, warmUpSlices, warmUpTexts, wholeText, type WarmUpOptions } from '../../src/browser/warm-up.ts';

/** A hand-driven clock and timer: the test says when time passes, nothing depends on the machine's speed. */
function fakeTime() {
  let time = 0;
  let timers: Array<{ at: number; run: () => void }> = [];
  const flush = async () => {
    for (let turn = 0; turn < 20; turn++) await Promise.resolve();
  };
  return {
    now: () => time,
    schedule: (run: () => void, ms: number) => void timers.push({ at: time + ms, run }),
    /** Moves the clock on by `ms`, running the timers that fall due (and the checks they start). */
    async advance(ms: number) {
      const end = time + ms;
      for (;;) {
        await flush();
        const due = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        time = Math.max(time, due.at);
        due.run();
      }
      time = end;
      await flush();
    },
  };
}

function setUp(overrides: Partial<WarmUpOptions> = {}) {
  const clock = fakeTime();
  const checked: string[] = [];
  const state = { busy: false, done: 0 };
  const warmUp = createWarmUp({
    texts: ['a', 'b', 'c'],
    checks: 7,
    check: (text) => void checked.push(text),
    busy: () => state.busy,
    done: () => state.done++,
    now: clock.now,
    schedule: clock.schedule,
    ...overrides,
  });
  return { clock, checked, state, warmUp };
}

describe('the warm-up of the /verifier/ worker', () => {
  it('starts after a second of idleness, checks the texts in turn, then says it is done, once', async () => {
    const { clock, checked, state, warmUp } = setUp();
    await clock.advance(5000);
    expect(checked).toEqual([]); // not started: the spelling lookup is not loaded yet
    warmUp.start();
    await clock.advance(999);
    expect(checked).toEqual([]);
    await clock.advance(1);
    expect(checked).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
    expect(state.done).toBe(1);
    expect(warmUp.finished).toBe(true);
    await clock.advance(60_000);
    warmUp.activity();
    await clock.advance(60_000);
    expect(checked).toHaveLength(7);
    expect(state.done).toBe(1);
  });

  it('yields to real requests: nothing runs while one waits or runs, and it waits a second of idleness again', async () => {
    const { clock, checked, state, warmUp } = setUp();
    warmUp.start();
    state.busy = true;
    await clock.advance(10_000);
    expect(checked).toEqual([]);
    state.busy = false;
    warmUp.activity(); // the real check is answered
    await clock.advance(500);
    expect(checked).toEqual([]);
    await clock.advance(2000);
    expect(checked).toHaveLength(7);
  });

  it('stops while the author types, and goes on once they stop', async () => {
    const clock = fakeTime();
    const checked: string[] = [];
    let typing = false;
    let done = 0;
    // Each warm-up check takes 10 ms; the author starts typing during the third one.
    const warmUp = createWarmUp({
      texts: ['a', 'b', 'c'],
      checks: 7,
      check: async (text) => {
        checked.push(text);
        await new Promise<void>((resolve) => clock.schedule(resolve, 10));
      },
      busy: () => typing,
      done: () => done++,
      now: clock.now,
      schedule: clock.schedule,
    });
    warmUp.start();
    await clock.advance(1025);
    expect(checked).toEqual(['a', 'b', 'c']);
    typing = true;
    warmUp.activity();
    // The slice in progress is not cut, but the real check waits for it and then goes first.
    let settled = false;
    void warmUp.settled().then(() => (settled = true));
    await clock.advance(0);
    expect(settled).toBe(false);
    await clock.advance(5);
    expect(settled).toBe(true);
    expect(warmUp.count).toBe(3);
    // The author types for 3 seconds: no warm-up check.
    for (let key = 0; key < 10; key++) {
      await clock.advance(300);
      warmUp.activity();
    }
    expect(checked).toHaveLength(3);
    typing = false;
    warmUp.activity();
    await clock.advance(900);
    expect(checked).toHaveLength(3);
    expect(done).toBe(0);
    await clock.advance(1000);
    expect(checked).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
    expect(done).toBe(1);
    await expect(warmUp.settled()).resolves.toBeUndefined();
  });

  it('says it is done at once when there is nothing to check, and a failing check does not stop it', async () => {
    const empty = setUp({ texts: [] });
    empty.warmUp.start();
    expect(empty.state.done).toBe(1);
    const failing = setUp({
      check: () => {
        throw new Error('panne');
      },
    });
    failing.warmUp.start();
    await failing.clock.advance(1000);
    expect(failing.warmUp.count).toBe(7);
    expect(failing.state.done).toBe(1);
  });

  it('cuts a guide into its header followed by each of its parts', () => {
    const slices = warmUpSlices('---\ntitle: Un guide\n---\n\nVous avez 3 enfants.\n\n## Ce qu’il faut\n\nUn papier.\n\n## Où aller\n\nÀ la mairie.\n');
    expect(slices).toEqual([
      '---\ntitle: Un guide\n---\n\nVous avez 3 enfants.\n\n',
      '---\ntitle: Un guide\n---\n\n## Ce qu’il faut\n\nUn papier.\n\n',
      '---\ntitle: Un guide\n---\n\n## Où aller\n\nÀ la mairie.\n\n',
    ]);
    // The project's guides give several short slices each, all with the guide's header.
    const guide = readFileSync('content/guides/rsa.mdx', 'utf8');
    const rsa = warmUpSlices(guide);
    expect(rsa.length).toBeGreaterThan(3);
    for (const slice of rsa) expect(slice.startsWith('---\ntitle: Demander le revenu de solidarité active\n')).toBe(true);
  });

  it('checks short slices first, then the guides joined as one long guide', () => {
    const first = '---\ntitle: Un guide\n---\n\nVous avez 3 enfants.\n\n## Où aller\n\nÀ la mairie.\n';
    const second = '---\ntitle: Un autre guide\n---\n\nVous pouvez venir lundi.\n';
    expect(wholeText([first, second])).toBe('---\ntitle: Un guide\n---\n\nVous avez 3 enfants.\n\n## Où aller\n\nÀ la mairie.\n\nVous pouvez venir lundi.\n');
    const texts = warmUpTexts([first, second], { slices: 4, whole: 2 });
    expect(texts).toEqual([...warmUpSlices(first), ...warmUpSlices(second), warmUpSlices(first)[0], wholeText([first, second]), wholeText([first, second])]);
    // The project's three warm-up guides make a long text, about the size of a long guide an author pastes.
    const guides = ['carte-identite', 'complementaire-sante-solidaire', 'rsa'].map((name) => readFileSync(`content/guides/${name}.mdx`, 'utf8'));
    const words = wholeText(guides).split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
    expect(words).toBeGreaterThan(1500);
    expect(warmUpTexts([], { slices: 4, whole: 2 })).toEqual([]);
  });
});
