import * as assert from 'node:assert/strict';

import type { SchedulableDocument } from '../../extension/src/core/scheduler';

import { LintScheduler } from '../../extension/src/core/scheduler';

function doc(name: string): SchedulableDocument {
  return { uri: { toString: () => `file:///${name}` } };
}

const tick = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('LintScheduler', () => {
  it('debounces per document: only the last change of a burst lints', async () => {
    const runs: string[] = [];
    const scheduler = new LintScheduler(
      () => 20,
      d => runs.push(d.uri.toString()),
    );
    const a = doc('a.ts');
    const b = doc('b.ts');
    scheduler.schedule(a);
    scheduler.schedule(a);
    scheduler.schedule(b);
    scheduler.schedule(a);
    assert.deepEqual(runs, []);
    await tick(60);
    assert.deepEqual(runs.sort(), ['file:///a.ts', 'file:///b.ts']);
    scheduler.dispose();
  });

  it('runs immediately when asked, cancelling a pending debounce', async () => {
    const runs: string[] = [];
    const scheduler = new LintScheduler(
      () => 20,
      d => runs.push(d.uri.toString()),
    );
    scheduler.schedule(doc('a.ts'));
    scheduler.schedule(doc('a.ts'), { immediate: true });
    assert.deepEqual(runs, ['file:///a.ts']);
    await tick(60);
    assert.deepEqual(runs, ['file:///a.ts']);
    scheduler.dispose();
  });

  it('reads the delay on every change, so a setting change applies at once', () => {
    let delay = 1000;
    const runs: string[] = [];
    const scheduler = new LintScheduler(
      () => delay,
      d => runs.push(d.uri.toString()),
    );
    scheduler.schedule(doc('a.ts'));
    assert.deepEqual(runs, []);
    delay = 0;
    scheduler.schedule(doc('a.ts'));
    assert.deepEqual(runs, ['file:///a.ts']);
    scheduler.dispose();
  });

  it('cancels one document and clears every timer on dispose', async () => {
    const runs: string[] = [];
    const scheduler = new LintScheduler(
      () => 10,
      d => runs.push(d.uri.toString()),
    );
    scheduler.schedule(doc('a.ts'));
    scheduler.schedule(doc('b.ts'));
    scheduler.cancel('file:///a.ts');
    scheduler.dispose();
    await tick(40);
    assert.deepEqual(runs, []);
  });
});
