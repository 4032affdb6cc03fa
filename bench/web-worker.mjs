// `npm run bench:web-worker`: change → diagnostics in the browser's Web Worker against the Node worker, same files.
// The production bundles (built first): dist/worker.js in a `worker_threads` Worker, as the Node extension host runs
// it, and dist/web/worker.js as a Web Worker in headless Chromium (Debian's, driven by playwright-core; as the web
// extension host of vscode.dev starts it, from a blob: URL). Each gets the same requests, as the extension sends them
// for an open document: the file opened, then keystroke-sized edits in its middle (the worker re-parses around each
// edit), one at a time; a timing is from posting the request to receiving the packed findings, the part of change →
// diagnostics that differs between the hosts (the host side before and after is the same code in both). The Web
// Worker does not follow imports (there are none to follow in these files). Prints a Markdown section to stdout.
// Env: BENCH_RUNS_SCALE (default 1), CHROMIUM (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

import { makeFile } from './serviceFile.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCALE = Number(process.env.BENCH_RUNS_SCALE ?? 1);
const SIZES = [
  { lines: 1_000, runs: Math.max(3, Math.round(30 * SCALE)), warmup: 15 },
  { lines: 5_000, runs: Math.max(3, Math.round(15 * SCALE)), warmup: 3 },
  { lines: 20_000, runs: Math.max(3, Math.round(8 * SCALE)), warmup: 2 },
];
const SETTINGS = { preset: 'recommended', rules: {} };

const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs'), '--production'], {
  cwd: ROOT,
  stdio: ['ignore', 2, 2],
});
if (build.status !== 0) {
  console.error('Building dist/ failed.');
  process.exit(1);
}

/** The requests for one size: open, then edits (`document` keyed, as the extension sends them). */
function requests(lines, count) {
  const base = makeFile(lines);
  const baseLines = base.split('\n');
  const filename = `src/service${lines}.ts`;
  const document = `file:///bench/service${lines}.ts`;
  const texts = [
    base,
    ...Array.from({ length: count }, (_, run) => {
      const copy = [...baseLines];
      copy[Math.floor(lines / 2)] += ` // edit ${run}`;
      return copy.join('\n');
    }),
  ];
  return texts.map(text => ({ text, filename, settings: SETTINGS, document }));
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = q => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

/**
 * Runs the jobs one at a time through each worker in turn (interleaved, so that the load of a shared machine falls
 * on both alike); each `lint` resolves with the response and its time. The timings after the open and `skip` edits.
 */
async function measure(jobs, skip, lints) {
  const timings = lints.map(() => []);
  for (let i = 0; i < jobs.length; i++) {
    for (const [k, lint] of lints.entries()) {
      const { ok, error, ms } = await lint({ id: i + 1, ...jobs[i] });
      if (!ok) {
        throw new Error(error);
      }
      if (i > skip) {
        timings[k].push(ms);
      }
    }
  }
  return timings;
}

// ---------------------------------------------------------------- Node: worker_threads
const nodeWorker = new Worker(path.join(ROOT, 'dist/worker.js'));
const nodeLint = request =>
  new Promise(resolve => {
    const started = performance.now();
    nodeWorker.once('message', response => resolve({ ...response, ms: performance.now() - started }));
    nodeWorker.postMessage(request);
  });

// ---------------------------------------------------------------- browser: a Web Worker in Chromium
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const page = await browser.newPage();
await page.goto('about:blank');
await page.evaluate(
  script => {
    const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
    const worker = new Worker(url, { name: 'zero-trust-lint' });
    /** Timings taken in the page, so that the driver's own messaging does not count. */
    globalThis.lintInWorker = request =>
      new Promise(resolve => {
        const started = performance.now();
        worker.addEventListener(
          'message',
          event => resolve({ ...event.data, outcome: undefined, ms: performance.now() - started }),
          {
            once: true,
          },
        );
        worker.postMessage(request);
      });
  },
  fs.readFileSync(path.join(ROOT, 'dist/web/worker.js'), 'utf8'),
);
const webLint = request => page.evaluate(r => globalThis.lintInWorker(r), request);

const rows = [];
for (const { lines, runs, warmup } of SIZES) {
  const jobs = requests(lines, runs + warmup);
  const [node, web] = (await measure(jobs, warmup, [nodeLint, webLint])).map(stats);
  rows.push({ lines, runs, node, web });
}
await nodeWorker.terminate();
await browser.close();

const ms = value => `${value.toFixed(1)} ms`;
console.log("## Change → diagnostics: the browser's Web Worker against the Node worker\n");
console.log(
  `Same file, same edits, one at a time, the two workers in turn; ${new Date().toISOString().slice(0, 10)}, ` +
    `Node ${process.version}, ${os.cpus().length} CPUs, Chromium (playwright-core) headless.\n`,
);
console.log('| File | Edits | Node worker median / p95 | Web Worker median / p95 | Web / Node (median) |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const { lines, runs, node, web } of rows) {
  console.log(
    `| ${lines.toLocaleString('en-US')} lines | ${runs} | ${ms(node.median)} / ${ms(node.p95)} | ` +
      `${ms(web.median)} / ${ms(web.p95)} | ${(web.median / node.median).toFixed(2)} |`,
  );
}
