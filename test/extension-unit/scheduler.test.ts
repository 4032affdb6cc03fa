import * as assert from 'node:assert/strict';

import type { SchedulableDocument, SchedulerClock } from '../../extension/src/core/scheduler';

import { LintScheduler } from '../../extension/src/core/scheduler';

function doc(name: string): SchedulableDocument {
  return { uri: { toString: () => `file:///${name}` } };
}

/** Lets the promise callbacks queued so far run (a lint's completion reaches the scheduler through them). */
const settle = () => new Promise<void>(resolve => setImmediate(resolve));

/** A clock whose time moves only when the test says so; its timers fire in order as it moves. */
class FakeClock implements SchedulerClock {
  time = 0;
  private nextId = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Moves to `time`, firing each timer due on the way at its own time (and letting its effects settle). */
  async advanceTo(time: number): Promise<void> {
    for (;;) {
      let next: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers) {
        if (entry[1].at <= time && (!next || entry[1].at < next[1].at)) {
          next = entry;
        }
      }
      if (!next) {
        break;
      }
      this.timers.delete(next[0]);
      this.time = next[1].at;
      next[1].callback();
      await settle();
    }
    this.time = time;
    await settle();
  }

  get pending(): number {
    return this.timers.size;
  }
}

/**
 * A scheduler over a fake clock whose lints take `lintMs(document)` of fake time each (and parse, unless `parses`
 * says otherwise when they start); records when each lint started and finished.
 */
function setup(options: { maxDelayMs?: number; lintMs: (name: string) => number; parses?: () => boolean }) {
  const clock = new FakeClock();
  const starts: [string, number][] = [];
  const ends: [string, number][] = [];
  let maxDelayMs = options.maxDelayMs ?? 300;
  const scheduler = new LintScheduler<SchedulableDocument>(
    () => maxDelayMs,
    document => {
      const name = document.uri.toString().replace('file:///', '');
      starts.push([name, clock.now()]);
      const parsed = options.parses?.() ?? true;
      return new Promise<boolean>(resolve =>
        clock.setTimeout(() => {
          ends.push([name, clock.now()]);
          resolve(parsed);
        }, options.lintMs(name)),
      );
    },
    clock,
  );
  /** Types one key into `document` at each of `times` (absolute fake times, in order). */
  const type = async (document: SchedulableDocument, times: number[]): Promise<void> => {
    for (const time of times) {
      await clock.advanceTo(time);
      scheduler.schedule(document);
    }
  };
  const startTimes = (name: string) => starts.filter(([n]) => n === name).map(([, at]) => at);
  const endTimes = (name: string) => ends.filter(([n]) => n === name).map(([, at]) => at);
  return {
    clock,
    scheduler,
    type,
    startTimes,
    endTimes,
    setMaxDelay: (ms: number) => {
      maxDelayMs = ms;
    },
  };
}

/** `count` key times from `from`, `every` ms apart. */
const keys = (from: number, every: number, count: number): number[] =>
  Array.from({ length: count }, (_, i) => from + i * every);

