// `npm run bench`: measures what the rules cost and writes bench/RESULTS.md.
//   node bench/run.mjs [--runs N] [--max-lines N] [--sets a,b] [--skip-strict] [--skip-timing] [--files N]
//                      [--skip-overhead] [--skip-scale] [--out FILE]
// --max-lines samples the corpus evenly down to about N lines; --sets replaces the compared rule sets (see
// bench/lint-child.mjs; `baseline` is `recommended` of the build at ZT_BASELINE_PLUGIN, for a before-and-after in
// the same rounds); --files sets the monorepo's size.
// Every measurement runs in a fresh Node process, so runs share neither JIT state nor heap.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { CORPUS_PACKAGES, CORPUS_PARTS } from './corpus.mjs';
import { generateMonorepo } from './monorepo.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = name => args.includes(name);
const value = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Math.max(1, Number(value('--runs', '7')));
const MONOREPO_FILES = Math.max(1, Number(value('--files', '10000')));
const OUT = path.resolve(ROOT, value('--out', 'bench/RESULTS.md'));
const MAX_LINES = Number(value('--max-lines', '0')) || undefined;
const WORK = path.join(ROOT, 'bench/.work');

/** The rule sets whose CPU time is compared with the no-rules run; `none` is the baseline. */
const RATIO_SETS = value('--sets', '')
  ? [
      'none',
      ...value('--sets', '')
        .split(',')
        .filter(name => name && name !== 'none'),
    ]
  : [
      'none',
      'noop',
      'recommended',
      'local',
      ...(flag('--skip-strict') ? [] : ['strict']),
      'no-secrets',
      'jwt',
      'sonarjs-secrets-jwt',
    ];
/** The alternatives `recommended` must cost less than. */
const ALTERNATIVES = ['no-secrets', 'jwt', 'sonarjs-secrets-jwt'];
/** The rule sets whose per-rule TIMING is reported (`all` is every rule of the plugin, in a config or not). */
const TIMING_SETS = flag('--skip-timing') ? [] : ['all', 'no-secrets', 'jwt', 'sonarjs-secrets-jwt'];
const LABELS = {
  none: 'no rules (parse and traverse only)',
  noop: 'calibration: one rule with one `Program` listener',
  recommended: 'zero-trust `recommended`',
  baseline: 'zero-trust `recommended`, the build in `ZT_BASELINE_PLUGIN`',
  local: "zero-trust `recommended`, imports not followed (`'zero-trust': { followImports: false }`)",
  strict: 'zero-trust `strict`',
  all: 'zero-trust, every rule',
  'no-secrets': 'eslint-plugin-no-secrets (`no-secrets/no-secrets`)',
  jwt: 'eslint-plugin-jwt (`recommended`)',
  'sonarjs-secrets-jwt': 'eslint-plugin-sonarjs secret and JWT rules',
};

const require = (await import('node:module')).createRequire(path.join(ROOT, 'package.json'));
const ESLINT_BIN = path.join(path.dirname(require.resolve('eslint/package.json')), 'bin/eslint.js');
const pkgVersion = name => {
  // Some packages do not export their package.json: find it from the folder node_modules resolution gives.
  for (const base of require.resolve.paths(name) ?? []) {
    const file = path.join(base, name, 'package.json');
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')).version;
  }
  return 'not installed';
};

const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const log = message => process.stderr.write(`${message}\n`);

