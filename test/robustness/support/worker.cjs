'use strict';
// A worker thread of the shipped-code robustness test: lints its share of the files with every rule and posts
// back the counts and any rule exceptions. Loads the plugin's TypeScript sources like the mocha run does.
const fs = require('node:fs');
const path = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');

require('../../../scripts/register-ts.cjs');
const { lintSafely } = require('./lintSafely.ts');

const { files, parsers } = workerData;
const result = { files: 0, linted: 0, runs: 0, rejected: [], exceptions: [], findings: 0, ms: 0 };
const started = Date.now();
for (const file of files) {
  let code;
  try {
    code = fs.readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  result.files++;
  const isTs = /\.(ts|mts|cts|tsx)$/.test(file);
  let parsed = false;
  for (const parser of isTs ? ['typescript'] : parsers) {
    const outcome = lintSafely(code, file, parser);
    if (outcome.parsed) {
      parsed = true;
      result.runs++;
      result.findings += outcome.findings;
    }
    result.exceptions.push(...outcome.exceptions);
  }
  if (parsed) result.linted++;
  else result.rejected.push(path.relative(workerData.root, file));
}
result.ms = Date.now() - started;
parentPort.postMessage(result);
