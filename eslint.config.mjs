// Lints the project's own code (`npm run lint`). The product's rules are not applied here: `examples/` holds
// code with deliberate mistakes that `npm run demo` lints with the plugin and a config of its own.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

// `vscode` exists only inside the editor: code that imports it cannot run in the lint worker, in the unit tests or
// in the published plugin. Only the editor layer (`extension/src/vscode/`) and the in-editor suite may import it.
const noVscode = [
  'error',
  {
    paths: [
      {
        name: 'vscode',
        message:
          'Only extension/src/vscode/ (the editor layer) and test/extension/ (the in-editor suite) import vscode.',
      },
    ],
  },
];

export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'out/',
      '.e2e/',
      'bench/.work/',
      'test-results/',
      // Sample code with deliberate mistakes, linted by the demo with its own config.
      'examples/',
      // Inputs of the tests (a workspace that the in-editor suite opens), not code of the project.
      'test/fixtures/',
      // Tables that scripts write from upstream data (their regular expressions are copied as published).
      '**/*.generated.ts',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: [...TS, ...JS],
    rules: {
      // A `let` that a callback reads before the one assignment (guarding against the temporal dead zone that a
      // `const` there would have) stays a `let`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },

  // JavaScript: build, generation and benchmark scripts, the e2e drivers.
  {
    files: JS,
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 'latest', globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },

  // TypeScript: the plugin, the extension and the tests.
  {
    files: TS,
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },

  // No import cycles, across TypeScript paths too (the resolver reads tsconfig.json).
  {
    files: [...TS, ...JS],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts', '.cts'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },

  {
    files: [...TS, ...JS],
    rules: { 'no-restricted-imports': noVscode },
  },
  {
    files: ['extension/src/vscode/**', 'test/extension/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