function child(name, timing = false) {
  const argv = [
    '--expose-gc',
    path.join(ROOT, 'bench/lint-child.mjs'),
    name,
    ...(timing ? ['--timing'] : []),
    ...(MAX_LINES ? ['--max-lines', String(MAX_LINES)] : []),
  ];
  const env = { ...process.env };
  if (timing) env.TIMING = 'all';
  else delete env.TIMING;
  const result = spawnSync(process.execPath, argv, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = result.stdout?.split('\n').find(l => l.startsWith('BENCH_RESULT '));
  if (result.status !== 0 || !line) throw new Error(`bench child ${name} failed (${result.status}):\n${result.stderr}`);
  return JSON.parse(line.slice('BENCH_RESULT '.length));
}

function machine() {
  const cpus = os.cpus();
  let commit = 'unknown';
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  if (git.status === 0) commit = git.stdout.trim();
  const plugin = require('./eslint-plugin/dist/index.js');
  return [
    `- Date: ${new Date().toISOString()}, commit \`${commit}\``,
    `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} logical cores (available ` +
      `parallelism ${os.availableParallelism?.() ?? cpus.length})`,
    `- Memory: ${fmt(os.totalmem() / 2 ** 30, 1)} GiB; OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Load average at start: ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(', ')} (other work on the machine shows up as noise; the paired measurement damps it)`,
    `- Node ${process.version}; ESLint ${pkgVersion('eslint')}; ` +
      `@typescript-eslint/parser ${pkgVersion('@typescript-eslint/parser')}; TypeScript ${pkgVersion('typescript')}`,
    `- eslint-plugin-zero-trust ${plugin.meta.version}: ${Object.keys(plugin.rules).length} ` +
      `rules, ${Object.keys(plugin.configs.recommended.rules).length} in ` +
      `\`recommended\`, ${Object.keys(plugin.configs.strict.rules).length} in \`strict\``,
    `- Alternatives: eslint-plugin-no-secrets ${pkgVersion('eslint-plugin-no-secrets')}, ` +
      `eslint-plugin-jwt ${pkgVersion('eslint-plugin-jwt')}, ` +
      `eslint-plugin-sonarjs ${pkgVersion('eslint-plugin-sonarjs')}`,
  ].join('\n');
}

function overhead() {
  const rounds = [];
  for (let round = 0; round < RUNS; round++) {
    // Each round is one fresh process that lints every file with every rule set in turn (see paired() in
    // bench/lint-child.mjs); the starting set rotates from round to round.
    const order = RATIO_SETS.map((_, i) => RATIO_SETS[(i + round) % RATIO_SETS.length]);
    const r = child(order.join(','));
    rounds.push(r);
    log(`  round ${round + 1}/${RUNS}: ` + RATIO_SETS.map(n => `${n} ${fmt(r.sets[n].cpuMs)} ms`).join(', '));
  }
  // Peak memory cannot be told apart inside one process: one more process per rule set gives it.
  const memory = {};
  for (const name of RATIO_SETS) {
    memory[name] = child(name);
    log(`  memory ${name}: ${fmt(memory[name].maxRssMB)} MB peak RSS`);
  }
  const rows = RATIO_SETS.map(name => {
    const ratios = rounds.map(r => r.sets[name].cpuMs / r.sets.none.cpuMs);
    return {
      overCalibration: RATIO_SETS.includes('noop')
        ? median(rounds.map(r => r.sets[name].cpuMs / r.sets.noop.cpuMs))
        : undefined,
      name,
      cpuMs: median(rounds.map(r => r.sets[name].cpuMs)),
      ratio: median(ratios),
      min: Math.min(...ratios),
      max: Math.max(...ratios),
      rss: memory[name].maxRssMB,
      retained: memory[name].retainedHeapMB,
      messages: rounds[0].sets[name].messages,
      // Parsing is the same work whatever the rules: give every set the no-rules parse time of its round, so the
      // parser's lint-to-lint variation (larger than what the rules cost) drops out. Wall time, not CPU time.
      postParse: (() => {
        const post = r => r.sets[name].wallMs - r.sets[name].parseMs;
        const ratios = rounds.map(r => (post(r) + r.sets.none.parseMs) / r.sets.none.wallMs);
        return {
          addedMs: median(rounds.map(r => post(r) - (r.sets.none.wallMs - r.sets.none.parseMs))),
          ratio: median(ratios),
          min: Math.min(...ratios),
          max: Math.max(...ratios),
        };
      })(),
      parts: Object.fromEntries(
        CORPUS_PARTS.map(part => [part, median(rounds.map(r => r.sets[name].parts[part] / r.sets.none.parts[part]))]),
      ),
    };
  });
  const timings = {};
  for (const name of TIMING_SETS) {
    log(`  TIMING ${name}`);
    timings[name] = child(name, true);
  }
  return { corpus: rounds[0], rows, timings };
}

function overheadSection({ corpus, rows, timings }) {
  const byName = Object.fromEntries(rows.map(r => [r.name, r]));
  const rec = byName.recommended;
  const withinBudget = rec !== undefined && rec.ratio <= 1.05;
  const alternatives = ALTERNATIVES.filter(a => byName[a]);
  const cheaper = alternatives.filter(a => rec && rec.ratio < byName[a].ratio);
  const out = [];
  out.push('## Rule overhead on real code');
  out.push('');
  out.push(
    `${fmt(corpus.files)} files, ${fmt(corpus.lines)} lines of shipped JavaScript from node_modules ` +
      `(${CORPUS_PACKAGES.map(([p, s]) => `\`${p}${s ? `/${s}` : ''}\``).join(', ')}), ` +
      `linted with ESLint's \`Linter\` and \`@typescript-eslint/parser\`. ${RUNS} rounds, each a fresh process that ` +
      `first lints a fifth of the corpus with every rule set unmeasured (JIT warm-up), ` +
      'then lints every file once with each rule set in turn (the order rotating from file to file, a ' +
      'young-generation garbage collection before each lint, unmeasured) and adds the CPU time (user + system) of ' +
      'each lint to its set. ' +
      'Measured side by side like this, the sets share the process, its JIT state and the moment, so other load on ' +
      'the machine falls on all of them alike. ' +
      'The ratio is the median over rounds of (rule set CPU time / no-rules CPU time in the same round); min–max is ' +
      'its spread. Peak memory is the maximum RSS of one more process per set that lints the corpus with that set ' +
      'alone; it varies from run to run with when V8 collects garbage (by more than 2× for the same set on this ' +
      'machine), so the heap still in use after that pass and a full collection is given too: what the rules keep.',
  );
  out.push('');
  const withCalibration = byName.noop !== undefined;
  out.push(
    `| Rule set | Median CPU (ms) | × no rules (median) | min–max ` +
      `|${withCalibration ? ' × calibration (median) |' : ''} Peak RSS (MB) | Heap kept (MB) | Findings |`,
  );
  out.push(`| :--- | --: | --: | :-- |${withCalibration ? ' --: |' : ''} --: | --: | --: |`);
  for (const r of rows) {
    out.push(
      `| ${LABELS[r.name]} | ${fmt(r.cpuMs)} | ${r.name === 'none' ? '1.000' : r.ratio.toFixed(3)} ` +
        `| ${r.name === 'none' ? '' : `${r.min.toFixed(3)}–${r.max.toFixed(3)}`} |` +
        `${withCalibration ? ` ${r.overCalibration.toFixed(3)} |` : ''} ${fmt(r.rss)} | ${fmt(r.retained, 1)} ` +
        `| ${fmt(r.messages)} |`,
    );
  }
  out.push('');
  out.push(
    'The same rounds, read a second way. Parsing is the same work whatever the rules (they only read the tree), and ' +
      'its time varies from lint to lint by more than the rules cost. ' +
      'Each lint also timed its parser, so this table gives every set the no-rules parse time of its round: (set ' +
      'wall time − set parse time + no-rules parse time) / no-rules wall time, median over rounds. ' +
      "It is wall time, so waits for a core on a busy machine count, but the parser's noise is gone. The goals are " +
      'judged on the CPU-time ratio above.',
  );
  out.push('');
  out.push('| Rule set | Added after parsing (ms, median) | × no rules, parse time shared (median) | min–max |');
  out.push('| :--- | --: | --: | :-- |');
  for (const r of rows.filter(row => row.name !== 'none')) {
    out.push(
      `| ${LABELS[r.name]} | ${fmt(r.postParse.addedMs)} | ${r.postParse.ratio.toFixed(3)} ` +
        `| ${r.postParse.min.toFixed(3)}–${r.postParse.max.toFixed(3)} |`,
    );
  }
  out.push('');
  out.push(
    `The same runs, split by the part of the corpus (median ratio to no rules on that part): the identity libraries ` +
      `(${fmt(corpus.partFiles.identity)} files, ${fmt(corpus.partLines.identity)} lines: MSAL, @azure/*, JWT and ` +
      `passport), where almost every rule's prefilter words occur; ` +
      `the HTTP libraries (${fmt(corpus.partFiles.http)} files, ${fmt(corpus.partLines.http)} lines: undici, qs, ` +
      `form-data); ` +
      `and the web frameworks (${fmt(corpus.partFiles.framework)} files, ${fmt(corpus.partLines.framework)} lines: ` +
      `Express with its router and body parser, Koa, Fastify with find-my-way and avvio). ` +
      'The last two use no identity library, like most files of an application.',
  );
  out.push('');
  out.push('| Rule set | × no rules, identity libraries | × no rules, HTTP libraries | × no rules, web frameworks |');
  out.push('| :--- | --: | --: | --: |');
  for (const r of rows.filter(row => row.name !== 'none')) {
    out.push(
      `| ${LABELS[r.name]} | ${r.parts.identity.toFixed(3)} | ${r.parts.http.toFixed(3)} ` +
        `| ${r.parts.framework.toFixed(3)} |`,
    );
  }
  if (withCalibration) {
    out.push('');
    out.push(
      'The calibration rule does nothing, so its ratio is what ESLint itself adds once any rule is on (rule set-up ' +
        "and selector dispatch on every node) plus this machine's noise; " +
        '"× calibration" divides by the calibration set of the same round and so shows what the rules themselves ' +
        'cost. The spread (min–max) is the noise to read the medians against.',
    );
  }
  out.push('');
  out.push(
    rec
      ? `Goal: \`recommended\` at most 1.05× the no-rules run: **${withinBudget ? 'met' : 'not met'}** ` +
          `(${rec.ratio.toFixed(3)}×). ` +
          `Cheaper than each alternative measured: ` +
          `**${
            cheaper.length === alternatives.length
              ? 'yes'
              : `no (not ` + `cheaper than ${alternatives.filter(a => !cheaper.includes(a)).join(', ')})`
          }**.`
      : '`recommended` was not measured in this run.',
  );
  out.push('');
  if (!TIMING_SETS.length)
    return { text: out.join('\n'), withinBudget, cheaper: cheaper.length === alternatives.length };
  out.push('### Per-rule time (ESLint `TIMING`)');
  out.push('');
  out.push(
    "One more process per rule set with `TIMING=all`, over the same measured pass. ESLint's `TIMING` measures " +
      "wall-clock time spent in each rule's `create` and listeners, so the share is of that process's wall time for " +
      'the pass (on a busy machine both include time the process waited for a core). Analysis the rules share ' +
      'through ' +
      'a cache (the file scan of the prefilter, resolved calls) is charged to the first rule that asks for it in ' +
      'each ' +
      'file: the file scan always to `entra-require-tenant-validation`, the first rule in name order. The shared ' +
      "passes (the secret rules' named values, the scope rules' extraction) run once per rule under `TIMING`, so " +
      'each ' +
      'of those rules is charged what it costs alone, and their sum counts that work once per rule.',
  );
  out.push('');
  out.push('| Rule | Time (ms) | Share of the pass |');
  out.push('| :--- | --: | --: |');
  for (const name of TIMING_SETS) {
    const t = timings[name];
    const entries = Object.entries(t.timing ?? {}).sort((a, b) => b[1] - a[1]);
    if (!entries.length) out.push(`| (${LABELS[name]}: no timing data) | | |`);
    for (const [ruleId, ms] of entries)
      out.push(`| \`${ruleId}\` | ${fmt(ms, 1)} | ${((100 * ms) / t.wallMs).toFixed(2)}% |`);
  }
  return { text: out.join('\n'), withinBudget, cheaper: cheaper.length === alternatives.length };
}

