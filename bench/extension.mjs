// `npm run bench:extension`: the editor path of the VS Code extension, measured outside the editor.
// Loads the production bundle dist/extension.js against a minimal in-process stand-in for the `vscode` API (only
// what the extension calls), so the measured path is the extension's own: document change event → scheduler
// (`lintDelayMs` 0: it never waits; each change here comes after the previous lint, which lints at once at the
// default too) → worker thread (ESLint Linter + parser + rules) → findings →
// vscode.Diagnostic objects → DiagnosticCollection.set. Next to it, in the same run and process: ESLint's own time
// for the same text with no rules (Linter#verify with the same parser and parser options). Also: the host's
// longest event-loop stall during the extension lints (perf_hooks.monitorEventLoopDelay), and activation time.
// Self-contained (builds dist/ first); prints a Markdown section to stdout. Env: BENCH_RUNS_SCALE (default 1) scales
// the run counts; BENCH_PROJECT_CONFIG=1 puts the files in a project whose `eslint.config.mjs` uses the plugin (with
// this repository's ESLint and plugin linked into its node_modules), so the project's config decides their rules and
// the first lint includes loading it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

import { makeFile } from './serviceFile.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = path.join(ROOT, 'dist/extension.js');
const SCALE = Number(process.env.BENCH_RUNS_SCALE ?? 1);
// `warmup`: unmeasured lints before the measured ones, through both the extension and the no-rules baseline. The
// first size also warms the JIT for the rest: over its first ten or so lints both paths still get faster, the
// extension's (parser and rules) by more than the baseline's (parser alone).
const SIZES = [
  { lines: 1_000, runs: Math.max(3, Math.round(30 * SCALE)), warmup: 15 },
  { lines: 5_000, runs: Math.max(3, Math.round(15 * SCALE)), warmup: 3 },
  { lines: 20_000, runs: Math.max(3, Math.round(8 * SCALE)), warmup: 2 },
];
const GOALS = { ratio: 1.2, stallMs: 20, activationMs: 50 };
const PROJECT_CONFIG = process.env.BENCH_PROJECT_CONFIG === '1';
/** Where the files are: a project with an ESLint config using the plugin, or a folder with none. */
const FILES_DIR = PROJECT_CONFIG ? fs.mkdtempSync(path.join(os.tmpdir(), 'zt-bench-project-')) : '/bench';
if (PROJECT_CONFIG) {
  fs.writeFileSync(
    path.join(FILES_DIR, 'eslint.config.mjs'),
    // `files` for TypeScript: a TypeScript project's config has one (with typescript-eslint's parser, which the
    // editor brings its own of).
    "import zeroTrust from 'eslint-plugin-zero-trust';\n\nexport default [\n  { files: ['**/*.ts'] },\n" +
      '  zeroTrust.configs.recommended,\n' +
      "  { rules: { 'zero-trust/no-overprivileged-graph-permission': ['error', { allow: ['Mail.Send'] }] } },\n];\n",
  );
  fs.mkdirSync(path.join(FILES_DIR, 'node_modules'));
  fs.symlinkSync(path.join(ROOT, 'node_modules/eslint'), path.join(FILES_DIR, 'node_modules/eslint'), 'dir');
  fs.symlinkSync(
    path.join(ROOT, 'eslint-plugin'),
    path.join(FILES_DIR, 'node_modules/eslint-plugin-zero-trust'),
    'dir',
  );
}

// Build the production bundles first (esbuild's output to stderr, so stdout stays the Markdown section).
const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs'), '--production'], {
  cwd: ROOT,
  stdio: ['ignore', 2, 2],
});
if (build.status !== 0 || !fs.existsSync(BUNDLE) || !fs.existsSync(path.join(ROOT, 'dist/worker.js'))) {
  console.error('Building dist/ failed.');
  process.exit(1);
}

