// The project-config worker as shipped (dist/config-worker.js) on real projects in a temporary folder, with this
// repository's ESLint and plugin installed there (links): what it answers, and that the editor's lint with those
// answers reports exactly what `eslint` itself reports for the same files.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { LintSettings } from '../../extension/src/core/lint';
import type { LintSource } from '../../extension/src/core/projectConfig';

import { LintEngine } from '../../extension/src/core/lint';
import { lintFilename } from '../../extension/src/core/lintFilename';
import { ProjectConfigResolver } from '../../extension/src/core/projectConfigClient';
import { dedent } from '../dedent';

const ROOT = path.resolve(__dirname, '../..');
const WORKER = path.join(ROOT, 'dist/config-worker.js');

const PASSWORD_GRANT = dedent`
  import { PublicClientApplication } from '@azure/msal-node';

  const pca = new PublicClientApplication({ auth: { clientId: process.env.CLIENT_ID } });
  export const login = (username, password) =>
    pca.acquireTokenByUsernamePassword({ scopes: ['User.Read'], username, password });
`;
const GRAPH_SCOPES = dedent`
  export const mailRequest = { scopes: ['https://graph.microsoft.com/Mail.ReadWrite'] };
  export const directoryRequest = { scopes: ['https://graph.microsoft.com/Directory.ReadWrite.All'] };
`;

