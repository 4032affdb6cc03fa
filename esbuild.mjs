// Bundles the extension (esbuild-sample shape):
//   extension/src/vscode/extension.ts        → dist/extension.js      (the host side; `vscode` external; no ESLint)
//   extension/src/core/worker.ts             → dist/worker.js         (ESLint's Linter, the TypeScript-ESTree parser
//                                                                      and the plugin)
//   extension/src/core/projectConfigWorker.ts → dist/config-worker.js (reads a project's ESLint config with the
//                                                                      workspace's own ESLint; none of its own)
//   extension/src/vscode/webExtension.ts → dist/web/extension.js, extension/src/web/worker.ts → dist/web/worker.js:
// the same for the browser's web extension host (vscode.dev, github.dev) and its Web Worker, with Node's built-in
// modules shimmed (`browserShims`); no project config there. The core imports the plugin by its package name; the
// `@zero-trust-lint/source` export condition resolves it to the plugin's TypeScript source (eslint-plugin/src), so the
// bundle needs no plugin build and always has the current rules. Flags: --production (minify, no source maps),
// --watch, --tests (also compiles the in-editor test suite to out/test/extension/suite/*.js for
// @vscode/test-electron and code-server, and its browser bundle to out/test/extension/web/index.js). Types are
// checked by `tsc --noEmit`.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  absWorkingDir: root,
  conditions: ['@zero-trust-lint/source'],
};

/**
 * `eslint` to `eslint/universal`: code shared with the command line (the Graph permissions analysis) imports `Linter`
 * from `eslint`, whose main entry also brings the `ESLint` class (config files, caches, jiti); the bundle needs only
 * the `Linter`, which `eslint/universal` is.
 */
const universalEslint = {
  name: 'universal-eslint',
  setup(build) {
    build.onResolve({ filter: /^eslint$/ }, args =>
      build.resolve('eslint/universal', { kind: args.kind, resolveDir: args.resolveDir }),
    );
  },
};

const builds = [
  {
    ...common,
    entryPoints: {
      extension: 'extension/src/vscode/extension.ts',
      worker: 'extension/src/core/worker.ts',
      'config-worker': 'extension/src/core/projectConfigWorker.ts',
    },
    outdir: 'dist',
    external: ['vscode'],
    plugins: [universalEslint],
  },
];

/**
 * Node's built-in modules in the browser bundles: `path` as POSIX paths, the others as a module whose every function
 * throws a clear error (nothing calls them there; see extension/src/web/shims/), and a `process` global.
 */
const NODE_BUILTINS = ['fs', 'module', 'os', 'util', 'url', 'crypto', 'perf_hooks', 'inspector', 'worker_threads'];
const browserShims = {
  alias: Object.fromEntries([
    ['path', './extension/src/web/shims/path.ts'],
    ['node:path', './extension/src/web/shims/path.ts'],
    ...NODE_BUILTINS.flatMap(name => [
      [name, './extension/src/web/shims/unavailable.ts'],
      [`node:${name}`, './extension/src/web/shims/unavailable.ts'],
    ]),
  ]),
  inject: ['./extension/src/web/shims/process.ts'],
  define: { 'process.env.NODE_ENV': '"production"' },
};

// VS Code's web extension host loads the `browser` entry as a CommonJS module (`vscode` given to its `require`); the
// worker is a classic Web Worker script.
builds.push(
  {
    ...common,
    ...browserShims,
    platform: 'browser',
    target: 'es2022',
    entryPoints: { extension: 'extension/src/vscode/webExtension.ts' },
    outdir: 'dist/web',
    external: ['vscode'],
  },
  {
    ...common,
    ...browserShims,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    entryPoints: { worker: 'extension/src/web/worker.ts' },
    outdir: 'dist/web',
    plugins: [universalEslint],
  },
);

if (tests) {
  const suite = path.join(root, 'test/extension/suite');
  const entryPoints = fs
    .readdirSync(suite)
    .filter(name => name.endsWith('.ts'))
    .map(name => path.join('test/extension/suite', name));
  builds.push({
    ...common,
    minify: false,
    sourcemap: 'inline',
    entryPoints,
    outdir: 'out/test/extension/suite',
    external: ['vscode', 'mocha'],
  });
  // The same suite for the browser's web extension host (test/extension/web/index.ts): one bundle with mocha's
  // browser build and an `assert` of its own.
  builds.push({
    ...common,
    ...browserShims,
    alias: { ...browserShims.alias, 'node:assert/strict': './test/extension/web/assert.ts' },
    platform: 'browser',
    target: 'es2022',
    minify: false,
    sourcemap: 'inline',
    entryPoints: { index: 'test/extension/web/index.ts' },
    outdir: 'out/test/extension/web',
    external: ['vscode'],
  });
}

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
} else {
  const started = Date.now();
  for (const options of builds) {
    const result = await esbuild.build({ ...options, metafile: options.outdir === 'dist' });
    if (result.metafile) {
      // What went into the bundles, for the third-party notices (scripts/generate-notices.mjs). Not shipped.
      fs.writeFileSync(path.join(root, 'dist/bundle-meta.json'), JSON.stringify(result.metafile));
    }
  }
  const sizes = ['extension.js', 'worker.js', 'config-worker.js', 'web/extension.js', 'web/worker.js']
    .map(name => `${name} ${(fs.statSync(path.join(root, 'dist', name)).size / 1024).toFixed(0)} KB`)
    .join(', ');
  console.log(`esbuild: ${sizes} in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
}