// ---------------------------------------------------------------- a minimal `vscode` for the extension's calls
class Emitter {
  listeners = new Set();
  event = listener => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };
  fire(value) {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose() {
    this.listeners.clear();
  }
}
class Uri {
  constructor(scheme, p) {
    this.scheme = scheme;
    this.path = p;
    this.fsPath = p;
  }
  static file(p) {
    return new Uri('file', p);
  }
  static parse(value) {
    const match = /^([a-z][\w+.-]*):(.*)$/i.exec(value);
    return match ? new Uri(match[1], match[2]) : new Uri('file', value);
  }
  static from({ scheme, path: p }) {
    return new Uri(scheme, p);
  }
  static joinPath(base, ...parts) {
    return new Uri(base.scheme, path.posix.join(base.path, ...parts));
  }
  toString() {
    return `${this.scheme}://${this.path}`;
  }
}
class Position {
  constructor(line, character) {
    Object.assign(this, { line, character });
  }
}
class Range {
  constructor(a, b, c, d) {
    if (typeof a === 'number') {
      this.start = new Position(a, b);
      this.end = new Position(c, d);
    } else {
      this.start = a;
      this.end = b;
    }
  }
}
class CodeActionKind {
  constructor(value) {
    this.value = value;
  }
  append(part) {
    return new CodeActionKind(`${this.value}.${part}`);
  }
  contains(other) {
    return other.value === this.value || other.value.startsWith(`${this.value}.`);
  }
  static QuickFix = new CodeActionKind('quickfix');
  static SourceFixAll = new CodeActionKind('source.fixAll');
}
const events = {
  open: new Emitter(),
  change: new Emitter(),
  save: new Emitter(),
  close: new Emitter(),
  config: new Emitter(),
  folders: new Emitter(),
  diagnostics: new Emitter(),
  activeEditor: new Emitter(),
};
const published = new Emitter();
const settings = {
  enable: true,
  run: 'onType',
  lintDelayMs: 0,
  preset: 'recommended',
  rules: {},
  exclude: [],
  maxFileSizeKB: 8192,
};
const logLines = [];
const vscode = {
  Uri,
  Position,
  Range,
  CodeActionKind,
  EventEmitter: Emitter,
  Disposable: class {
    constructor(fn) {
      this.dispose = fn;
    }
  },
  Diagnostic: class {
    constructor(range, message, severity) {
      Object.assign(this, { range, message, severity });
    }
  },
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  CodeAction: class {
    constructor(title, kind) {
      Object.assign(this, { title, kind });
    }
  },
  WorkspaceEdit: class {
    edits = [];
    replace(uri, range, text) {
      this.edits.push({ uri, range, text });
    }
  },
  RelativePattern: class {
    constructor(base, pattern) {
      Object.assign(this, { base, pattern });
    }
  },
  StatusBarAlignment: { Left: 1, Right: 2 },
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  TreeItem: class {
    constructor(label, collapsibleState) {
      Object.assign(this, { label, collapsibleState });
    }
  },
  ThemeIcon: class {
    constructor(id) {
      this.id = id;
    }
  },
  MarkdownString: class {
    constructor(value = '') {
      this.value = value;
    }
  },
  ProgressLocation: { Notification: 15 },
  ConfigurationTarget: { Global: 1, Workspace: 2 },
  languages: {
    createDiagnosticCollection: () => {
      const entries = new Map();
      return {
        set(uri, diagnostics) {
          entries.set(uri.toString(), diagnostics);
          published.fire({ uri, diagnostics });
        },
        get: uri => entries.get(uri.toString()),
        delete: uri => entries.delete(uri.toString()),
        clear: () => entries.clear(),
        dispose: () => entries.clear(),
      };
    },
    registerCodeActionsProvider: () => ({ dispose() {} }),
    registerCodeLensProvider: () => ({ dispose() {} }),
    registerHoverProvider: () => ({ dispose() {} }),
    onDidChangeDiagnostics: events.diagnostics.event,
    getDiagnostics: () => [],
    match: () => 0,
  },
  workspace: {
    getConfiguration: () => ({ get: key => settings[key] }),
    onDidOpenTextDocument: events.open.event,
    onDidChangeTextDocument: events.change.event,
    onDidSaveTextDocument: events.save.event,
    onDidCloseTextDocument: events.close.event,
    onDidChangeConfiguration: events.config.event,
    onDidChangeWorkspaceFolders: events.folders.event,
    onDidCreateFiles: () => ({ dispose() {} }),
    onDidDeleteFiles: () => ({ dispose() {} }),
    onDidRenameFiles: () => ({ dispose() {} }),
    registerTextDocumentContentProvider: () => ({ dispose() {} }),
    findFiles: async () => [],
    createFileSystemWatcher: () => ({
      onDidCreate: () => ({ dispose() {} }),
      onDidChange: () => ({ dispose() {} }),
      onDidDelete: () => ({ dispose() {} }),
      dispose() {},
    }),
    isTrusted: true,
    onDidGrantWorkspaceTrust: () => ({ dispose() {} }),
    textDocuments: [],
    workspaceFolders: undefined,
    getWorkspaceFolder: () => undefined,
    asRelativePath: uri => path.basename(typeof uri === 'string' ? uri : uri.path),
  },
  window: {
    createOutputChannel: () => ({
      info: line => logLines.push(line),
      warn: line => logLines.push(line),
      error: line => logLines.push(line),
      show() {},
      dispose() {},
    }),
    createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
    onDidChangeActiveTextEditor: events.activeEditor.event,
    activeTextEditor: undefined,
    visibleTextEditors: [],
    // The Findings view: a tree view that nobody looks at here.
    createTreeView: () => ({ badge: undefined, message: undefined, visible: false, dispose() {} }),
    showInformationMessage: async () => undefined,
  },
  commands: { registerCommand: () => ({ dispose() {} }) },
  env: { openExternal: async () => true },
};
const Module = require('node:module');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };

// ---------------------------------------------------------------- the test files
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = q => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted.at(-1) };
}
const ms = value => `${value.toFixed(1)} ms`;

// ---------------------------------------------------------------- activation
let t = performance.now();
const extension = require(BUNDLE);
const requireMs = performance.now() - t;
// What VS Code hands `activate`: the parts the extension reads.
const context = {
  subscriptions: [],
  extensionPath: ROOT,
  extension: { packageJSON: JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) },
  asAbsolutePath: p => path.join(ROOT, p),
};
t = performance.now();
extension.activate(context);
const activateMs = performance.now() - t;

// ---------------------------------------------------------------- change → diagnostics through the extension
function makeDocument(name, text) {
  return {
    uri: Uri.file(path.join(FILES_DIR, name)),
    languageId: 'typescript',
    version: 1,
    isClosed: false,
    text,
    getText() {
      return this.text;
    },
  };
}

function nextPublish(uri) {
  return new Promise(resolve => {
    const subscription = published.event(({ uri: published_, diagnostics }) => {
      if (published_.toString() === uri.toString()) {
        subscription.dispose();
        resolve(diagnostics);
      }
    });
  });
}

// ESLint with no rules runs in its own worker thread too: on the host thread its garbage (an AST per lint) would be
// collected during the extension's lints and show up as the extension's stalls. Its time is measured inside.
const baselineWorker = new Worker(
  `
  const { parentPort } = require('node:worker_threads');
  const { Linter } = require(${JSON.stringify(require.resolve('eslint/universal'))});
  const tsParser = require(${JSON.stringify(require.resolve('@typescript-eslint/parser'))});
  const linter = new Linter({ configType: 'flat' });
  const config = [{
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true }, jsDocParsingMode: 'none', preserveNodeMaps: false } },
  }];
  parentPort.on('message', ({ text, filename }) => {
    const started = performance.now();
    const messages = linter.verify(text, config, { filename });
    const ms = performance.now() - started;
    parentPort.postMessage({ ms, fatal: messages.find(message => message.fatal)?.message });
  });
  `,
  { eval: true },
);
function eslintNoRules(text, filename) {
  return new Promise(resolve => {
    baselineWorker.once('message', resolve);
    baselineWorker.postMessage({ text, filename });
  });
}

const rows = [];
let workerStartMs;
/** The longest event-loop delay seen during each measured extension lint. */
const stalls = [];
for (const { lines, runs, warmup } of SIZES) {
  const base = makeFile(lines);
  const document = makeDocument(`service${lines}.ts`, base);
  vscode.workspace.textDocuments.push(document);
  // Open (the first lint of a size also warms the worker: parser and rules JIT for this shape of file).
  t = performance.now();
  let publishedNow = nextPublish(document.uri);
  events.open.fire(document);
  let diagnostics = await publishedNow;
  workerStartMs ??= performance.now() - t;
  // Keystroke-sized changes in the middle of the file, prepared before measuring.
  const baseLines = base.split('\n');
  const texts = Array.from({ length: runs + warmup }, (_, run) => {
    const copy = [...baseLines];
    copy[Math.floor(lines / 2)] += ` // edit ${run}`;
    return copy.join('\n');
  });
  const timings = [];
  const eslintTimings = [];
  const hostBusy = [];
  for (let run = 0; run < texts.length; run++) {
    // A fresh histogram per lint: re-enabling one would count the baseline's blocking time as a stall.
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    document.text = texts[run];
    document.version++;
    publishedNow = nextPublish(document.uri);
    histogram.enable();
    const loopBefore = performance.eventLoopUtilization();
    t = performance.now();
    events.change.fire({ document, contentChanges: [{ text: ` // edit ${run}` }] });
    diagnostics = await publishedNow;
    const extMs = performance.now() - t;
    const hostBusyMs = performance.eventLoopUtilization(loopBefore).active;
    histogram.disable();
    if (run >= warmup && histogram.count > 0) {
      stalls.push(histogram.max / 1e6);
    }
    // ESLint's own time for the same text right after (interleaved, so both see the same machine load), no rules,
    // same parser and options, in its own thread.
    const { ms: eslintMs, fatal } = await eslintNoRules(document.text, `service${lines}.ts`);
    if (fatal) {
      throw new Error(`The benchmark file does not parse: ${fatal}`);
    }
    if (run >= warmup) {
      timings.push(extMs);
      eslintTimings.push(eslintMs);
      hostBusy.push(hostBusyMs);
    }
    await new Promise(resolve => setImmediate(resolve));
  }
  rows.push({
    lines,
    runs,
    findings: diagnostics.length,
    ext: stats(timings),
    eslint: stats(eslintTimings),
    host: stats(hostBusy),
  });
}

