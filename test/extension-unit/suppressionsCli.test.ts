// CI and the editor read one `eslint-suppressions.json`: the real ESLint CLI (`--suppress-all`, applying the file,
// `--prune-suppressions`) on a temporary project whose `eslint.config.cjs` uses the plugin's `recommended` config,
// against the extension's lint engine and `core/suppressions` on the same files. The file the CLI writes must be
// byte for byte the one the editor computes, and the findings the CLI leaves must be the ones the editor shows.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Finding } from '../../extension/src/core/findings';
import type { LintedFile, Suppressions } from '../../extension/src/core/suppressions';

import { LintEngine } from '../../extension/src/core/lint';
import { lintFilename } from '../../extension/src/core/lintFilename';
import {
  applySuppressions,
  editorRules,
  formatSuppressions,
  parseSuppressions,
  pruneSuppressions,
  suppressAll,
  suppressionKey,
} from '../../extension/src/core/suppressions';

const RECOMMENDED = { preset: 'recommended', rules: {} } as const;
const ROOT = path.resolve(__dirname, '../..');
const ESLINT_BIN = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');

const ROPC = "import { UsernamePasswordCredential } from '@azure/identity';\n";
const FILES: Record<string, string> = {
  // Two errors of one rule, a warning (no-legacy-auth-library) and another plugin's error (no-console).
  'src/a.ts':
    ROPC +
    "import { UserAgentApplication } from 'msal';\n" +
    'export const one = new UsernamePasswordCredential(t, c, u, p);\n' +
    'export const two = new UsernamePasswordCredential(t, c, u, p);\n' +
    'console.log(UserAgentApplication);\n',
  'src/b.js':
    "const { UsernamePasswordCredential } = require('@azure/identity');\n" +
    'module.exports = new UsernamePasswordCredential(t, c, u, p);\n',
  'lib/c.ts': ROPC + 'export const three = new UsernamePasswordCredential(t, c, u, p);\n',
  'src/clean.ts': 'export const clean = 1;\n',
};

const CONFIG = `const tsParser = require(${JSON.stringify(require.resolve('@typescript-eslint/parser'))});
const plugin = require(${JSON.stringify(path.join(ROOT, 'eslint-plugin/src/index.ts'))});
const zeroTrust = plugin.default ?? plugin;

module.exports = [
  { files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
  zeroTrust.configs.recommended,
  { rules: { 'no-console': 'error' } },
];
`;

interface CliMessage {
  ruleId: string | null;
  severity: number;
  line: number;
  column: number;
}

/** Runs the ESLint CLI in `dir` (plugin from source, as the unit tests load it); resolves with its JSON results. */
function eslint(dir: string, args: string[]): Promise<{ filePath: string; messages: CliMessage[] }[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        '--conditions=@zero-trust-lint/source',
        '-r',
        path.join(ROOT, 'scripts/register-ts.cjs'),
        ESLINT_BIN,
        '--format',
        'json',
        '--pass-on-unpruned-suppressions',
        ...args,
        '.',
      ],
      { cwd: dir, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // Exit code 1: findings were reported (expected); anything else is a failure of the run.
        if (error && error.code !== 1) {
          reject(new Error(`eslint ${args.join(' ')} failed (${String(error.code)}): ${stderr}`));
          return;
        }
        resolve(JSON.parse(stdout) as { filePath: string; messages: CliMessage[] }[]);
      },
    );
  });
}

