'use strict';
// A worker thread of the shipped-code robustness test: lints its share of the files with every rule and posts
// back the counts and any rule exceptions. Loads the plugin's TypeScript sources like the mocha run does.
const fs = require('node:fs');
const path = require('node:path');
const { parentPort, workerData } = require('node:worker_threads');

require('../../../scripts/register-ts.cjs');
const { lintFindings, lintSafely } = require('./lintSafely.ts');
const { setMentionsPrefilter } = require('../../../eslint-plugin/src/util/rule/sourceMentions.ts');

const { files, parsers, mode } = workerData;

/** Each file that can be read: its path, its text and whether it is TypeScript. */
function* readable(paths) {
  for (const file of paths) {
    let code;
    try {
      code = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    yield { file, code, isTs: /\.(ts|mts|cts|tsx)$/.test(file) };
  }
}
if (mode === 'prefilter') {
  // Every rule with and without the file-text prefilter: any difference is a finding the prefilter dropped.
  const out = { files: 0, compared: 0, findings: 0, differences: [] };
  for (const { file, code, isTs } of readable(files)) {
    out.files++;
    const parser = isTs ? 'typescript' : parsers[0];
    let withFilter;
    try {
      withFilter = lintFindings(code, file, parser);
    } catch {
      continue; // a rule exception: the shipped-code test reports those
    }
    if (withFilter === undefined) continue;
    setMentionsPrefilter(false);
    const without = lintFindings(code, file, parser);
    setMentionsPrefilter(true);
    out.compared++;
    out.findings += without.length;
    const a = withFilter.join('\n');
    const b = without.join('\n');
    if (a !== b) out.differences.push({ file: path.relative(workerData.root, file), withFilter, without });
  }
  parentPort.postMessage(out);
  return;
}
const result = { files: 0, linted: 0, runs: 0, rejected: [], exceptions: [], findings: 0, ms: 0 };
const started = Date.now();
for (const { file, code, isTs } of readable(files)) {
  result.files++;
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
