import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import { setMentionsPrefilter } from '../../eslint-plugin/src/util/rule';
import { docSamples, exampleSamples, ruleTestSamples } from './support/codeSamples';
import { lintFindings } from './support/lintSafely';
import { shippedSourceFiles } from './support/shippedFiles';

const ROOT = path.resolve(__dirname, '../..');

interface Difference {
  file: string;
  withFilter: string[];
  without: string[];
}

interface WorkerResult {
  files: number;
  compared: number;
  findings: number;
  differences: Difference[];
}

function runWorker(files: string[]): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'support/worker.cjs'), {
      workerData: { files, parsers: ['typescript'], root: ROOT, mode: 'prefilter' },
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', code => (code === 0 ? undefined : reject(new Error(`worker exited with ${code}`))));
  });
}

const describeDifference = (d: Difference): string =>
  `${d.file}\n  with the prefilter:    ${d.withFilter.join('; ') || '(none)'}\n  without the ` +
  `prefilter: ${d.without.join('; ') || '(none)'}`;

/**
 * The rules skip files whose text mentions none of their words (`mentions` in `createRule`). That must only save
 * time: these tests lint real code and every test and example input with every rule, with the prefilter and
 * without it, and require the same findings.
 */
describe('the file-text prefilter changes no finding', function () {
  this.timeout(30 * 60_000);

  it('on the examples, the rule docs and every rule test input', () => {
    const samples = [...exampleSamples(ROOT), ...docSamples(ROOT), ...ruleTestSamples(ROOT)];
    assert.ok(samples.length > 500, `only ${samples.length} samples`);
    const differences: Difference[] = [];
    let findings = 0;
    for (const sample of samples) {
      const parser = /\.(ts|mts|cts|tsx)$/.test(sample.filename) ? 'typescript' : 'espree';
      let withFilter: string[] | undefined;
      try {
        withFilter = lintFindings(sample.code, sample.filename, parser);
      } catch {
        continue; // inputs that make ESLint itself throw are the other robustness tests' concern
      }
      if (withFilter === undefined) continue;
      setMentionsPrefilter(false);
      let without: string[] | undefined;
      try {
        without = lintFindings(sample.code, sample.filename, parser);
      } finally {
        setMentionsPrefilter(true);
      }
      findings += without?.length ?? 0;
      if (withFilter.join('\n') !== (without ?? []).join('\n'))
        differences.push({ file: sample.filename, withFilter, without: without ?? [] });
    }
    console.log(
      `      ${samples.length} samples, ${findings} findings without the prefilter, ${differences.length} differences`,
    );
    assert.ok(findings > 300, `only ${findings} findings: the comparison would prove little`);
    assert.deepEqual(differences.map(describeDifference), []);
  });

  it('on every JavaScript and TypeScript file shipped in node_modules', async () => {
    const files = shippedSourceFiles(ROOT);
    const workers = Math.max(1, Math.min(os.availableParallelism(), 4));
    const shares: string[][] = Array.from({ length: workers }, () => []);
    files
      .map(f => ({ f, size: fs.statSync(f).size }))
      .sort((a, b) => b.size - a.size)
      .forEach(({ f }, i) => shares[i % workers]!.push(f));
    const results = await Promise.all(shares.map(runWorker));
    const compared = results.reduce((n, r) => n + r.compared, 0);
    const findings = results.reduce((n, r) => n + r.findings, 0);
    const differences = results.flatMap(r => r.differences);
    console.log(
      `      ${compared} files compared, ${findings} findings without the prefilter, ${differences.length} differences`,
    );
    assert.ok(compared >= 10_000, `only ${compared} files compared`);
    assert.deepEqual(differences.map(describeDifference), []);
  });
});