describe('eslint-suppressions.json: the ESLint CLI and the editor agree', function () {
  this.timeout(120_000);
  const engine = new LintEngine();
  let dir: string;

  /** The editor's findings for every file of the project now, keyed as in the suppressions file. */
  const editorLint = (): (LintedFile & { findings: Finding[] })[] =>
    Object.keys(FILES)
      .filter(file => fs.existsSync(path.join(dir, file)))
      .map(file => {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        const outcome = engine.lint(text, lintFilename(file), RECOMMENDED);
        return { path: suppressionKey(dir, path.join(dir, file)), findings: outcome.findings };
      });
  const suppressionsText = (): string => fs.readFileSync(path.join(dir, 'eslint-suppressions.json'), 'utf8');
  const parsed = (text: string): Suppressions => {
    const result = parseSuppressions(text);
    assert.equal(result.error, undefined);
    return result.suppressions!;
  };

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-trust-suppressions-'));
    fs.writeFileSync(path.join(dir, 'eslint.config.cjs'), CONFIG);
    for (const [file, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes what `eslint --suppress-all` writes, keeping other plugins’ entries', async () => {
    const existing =
      '{"src/a.ts": {"no-console": {"count": 1}}, "old.ts": {"zero-trust/no-password-grant": {"count": 4}}}';
    fs.writeFileSync(path.join(dir, 'eslint-suppressions.json'), existing);
    const editor = suppressAll(parsed(existing), editorLint());
    assert.deepEqual([editor.findings, editor.files], [4, 3]);
    const results = await eslint(dir, ['--suppress-all']);
    assert.equal(suppressionsText(), formatSuppressions(editor.suppressions));
    assert.deepEqual(parsed(suppressionsText())['src/a.ts'], {
      'no-console': { count: 1 },
      'zero-trust/no-password-grant': { count: 2 },
    });
    // The CLI leaves only the warning: the errors are all suppressed.
    assert.deepEqual(
      results.flatMap(result => result.messages.map(m => `${path.relative(dir, result.filePath)}:${m.ruleId}`)),
      ['src/a.ts:zero-trust/no-legacy-auth-library'],
    );
  });

  it('leaves the findings ESLint leaves when it applies the file (count exceeded: all shown)', async () => {
    const suppressions: Suppressions = {
      'src/a.ts': { 'zero-trust/no-password-grant': { count: 1 } },
      'src/b.js': { 'zero-trust/no-password-grant': { count: 1 } },
      'lib/c.ts': { 'zero-trust/no-password-grant': { count: 3 } },
    };
    fs.writeFileSync(path.join(dir, 'eslint-suppressions.json'), formatSuppressions(suppressions));
    const results = await eslint(dir, []);
    const cli = results
      .flatMap(result =>
        result.messages
          .filter(m => m.ruleId?.startsWith('zero-trust/'))
          .map(m => `${path.relative(dir, result.filePath)}:${m.line}:${m.column}:${m.ruleId}:${m.severity}`),
      )
      .sort();
    const editor = editorLint()
      .flatMap(file =>
        applySuppressions(file.findings, suppressions[file.path]).map(
          f => `${file.path}:${f.range.start.line + 1}:${f.range.start.character + 1}:${f.ruleId}:${f.severity}`,
        ),
      )
      .sort();
    assert.deepEqual(cli, editor);
    assert.deepEqual(editor, [
      'src/a.ts:2:38:zero-trust/no-legacy-auth-library:1',
      'src/a.ts:3:24:zero-trust/no-password-grant:2',
      'src/a.ts:4:24:zero-trust/no-password-grant:2',
    ]);
  });

  it('prunes as `eslint --prune-suppressions` does (lower count, file moved, other plugin kept)', async () => {
    const suppressions: Suppressions = {
      'src/a.ts': { 'no-console': { count: 1 }, 'zero-trust/no-password-grant': { count: 5 } },
      'src/b.js': { 'zero-trust/no-password-grant': { count: 1 } },
      'src/clean.ts': { 'zero-trust/no-password-grant': { count: 1 } },
      'lib/c.ts': { 'zero-trust/no-password-grant': { count: 1 } },
    };
    fs.writeFileSync(path.join(dir, 'eslint-suppressions.json'), formatSuppressions(suppressions));
    fs.renameSync(path.join(dir, 'lib/c.ts'), path.join(dir, 'lib/moved.ts'));
    const editor = pruneSuppressions(
      suppressions,
      editorLint(),
      file => !fs.existsSync(path.join(dir, file)),
      editorRules(RECOMMENDED),
    );
    await eslint(dir, ['--prune-suppressions']);
    assert.equal(suppressionsText(), formatSuppressions(editor.suppressions));
    assert.deepEqual(parsed(suppressionsText()), {
      'src/a.ts': { 'no-console': { count: 1 }, 'zero-trust/no-password-grant': { count: 2 } },
      'src/b.js': { 'zero-trust/no-password-grant': { count: 1 } },
    });
    assert.deepEqual([editor.removed, editor.lowered], [2, 1]);
  });
});