function eslintSupportsConcurrency() {
  const help = spawnSync(process.execPath, [ESLINT_BIN, '--help'], { encoding: 'utf8' });
  return /--concurrency/.test(help.stdout ?? '');
}

function scale() {
  const dir = path.join(WORK, 'monorepo');
  log(`  generating ${MONOREPO_FILES} files`);
  const { files, lines } = generateMonorepo(dir, MONOREPO_FILES);
  const concurrency = eslintSupportsConcurrency();
  const single = concurrency ? ['--concurrency', 'off'] : [];
  const modes = [
    ['single thread', single, 'eslint.config.mjs'],
    ['single thread, imports not followed', single, 'eslint.local.config.mjs'],
  ];
  if (concurrency) modes.push(['`--concurrency auto`', ['--concurrency', 'auto'], 'eslint.config.mjs']);
  const rows = [];
  for (const [label, extra, config] of modes) {
    log(`  eslint ${extra.join(' ')} over ${files} files`);
    const out = path.join(WORK, 'monorepo-result.json');
    const t0 = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      [ESLINT_BIN, '--no-config-lookup', '--config', config, '--format', 'json', '--output-file', out, ...extra, '.'],
      {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0 && r.status !== 1) throw new Error(`eslint failed on the monorepo (${r.status}):\n${r.stderr}`);
    const results = JSON.parse(fs.readFileSync(out, 'utf8'));
    const linted = results.filter(f => f.filePath.endsWith('.ts')).length;
    const findings = results.reduce(
      (n, f) => n + f.messages.filter(m => m.ruleId?.startsWith('zero-trust/')).length,
      0,
    );
    const fatal = results.reduce((n, f) => n + f.messages.filter(m => m.fatal).length, 0);
    rows.push({ label, seconds, linted, findings, fatal });
  }
  return { files, lines, rows, concurrency };
}

