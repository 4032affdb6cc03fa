// One measurement, run in a fresh Node process by bench/run.mjs: lints the whole corpus once with one rule set and
// prints a JSON line with CPU time, wall time, peak memory and (with --timing) ESLint's per-rule times.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { CORPUS_PARTS, corpusFiles, corpusPart, isModule } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(ROOT, 'package.json'));

/** Wall time spent in the parser since the process started (see the timed parser in main()). */
let parseNs = 0n;

/** The rule sets compared. Each returns the flat config entries added to the parser-only base config. */
export const RULE_SETS = {
  none: () => [],
  // Calibration: one rule with a single Program listener. Its ratio shows what the harness reads for a rule
  // that costs nothing (so what any real rule set adds over it is the rules' own cost).
  noop: () => [
    {
      plugins: {
        calibration: { rules: { noop: { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) } } },
      },
      rules: { 'calibration/noop': 'error' },
    },
  ],
  recommended: () => [require('./eslint-plugin/dist/index.js').configs.recommended],
  // `recommended` of another build of the plugin (ZT_BASELINE_PLUGIN=<its dist/index.js>): two builds measured side
  // by side in the same rounds, for the before and after of a change.
  baseline: () => [require(path.resolve(process.env.ZT_BASELINE_PLUGIN ?? '')).configs.recommended],
  // `recommended` with values not followed into the project's modules: what following them costs.
  local: () => [
    require('./eslint-plugin/dist/index.js').configs.recommended,
    { settings: { 'zero-trust': { followImports: false } } },
  ],
  strict: () => [require('./eslint-plugin/dist/index.js').configs.strict],
  'no-secrets': () => [
    { plugins: { 'no-secrets': require('eslint-plugin-no-secrets') }, rules: { 'no-secrets/no-secrets': 'error' } },
  ],
  jwt: () => [require('eslint-plugin-jwt').configs.recommended],
  all: () => {
    const plugin = require('./eslint-plugin/dist/index.js');
    return [
      {
        plugins: { 'zero-trust': plugin },
        rules: Object.fromEntries(Object.keys(plugin.rules).map(id => [`zero-trust/${id}`, 'error'])),
      },
    ];
  },
  'sonarjs-secrets-jwt': () => [
    {
      plugins: { sonarjs: require('eslint-plugin-sonarjs') },
      rules: {
        'sonarjs/no-hardcoded-passwords': 'error',
        'sonarjs/no-hardcoded-secrets': 'error',
        'sonarjs/hardcoded-secret-signatures': 'error',
        'sonarjs/insecure-jwt-token': 'error',
      },
    },
  ],
};

async function main() {
  const [name, ...flags] = process.argv.slice(2);
  const timingWanted = flags.includes('--timing');
  const names = name?.split(',') ?? [];
  if (!names.length || names.some(n => !(n in RULE_SETS))) {
    throw new Error(
      `usage: lint-child.mjs <set>[,<set>...] [--timing] [--max-lines N], sets: ${Object.keys(RULE_SETS).join('|')}`,
    );
  }
  const { Linter } = require('eslint');
  const tsParser = require('@typescript-eslint/parser');
  // The parser, timed: the rules never change what it does, so the time a lint spends after parsing is the part
  // where rule sets differ (paired() reports it next to the CPU time). One clock read per file, for every set alike.
  const parser = {
    meta: { name: 'typescript-eslint/parser (timed)' },
    parseForESLint(code, options) {
      const t0 = process.hrtime.bigint();
      try {
        return tsParser.parseForESLint(code, options);
      } finally {
        parseNs += process.hrtime.bigint() - t0;
      }
    },
  };
  let files = corpusFiles(ROOT).map(file => {
    const code = fs.readFileSync(file, 'utf8');
    return { file, code, sourceType: isModule(file, code) ? 'module' : 'commonjs' };
  });
  const maxLinesAt = flags.indexOf('--max-lines');
  const maxLines = maxLinesAt >= 0 ? Number(flags[maxLinesAt + 1]) : 0;
  if (maxLines > 0) {
    // An even sample of the corpus (every n-th file), so every package stays in it.
    const total = files.reduce((n, f) => n + f.code.split('\n').length, 0);
    const stride = Math.max(1, Math.ceil(total / maxLines));
    files = files.filter((_, i) => i % stride === 0);
  }
  // Normalize each config once, as the CLI does: handed a plain array, Linter#verify would rebuild and re-validate
  // it for every file, a per-file cost that grows with the number of rules and that real runs do not pay.
  const eslintDir = path.dirname(require.resolve('eslint/package.json'));
  const { FlatConfigArray } = require(path.join(eslintDir, 'lib/config/flat-config-array.js'));
  const configsFor = setName => {
    const extra = RULE_SETS[setName]();
    const out = {};
    for (const sourceType of ['module', 'commonjs']) {
      const array = new FlatConfigArray(
        [
          {
            files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
            languageOptions: { parser, sourceType, ecmaVersion: 'latest' },
            linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
          },
          ...extra,
        ],
        { basePath: ROOT },
      );
      array.normalizeSync();
      out[sourceType] = array;
    }
    return out;
  };
  const linter = new Linter({ configType: 'flat', cwd: ROOT });
  if (names.length > 1) {
    paired(
      linter,
      files,
      names.map(n => [n, configsFor(n)]),
    );
    return;
  }
  const configs = configsFor(name);
  // Warm-up pass over a fifth of the corpus (not measured), so the measured pass compares steady-state costs
  // rather than how quickly V8 compiles the parser in this process.
  for (const { file, code, sourceType } of files.filter((_, i) => i % 5 === 0)) {
    linter.verify(code, configs[sourceType], path.basename(file));
  }
  // ESLint's TIMING collector (the same module instance the Linter writes to, enabled by TIMING in the
  // environment); read before and after the measured pass, and printed by the parent rather than at exit.
  const collector = timingWanted
    ? require(path.join(path.dirname(require.resolve('eslint/package.json')), 'lib/linter/timing.js'))
    : undefined;
  collector?.disableDisplay?.();
  const timingBefore = collector?.getData?.() ?? {};
  let messages = 0;
  let fatal = 0;
  let lines = 0;
  const cpu0 = process.cpuUsage();
  const wall0 = process.hrtime.bigint();
  for (const { file, code, sourceType } of files) {
    const result = linter.verify(code, configs[sourceType], path.basename(file));
    for (const m of result) {
      if (m.fatal) fatal++;
      else if (m.ruleId) messages++;
    }
  }
  const cpu = process.cpuUsage(cpu0);
  const wallMs = Number(process.hrtime.bigint() - wall0) / 1e6;
  for (const { code } of files) lines += code.split('\n').length;
  let timing;
  if (collector?.getData) {
    timing = {};
    for (const [ruleId, ms] of Object.entries(collector.getData())) timing[ruleId] = ms - (timingBefore[ruleId] ?? 0);
  }
  // What stays reachable after the pass: a full collection first (run.mjs passes --expose-gc), so garbage V8 has not
  // yet collected (which makes peak RSS vary from run to run) does not count.
  globalThis.gc?.();
  const retainedHeapMB = process.memoryUsage().heapUsed / 1024 / 1024;
  const result = {
    name,
    files: files.length,
    lines,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    retainedHeapMB,
    messages,
    fatal,
    timing,
  };
  process.stdout.write(`\nBENCH_RESULT ${JSON.stringify(result)}\n`);
}

