// Bundles the extension (esbuild-sample shape):
//   extension/src/vscode/extension.ts        → dist/extension.js      (the host side; `vscode` external; no ESLint)
//   extension/src/core/worker.ts             → dist/worker.js         (ESLint's Linter, the TypeScript-ESTree parser
//                                                                      and the plugin)
//   extension/src/core/projectConfigWorker.ts → dist/config-worker.js (reads a project's ESLint config with the
//                                                                      workspace's own ESLint; none of its own)
// The core imports the plugin by its package name; the `@zero-trust-lint/source` export condition resolves it to the
// plugin's TypeScript source (eslint-plugin/src), so the bundle needs no plugin build and always has the current
// rules. Flags: --production (minify, no source maps), --watch, --tests (also compiles the in-editor test suite to
// out/test/extension/suite/*.js for @vscode/test-electron and code-server). Types are checked by `tsc --noEmit`.
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
  const sizes = ['extension.js', 'worker.js']
    .map(name => `${name} ${(fs.statSync(path.join(root, 'dist', name)).size / 1024).toFixed(0)} KB`)
    .join(', ');
  console.log(`esbuild: ${sizes} in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
}
