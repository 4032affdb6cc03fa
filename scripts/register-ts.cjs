'use strict';
// Lets Node `require` the TypeScript sources directly (tests, generators), transpiled by esbuild on load.
// Types are checked separately by `npm run check-types`.
const fs = require('node:fs');
const { transformSync } = require('esbuild');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: filename,
  });
  module._compile(code, filename);
};