/**
 * The paired measurement: every file is linted once with each rule set in turn, the order rotating from file to
 * file, and the CPU time (user + system, all threads) of each lint is added to its set's total. Sets measured
 * side by side this way share the process, the JIT state and the moment, so the machine's other load falls on all
 * of them alike; timing whole processes one after another on a shared machine proved noisier than the effects
 * being measured. With --expose-gc (bench/run.mjs passes it) each lint starts with an empty young generation.
 * Each set also gets the wall time of its lints and the part of it spent in the parser.
 */
function paired(linter, files, sets) {
  const lint = (file, configs) => linter.verify(file.code, configs[file.sourceType], path.basename(file.file));
  // Warm-up, not measured: a fifth of the corpus with every set.
  for (const file of files.filter((_, i) => i % 5 === 0)) for (const [, configs] of sets) lint(file, configs);
  const totals = sets.map(() => ({
    cpuMs: 0,
    wallMs: 0,
    parseMs: 0,
    messages: 0,
    parts: Object.fromEntries(CORPUS_PARTS.map(part => [part, 0])),
  }));
  files.forEach((file, i) => {
    for (let k = 0; k < sets.length; k++) {
      const j = (i + k) % sets.length;
      // Start each lint with an empty young generation (unmeasured), so a lint does not pay for collecting the
      // garbage the previous set's lint left behind.
      globalThis.gc?.({ type: 'minor' });
      const parse0 = parseNs;
      const cpu0 = process.cpuUsage();
      const wall0 = process.hrtime.bigint();
      const result = lint(file, sets[j][1]);
      const wall = Number(process.hrtime.bigint() - wall0) / 1e6;
      const cpu = process.cpuUsage(cpu0);
      totals[j].parseMs += Number(parseNs - parse0) / 1e6;
      totals[j].cpuMs += (cpu.user + cpu.system) / 1000;
      totals[j].parts[corpusPart(file.file)] += (cpu.user + cpu.system) / 1000;
      totals[j].wallMs += wall;
      totals[j].messages += result.filter(m => m.ruleId && !m.fatal).length;
    }
  });
  const lines = files.reduce((n, f) => n + f.code.split('\n').length, 0);
  const partLines = Object.fromEntries(CORPUS_PARTS.map(part => [part, 0]));
  const partFiles = Object.fromEntries(CORPUS_PARTS.map(part => [part, 0]));
  for (const file of files) {
    partLines[corpusPart(file.file)] += file.code.split('\n').length;
    partFiles[corpusPart(file.file)]++;
  }
  const result = {
    files: files.length,
    lines,
    partLines,
    partFiles,
    sets: Object.fromEntries(sets.map(([name], j) => [name, totals[j]])),
  };
  process.stdout.write(`\nBENCH_RESULT ${JSON.stringify(result)}\n`);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
