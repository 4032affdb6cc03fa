import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import { configRuleIds, ruleIds } from './support/allRules';
import type { RuleException } from './support/lintSafely';
import { shippedSourceFiles } from './support/shippedFiles';

const ROOT = path.resolve(__dirname, '../..');
const MIN_FILES = 10_000;
/** JavaScript files are linted on both parsers (their ASTs and scope managers differ); TypeScript on its own. */
const JS_PARSERS = ['typescript', 'espree'];

interface WorkerResult {
  files: number;
  linted: number;
  runs: number;
  rejected: string[];
  exceptions: RuleException[];
  findings: number;
  ms: number;
}

function runWorker(files: string[]): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'support/worker.cjs'), {
      workerData: { files, parsers: JS_PARSERS, root: ROOT },
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', code => (code === 0 ? undefined : reject(new Error(`worker exited with ${code}`))));
  });
}

/** Deals the files out largest first, round robin, so the workers finish at about the same time. */
function shares(files: string[], count: number): string[][] {
  const bySize = files.map(f => ({ f, size: fs.statSync(f).size })).sort((a, b) => b.size - a.size);
  const out: string[][] = Array.from({ length: count }, () => []);
  bySize.forEach(({ f }, i) => out[i % count]!.push(f));
  return out;
}

describe('every rule over every JavaScript and TypeScript file shipped in node_modules', function () {
  this.timeout(30 * 60_000);

  it('lints them all without a single rule exception', async () => {
    assert.ok(ruleIds().length > 0);
    for (const id of configRuleIds())
      assert.ok(ruleIds().includes(id.replace('zero-trust/', '')), `${id} is in a config but not run`);
    const files = shippedSourceFiles(ROOT);
    assert.ok(files.length >= MIN_FILES, `only ${files.length} files in node_modules; expected at least ${MIN_FILES}`);
    const workers = Math.max(1, Math.min(os.availableParallelism(), 4));
    const started = Date.now();
    const results = await Promise.all(shares(files, workers).map(runWorker));
    const total = results.reduce(
      (acc, r) => ({
        files: acc.files + r.files,
        linted: acc.linted + r.linted,
        runs: acc.runs + r.runs,
        findings: acc.findings + r.findings,
        rejected: [...acc.rejected, ...r.rejected],
        exceptions: [...acc.exceptions, ...r.exceptions],
      }),
      { files: 0, linted: 0, runs: 0, findings: 0, rejected: [] as string[], exceptions: [] as RuleException[] },
    );
    console.log(
      `      ${total.files} files, ${total.linted} linted (${total.runs} parser runs, ${ruleIds().length} ` +
        `rules, ${total.findings} findings), ` +
        `${total.rejected.length} rejected by the parser and skipped, ${total.exceptions.length} rule exceptions, ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s on ${workers} workers`,
    );
    assert.ok(total.linted >= MIN_FILES, `only ${total.linted} files could be linted`);
    const listed = total.exceptions.map(
      e =>
        `${e.ruleId ?? '(unknown rule)'} threw on ${path.relative(ROOT, e.file)} ` +
        `(${e.parser}): ${e.message}\n${e.stack}`,
    );
    assert.deepEqual(listed, []);
  });
});