function scaleSection({ files, lines, rows, concurrency }) {
  const out = ['## Scale: a generated monorepo through the CLI', ''];
  out.push(
    `${fmt(files)} TypeScript files (${fmt(lines)} lines: routes, services, MSAL clients and utilities in packages ` +
      `of 100 files; one file in fifty holds a password grant) ` +
      'generated by `bench/monorepo.mjs`, linted by `eslint .` with the `recommended` config and ' +
      '`@typescript-eslint/parser`, no cache, wall time including start-up. Its files import their services and ' +
      "types from each other: the second row is the same lint with `'zero-trust': { followImports: false }`, " +
      "so the difference is what following values into the project's modules costs." +
      (concurrency ? '' : ' The installed ESLint has no `--concurrency` option.'),
  );
  out.push('');
  out.push('| Mode | Wall time (s) | Files/s | Lines/s | Files linted | Findings | Parse errors |');
  out.push('| :--- | --: | --: | --: | --: | --: | --: |');
  for (const r of rows) {
    out.push(
      `| ${r.label} | ${r.seconds.toFixed(1)} | ${fmt(r.linted / r.seconds)} | ${fmt(lines / r.seconds)} ` +
        `| ${fmt(r.linted)} | ${fmt(r.findings)} | ${r.fatal} |`,
    );
  }
  return out.join('\n');
}