// Control: the same measurement with nothing running on the host thread (the worker idle), for as long as the
// extension lints took in total: on a busy machine the OS scheduler alone delays the event loop.
const control = monitorEventLoopDelay({ resolution: 1 });
control.enable();
await new Promise(resolve => setTimeout(resolve, 3000));
control.disable();
const idleStallMs = control.max / 1e6;

for (const disposable of context.subscriptions) {
  disposable.dispose?.();
}
extension.deactivate?.();
await baselineWorker.terminate();
if (PROJECT_CONFIG) {
  fs.rmSync(FILES_DIR, { recursive: true, force: true });
}

// ---------------------------------------------------------------- report
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const out = [];
out.push(
  PROJECT_CONFIG
    ? "## Editor path (VS Code extension), rules from a project's `eslint.config.mjs`"
    : '## Editor path (VS Code extension)',
);
out.push('');
out.push(
  `Node ${process.version}, ${os.cpus().length} × ${cpu}, load average ${os.loadavg()[0].toFixed(1)} at the end of ` +
    `the run (numbers are inflated on a busy machine; the ratio compares runs interleaved with each other). The ` +
    `production bundle \`dist/extension.js\` against an in-process stand-in for the \`vscode\` API; a change event ` +
    `goes through the extension's scheduler (\`lintDelayMs\` 0, never waiting; a change after the previous lint ` +
    `lints at once at the default too), its lint worker thread and its diagnostics mapping to ` +
    `\`DiagnosticCollection.set\`. ESLint's no-rules time: \`Linter#verify\` on the same text in the same process ` +
    `with the same parser and options and no rules. Before each size's measured lints, ` +
    `${SIZES.map(size => size.warmup).join(', ')} unmeasured ones through both paths: both still get faster over ` +
    `their first lints after start-up. Each change is one edit in the middle of the file; the extension's worker ` +
    `re-parses the document incrementally (it keeps TypeScript's syntax tree and parses again only around the edit, ` +
    `then converts the whole tree to ESLint's AST and runs every rule over it), while ESLint's no-rules time is a ` +
    `full parse, as the ESLint CLI or the ESLint extension does it.`,
);
out.push('');
out.push(
  '| File | Runs | Findings | Change → diagnostics, median | p95 | ESLint no rules, median | p95 | Ratio of medians ' +
    '| Host thread busy per lint, median / max |',
);
out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) {
  const ratio = row.ext.median / row.eslint.median;
  out.push(
    `| ${row.lines.toLocaleString('en-US')} lines | ${row.runs} | ${row.findings} | ${ms(row.ext.median)} ` +
      `| ${ms(row.ext.p95)} | ${ms(row.eslint.median)} | ${ms(row.eslint.p95)} ` +
      `| ${ratio.toFixed(2)}× ${ratio <= GOALS.ratio ? '✅' : '❌'} | ${ms(row.host.median)} / ${ms(row.host.max)} |`,
  );
}
out.push('');
const longestStallMs = Math.max(...stalls);
out.push(
  `- Longest event-loop stall of the host during those ${stalls.length} lints: **${ms(longestStallMs)}** (median of ` +
    `the per-lint longest: ${ms(stats(stalls).median)}); goal ≤ ${GOALS.stallMs} ` +
    `ms ${longestStallMs <= GOALS.stallMs ? '✅' : '❌'}. Control, the host idle for 3 s in the same run: longest ` +
    `delay ${ms(idleStallMs)}.`,
);
out.push(
  `- Activation: loading the bundle ${ms(requireMs)} + \`activate()\` ${ms(activateMs)} = ` +
    `**${ms(requireMs + activateMs)}**; goal < ${GOALS.activationMs} ` +
    `ms ${requireMs + activateMs < GOALS.activationMs ? '✅' : '❌'}. The linter loads in the worker, off the host's ` +
    `thread: first lint after activation ${ms(workerStartMs)}` +
    (PROJECT_CONFIG ? ", loading the project's ESLint config (in its own worker) included." : '.'),
);
out.push(`- Goal for change → diagnostics: at most ${GOALS.ratio}× ESLint's no-rules time.`);
out.push(
  "- Host thread busy: the event loop's active time between the change event and the diagnostics " +
    '(`performance.eventLoopUtilization`), i.e. what the extension costs the shared extension host per lint; the ' +
    'rest of the wait is the worker thread.',
);
console.log(out.join('\n'));
process.exit(0);