describe('LintScheduler', () => {
  it('lints a small file at once on every key (its lints are quicker than the keys)', async () => {
    const { clock, type, startTimes } = setup({ lintMs: () => 10 });
    const a = doc('a.ts');
    await type(a, keys(1000, 30, 5));
    await clock.advanceTo(2000);
    assert.deepEqual(startTimes('a.ts'), [1000, 1030, 1060, 1090, 1120]);
  });

  it('lints a small file once a running lint ends when keys come faster than it lints, without waiting', async () => {
    const { clock, type, startTimes, endTimes } = setup({ lintMs: () => 90 });
    const a = doc('a.ts');
    // Keys every 20 ms: the lints (90 ms) are under FAST_LINT_MS, so a follow-up starts as soon as one ends.
    await type(a, keys(1005, 20, 15)); // 1005 … 1285
    await clock.advanceTo(2000);
    assert.deepEqual(startTimes('a.ts'), [1005, 1095, 1185, 1275, 1365]);
    assert.deepEqual(endTimes('a.ts'), [1095, 1185, 1275, 1365, 1455]);
  });

  it('on a slow file, a fast burst lints at its first key and a quarter of a lint after its last', async () => {
    const { clock, scheduler, type, startTimes, endTimes } = setup({ lintMs: () => 200 });
    const a = doc('a.ts');
    void scheduler.lintNow(a); // opened: linted at once
    await clock.advanceTo(500);
    assert.deepEqual(startTimes('a.ts'), [0]);
    // 51 keys, 10 ms apart, from 1005 to 1505: the first lints at once (the pipeline is idle, a new burst).
    const burst = keys(1005, 10, 51);
    await type(a, burst);
    // The lint started at 1005 ended at 1205 while keys still came; the follow-up waits for a pause of
    // min(lintDelayMs 300, half a lint 100, max(two key intervals 20, a quarter of a lint 50)) = 50 ms after the
    // last key (1505).
    await clock.advanceTo(3000);
    assert.deepEqual(startTimes('a.ts'), [0, 1005, 1555]);
    assert.deepEqual(endTimes('a.ts'), [200, 1205, 1755]);
    assert.equal(1755 - burst.at(-1)!, 250, 'the final text is linted 50 ms + one lint after the last key');
  });

  it('a lint slower than the typing interval: one follow-up per running lint, never one lint per key', async () => {
    const { clock, scheduler, type, startTimes } = setup({ lintMs: () => 200 });
    const a = doc('a.ts');
    void scheduler.lintNow(a);
    await clock.advanceTo(500);
    // Keys every 150 ms (a lint takes 200): the wait is min(300, 100, 300) = 100 ms after a key.
    await type(a, [1005, 1155, 1305, 1455, 1605]);
    await clock.advanceTo(3000);
    // 1005: idle, a new burst → at once (ends 1205). 1155 came during it: at 1205 it is 50 ms old, so the
    // follow-up waits the other 50, to 1255 (ends 1455). 1305 came during that one and is 150 ms old at 1455: at
    // once (ends 1655). 1455 and 1605 came during it; at 1655 the last is 50 ms old: waits to 1705.
    assert.deepEqual(startTimes('a.ts'), [0, 1005, 1255, 1455, 1705]);
    assert.equal(startTimes('a.ts').length, 5, 'four lints for five keys, the last 100 ms + one lint after it');
  });

  it('slow typing on a slow file lints at once on every key (the lint ends before the next key)', async () => {
    const { clock, scheduler, type, startTimes } = setup({ lintMs: () => 200 });
    const a = doc('a.ts');
    void scheduler.lintNow(a);
    await type(a, [1000, 1300, 1600, 1900]);
    await clock.advanceTo(3000);
    assert.deepEqual(startTimes('a.ts'), [0, 1000, 1300, 1600, 1900]);
  });

  it('zeroTrust.lintDelayMs bounds the wait; 0 never waits (a follow-up starts as a lint ends)', async () => {
    const { clock, scheduler, type, startTimes, setMaxDelay } = setup({ lintMs: () => 200 });
    const a = doc('a.ts');
    void scheduler.lintNow(a);
    setMaxDelay(5);
    await type(a, keys(1005, 3, 101)); // 1005 … 1305, 3 ms apart
    await clock.advanceTo(2000);
    // At 1205 the last key (1203) is 2 ms old: the follow-up waits for a 5 ms pause (not two intervals, 6 ms),
    // which each further key restarts; the last (1305) starts it at 1310.
    assert.deepEqual(startTimes('a.ts'), [0, 1005, 1310]);
    setMaxDelay(0);
    await type(a, keys(3005, 3, 101)); // 3005 … 3305
    await clock.advanceTo(4000);
    // Never waits: 3005, then back to back as each lint ends while keys come.
    assert.deepEqual(startTimes('a.ts').slice(3), [3005, 3205, 3405]);
  });

  it('measures the document: its first lint (cold) is not counted, then the longer of its last two', async () => {
    let lintMs = 2000;
    let parses = true;
    const { clock, scheduler, type, startTimes } = setup({ lintMs: () => lintMs, parses: () => parses });
    const a = doc('a.ts');
    void scheduler.lintNow(a); // the first lint: worker start, full parse
    await clock.advanceTo(2500);
    assert.equal(scheduler.lintTimeOf('file:///a.ts'), undefined);
    lintMs = 20;
    await type(a, [3000]);
    await clock.advanceTo(3100);
    assert.equal(scheduler.lintTimeOf('file:///a.ts'), 20);
    await type(a, keys(3200, 5, 10)); // 3200 … 3245
    await clock.advanceTo(4000);
    // A 20 ms lint never waits: at once, then as each lint ends.
    assert.deepEqual(startTimes('a.ts'), [0, 3000, 3200, 3220, 3240, 3260]);
    lintMs = 150;
    await type(a, [5000]);
    await clock.advanceTo(5200);
    assert.equal(scheduler.lintTimeOf('file:///a.ts'), 150, 'the longer of the last two');
    // Text that does not parse lints in 5 ms (no rule runs): not counted, so the next valid text's lint is expected
    // to take 150 ms again, and keys wait for a pause.
    lintMs = 5;
    parses = false;
    await type(a, [6400]); // a new burst: at once, ends 6405
    lintMs = 150;
    parses = true;
    await type(a, keys(6410, 10, 4)); // 6410 … 6440: wait min(300, 75, max(20, 37.5)) = 37.5 ms after the last
    await clock.advanceTo(7000);
    assert.equal(scheduler.lintTimeOf('file:///a.ts'), 150);
    assert.deepEqual(startTimes('a.ts').slice(6), [5000, 6400, 6477.5]);
  });

  it('keeps documents apart', async () => {
    const { clock, scheduler, type, startTimes } = setup({ lintMs: name => (name === 'slow.ts' ? 300 : 10) });
    const slow = doc('slow.ts');
    const quick = doc('quick.ts');
    void scheduler.lintNow(slow);
    await clock.advanceTo(400);
    await type(slow, [1000, 1010]);
    await type(quick, [1015, 1020]);
    await clock.advanceTo(2000);
    assert.deepEqual(startTimes('quick.ts'), [1015, 1025]);
    // slow.ts: 1000 at once; 1010 during it; at 1300 its last key is 290 ms old: at once.
    assert.deepEqual(startTimes('slow.ts'), [0, 1000, 1300]);
  });

  it('an immediate lint (open, save) never waits for keys, and runs right after a running lint', async () => {
    const { clock, scheduler, type, startTimes } = setup({ lintMs: () => 200 });
    const a = doc('a.ts');
    void scheduler.lintNow(a);
    await type(a, keys(1005, 10, 10)); // 1005 … 1095: a lint from 1005 to 1205, a follow-up pending
    scheduler.schedule(a, { immediate: true });
    await clock.advanceTo(1300);
    // The pending follow-up becomes immediate: at 1205, not after a pause.
    assert.deepEqual(startTimes('a.ts'), [0, 1005, 1205]);
    // While a typed lint waits for a pause, an immediate one cancels the wait.
    await clock.advanceTo(2200);
    await type(a, keys(2205, 10, 21)); // 2205 at once (ends 2405); the keys to 2405 follow
    await clock.advanceTo(2410); // the follow-up waits for a 50 ms pause after 2405
    scheduler.schedule(a, { immediate: true });
    await clock.advanceTo(3000);
    assert.deepEqual(startTimes('a.ts').slice(3), [2205, 2410]);
  });

  it('lintNow resolves once a lint started after the call has finished', async () => {
    const { clock, scheduler, type, endTimes } = setup({ lintMs: () => 100 });
    const a = doc('a.ts');
    await type(a, [0]); // running 0 … 100
    let done: number | undefined;
    void scheduler.lintNow(a).then(() => {
      done = clock.now();
    });
    await clock.advanceTo(150);
    assert.equal(done, undefined, 'not with the lint that was running when asked');
    await clock.advanceTo(300);
    assert.equal(done, 200);
    assert.deepEqual(endTimes('a.ts'), [100, 200]);
  });

  it('cancel drops a waiting lint and the follow-up of a running one; dispose clears every timer', async () => {
    const { clock, scheduler, type, startTimes } = setup({ lintMs: () => 200 });
    const a = doc('a.ts');
    const b = doc('b.ts');
    void scheduler.lintNow(a);
    await type(a, keys(1005, 10, 3)); // running 1005 … 1205, a follow-up pending
    let released = false;
    void scheduler.lintNow(a).then(() => {
      released = true;
    });
    scheduler.cancel('file:///a.ts');
    await settle();
    assert.ok(released, 'a caller waiting on a cancelled document is released');
    await clock.advanceTo(2000);
    assert.deepEqual(startTimes('a.ts'), [0, 1005]);
    void scheduler.lintNow(b);
    await clock.advanceTo(2500);
    await type(b, keys(3005, 10, 21)); // 3005 at once (ends 3205); the keys to 3205 follow
    await clock.advanceTo(3210); // b's follow-up waits for a pause
    assert.equal(clock.pending, 1);
    scheduler.dispose();
    assert.equal(clock.pending, 0);
    scheduler.schedule(b);
    await clock.advanceTo(5000);
    assert.deepEqual(startTimes('b.ts'), [2000, 3005]);
  });

  it('a lint that throws or rejects counts as done', async () => {
    const clock = new FakeClock();
    const runs: number[] = [];
    const scheduler = new LintScheduler<SchedulableDocument>(
      () => 300,
      () => {
        runs.push(clock.now());
        if (runs.length === 1) {
          throw new Error('boom');
        }
        return Promise.reject(new Error('boom'));
      },
      clock,
    );
    const a = doc('a.ts');
    await scheduler.lintNow(a);
    await scheduler.lintNow(a);
    scheduler.schedule(a);
    await settle();
    assert.deepEqual(runs, [0, 0, 0]);
    scheduler.dispose();
  });
});