/** A project folder: files by relative path, and `node_modules` linking this repository's ESLint and plugin. */
function project(root: string, files: Record<string, string>, install = true): string {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  if (install) {
    fs.mkdirSync(path.join(root, 'node_modules'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules/eslint'), path.join(root, 'node_modules/eslint'), 'dir');
    fs.symlinkSync(path.join(ROOT, 'eslint-plugin'), path.join(root, 'node_modules/eslint-plugin-zero-trust'), 'dir');
  }
  return root;
}

const CONFIG = dedent`
  import zeroTrust from 'eslint-plugin-zero-trust';

  export default [
    { ignores: ['generated/**'] },
    zeroTrust.configs.recommended,
    {
      rules: {
        'zero-trust/no-overprivileged-graph-permission': ['warn', { allow: ['Directory.ReadWrite.All'] }],
      },
    },
    { files: ['scripts/**'], rules: { 'zero-trust/no-password-grant': 'off' } },
  ];
`;

describe('the project-config worker (dist/config-worker.js)', function () {
  this.timeout(60_000);
  let tmp: string;
  let resolver: ProjectConfigResolver;

  before(function () {
    if (!fs.existsSync(WORKER)) {
      throw new Error('dist/config-worker.js is missing: run `npm run build` first (npm test does).');
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zt-project-config-'));
    project(path.join(tmp, 'app'), {
      'eslint.config.mjs': CONFIG,
      'src/login.js': PASSWORD_GRANT,
      'src/graph.js': GRAPH_SCOPES,
      'scripts/seed.js': PASSWORD_GRANT,
      'generated/client.js': PASSWORD_GRANT,
    });
    project(path.join(tmp, 'other'), {
      'eslint.config.js': 'module.exports = [{ rules: { "no-console": "error" } }];\n',
      'src/login.js': PASSWORD_GRANT,
    });
    project(path.join(tmp, 'broken'), {
      'eslint.config.mjs': 'export default [ { rules: { ',
      'src/login.js': PASSWORD_GRANT,
    });
    project(
      path.join(tmp, 'bare'),
      { 'eslint.config.mjs': "import zt from 'eslint-plugin-zero-trust';\nexport default [zt.configs.recommended];\n" },
      false,
    );
    fs.writeFileSync(path.join(tmp, 'bare/login.js'), PASSWORD_GRANT);
    resolver = new ProjectConfigResolver({
      // The shipped worker, without the test run's export conditions: it loads the plugin as users install it.
      createWorker: () => new Worker(WORKER, { execArgv: [] }),
      fs: {
        isFile: file => fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false,
        readText: file => fs.readFileSync(file, 'utf8'),
        dirname: path.dirname,
        join: path.join,
      },
      displayPath: file => path.relative(tmp, file).split(path.sep).join('/'),
    });
  });

  after(() => {
    resolver?.dispose();
    if (tmp) {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  const source = (file: string): Promise<LintSource> => resolver.sourceFor(path.join(tmp, file), false);

  it("gives a file the config's entries for this plugin: severities, options, per-folder overrides", async () => {
    const login = await source('app/src/login.js');
    assert.equal(login.kind, 'project');
    const { rules } = (login as Extract<LintSource, { kind: 'project' }>).rules;
    assert.deepEqual(rules['no-password-grant'], ['error']);
    assert.deepEqual(rules['no-overprivileged-graph-permission'], ['warn', { allow: ['Directory.ReadWrite.All'] }]);
    const seed = (await source('app/scripts/seed.js')) as Extract<LintSource, { kind: 'project' }>;
    assert.deepEqual(seed.rules.rules['no-password-grant'], ['off']);
    assert.equal(seed.rules.configFile, 'app/eslint.config.mjs');
  });

  it('lints nothing in files the config ignores', async () => {
    assert.deepEqual(await source('app/generated/client.js'), { kind: 'ignored', configFile: 'app/eslint.config.mjs' });
  });

  it('leaves files to the settings where the config does not use the plugin, or cannot be loaded', async () => {
    assert.deepEqual(await source('other/src/login.js'), {
      kind: 'settings',
      reason: { why: 'not-using', configFile: 'other/eslint.config.js' },
    });
    const broken = await source('broken/src/login.js');
    assert.equal(broken.kind === 'settings' && broken.reason.why, 'error');
    assert.match(
      (broken as { reason: { message: string } }).reason.message,
      /Unexpected end of input|SyntaxError|Unexpected token/,
    );
    assert.deepEqual(await source('bare/login.js'), {
      kind: 'settings',
      reason: {
        why: 'error',
        configFile: 'bare/eslint.config.mjs',
        message: 'ESLint is not installed in this workspace (npm install --save-dev eslint)',
      },
    });
  });

  it('the editor reports exactly what `eslint` reports for the same files', async () => {
    const engine = new LintEngine();
    const files = ['src/login.js', 'src/graph.js', 'scripts/seed.js', 'generated/client.js'];
    const editor: string[] = [];
    for (const file of files) {
      const answer = await source(`app/${file}`);
      if (answer.kind === 'ignored') {
        continue;
      }
      assert.equal(answer.kind, 'project');
      const { rules, settings } = (answer as Extract<LintSource, { kind: 'project' }>).rules;
      const lint: LintSettings = {
        preset: 'recommended',
        rules: {},
        project: { rules, ...(settings ? { settings } : {}) },
      };
      const text = fs.readFileSync(path.join(tmp, 'app', file), 'utf8');
      const outcome = engine.lint(text, lintFilename(file), lint);
      assert.deepEqual(outcome.ruleErrors, []);
      for (const finding of outcome.findings) {
        const { start, end } = finding.range;
        editor.push(
          `${file}:${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ` +
            `${finding.severity} ${finding.ruleId}`,
        );
      }
    }
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--no-warn-ignored', ...files],
      { cwd: path.join(tmp, 'app'), encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
    );
    assert.ok(run.stdout, run.stderr);
    const cli: string[] = [];
    for (const result of JSON.parse(run.stdout) as {
      filePath: string;
      messages: {
        ruleId: string;
        severity: number;
        line: number;
        column: number;
        endLine: number;
        endColumn: number;
      }[];
    }[]) {
      const file = path.relative(path.join(tmp, 'app'), result.filePath).split(path.sep).join('/');
      for (const m of result.messages) {
        cli.push(`${file}:${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId}`);
      }
    }
    assert.deepEqual(editor.sort(), cli.sort());
    // What the config changes shows: the password grant outside scripts/, and only the permission not allowed.
    assert.deepEqual(editor.sort(), [
      'src/graph.js:1:39-1:83 1 zero-trust/no-overprivileged-graph-permission',
      'src/login.js:5:7-5:37 2 zero-trust/no-password-grant',
    ]);
  });
});