function editorSection() {
  const script = path.join(ROOT, 'bench/extension.mjs');
  if (!fs.existsSync(script))
    return (
      '## Editor path\n\n`bench/extension.mjs` is not in this checkout yet; `npm run bench` includes its report ' +
      'once it is.'
    );
  log('  bench/extension.mjs');
  const r = spawnSync(process.execPath, [script], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) return `## Editor path\n\n\`bench/extension.mjs\` failed (exit ${r.status}); see its output.`;
  return r.stdout.trim();
}

const started = Date.now();
if (!fs.existsSync(path.join(ROOT, 'eslint-plugin/dist/index.js'))) {
  throw new Error('eslint-plugin/dist is missing: run `npm run build:plugin` (npm run bench does).');
}
fs.mkdirSync(WORK, { recursive: true });
const command = ['npm run bench', ...(args.length ? ['--', ...args] : [])].join(' ');
const sections = [
  '# Benchmarks',
  '',
  `Written by \`${command}\` (\`bench/run.mjs\`); numbers from one run on the machine below. Re-run to refresh.`,
  '',
  '## Machine',
  '',
  machine(),
];
let verdict;
if (!flag('--skip-overhead')) {
  log('Rule overhead on real code');
  verdict = overheadSection(overhead());
  sections.push('', verdict.text);
}
sections.push('', editorSection());
if (!flag('--skip-scale')) {
  log('Scale');
  sections.push('', scaleSection(scale()));
}
// The editor-latency figures are measured by hand in a real editor (see that section): kept from the previous file.
const kept = fs.existsSync(OUT)
  ? /^## Editor latency[^]*?(?=^## |^Total benchmark time|(?![^]))/m.exec(fs.readFileSync(OUT, 'utf8'))
  : null;
if (kept) {
  sections.push('', kept[0].trim());
}
sections.push('', `Total benchmark time: ${fmt((Date.now() - started) / 1000)} s.`, '');
fs.writeFileSync(OUT, sections.join('\n'));
log(`Wrote ${path.relative(ROOT, OUT)}`);
if (verdict && !(verdict.withinBudget && verdict.cheaper)) {
  log('Note: a performance goal is not met; see the overhead section.');
}
