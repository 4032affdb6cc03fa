// The project's own ESLint config in the editor: a workspace folder with `eslint.config.mjs` (an `allow` list, a rule
// off for `scripts/`, `ignores` for generated code) and this repository's ESLint and plugin installed → the editor
// shows exactly what `eslint` shows for the same files; a config change applies without a reload. In Restricted Mode
// (the suite run with workspace trust on: `E2E_UNTRUSTED=1`) the config is not loaded and the settings decide.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

import { api, nextLint, ours, ROPC, waitForDiagnostics, workspaceUri } from './helpers';

/** The repository (the suite runs from out/test/extension/suite). */
const ROOT = path.resolve(__dirname, '../../../..');
const FOLDER = 'project-config';
const FILES = ['src/login.js', 'src/graph.js', 'scripts/seed.js', 'generated/client.js'];
const GRAPH = 'zero-trust/no-overprivileged-graph-permission';

const PASSWORD_GRANT = [
  "import { PublicClientApplication } from '@azure/msal-node';",
  '',
  'const pca = new PublicClientApplication({ auth: { clientId: process.env.CLIENT_ID } });',
  'export const login = (username, password) =>',
  "  pca.acquireTokenByUsernamePassword({ scopes: ['User.Read'], username, password });",
  '',
].join('\n');
const GRAPH_SCOPES = [
  "export const mailRequest = { scopes: ['https://graph.microsoft.com/Mail.ReadWrite'] };",
  "export const directoryRequest = { scopes: ['https://graph.microsoft.com/Directory.ReadWrite.All'] };",
  '',
].join('\n');
const config = (allow: string[]): string =>
  [
    "import zeroTrust from 'eslint-plugin-zero-trust';",
    '',
    'export default [',
    "  { ignores: ['generated/**'] },",
    '  zeroTrust.configs.recommended,',
    `  { rules: { '${GRAPH}': ['warn', { allow: ${JSON.stringify(allow)} }] } },`,
    `  { files: ['scripts/**'], rules: { '${ROPC}': 'off' } },`,
    '];',
    '',
  ].join('\n');

/**
 * `file:line:col-line:col severity rule` for each of our rules' diagnostics, 1-based like ESLint's output (the Graph
 * permissions analysis' information diagnostics are the editor's own, not ESLint's).
 */
function rulesOf(uri: vscode.Uri): vscode.Diagnostic[] {
  return ours(uri).filter(d => typeof d.code === 'object' && String(d.code.value).startsWith('zero-trust/'));
}

function shown(file: string): string[] {
  return rulesOf(workspaceUri(`${FOLDER}/${file}`)).map(
    d =>
      `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:` +
      `${d.range.end.character + 1} ${d.severity === vscode.DiagnosticSeverity.Error ? 2 : 1} ` +
      `${typeof d.code === 'object' ? String(d.code.value) : ''}`,
  );
}

/** What `eslint` itself reports for the files, in the same form. */
function eslintReports(folder: string): string[] {
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--no-warn-ignored', ...FILES],
    { cwd: folder, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ELECTRON_RUN_AS_NODE: '1' } },
  );
  assert.ok(run.stdout, `eslint printed nothing: ${run.stderr}`);
  const out: string[] = [];
  for (const result of JSON.parse(run.stdout) as {
    filePath: string;
    messages: { ruleId: string; severity: number; line: number; column: number; endLine: number; endColumn: number }[];
  }[]) {
    const file = path.relative(folder, result.filePath).split(path.sep).join('/');
    for (const m of result.messages) {
      out.push(`${file}:${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.severity} ${m.ruleId}`);
    }
  }
  return out.sort();
}

/** Opens the file and resolves once its lint (or clearing) for the current text is done. */
async function lintOf(file: string): Promise<void> {
  const uri = workspaceUri(`${FOLDER}/${file}`);
  const linted = nextLint(uri, event => event.result === 'linted' || event.result === 'cleared');
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document, { preview: false });
  await linted;
}

describe("the project's ESLint config", function () {
  this.timeout(90_000);
  let folder: string;

  before(async () => {
    await api();
    folder = workspaceUri(FOLDER).fsPath;
    const files: Record<string, string> = {
      'eslint.config.mjs': config(['Directory.ReadWrite.All']),
      'src/login.js': PASSWORD_GRANT,
      'src/graph.js': GRAPH_SCOPES,
      'scripts/seed.js': PASSWORD_GRANT,
      'generated/client.js': PASSWORD_GRANT,
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), text);
    }
    // The project's ESLint and plugin, installed as `npm install` would (links to this repository's).
    fs.mkdirSync(path.join(folder, 'node_modules'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules/eslint'), path.join(folder, 'node_modules/eslint'), 'dir');
    fs.symlinkSync(path.join(ROOT, 'eslint-plugin'), path.join(folder, 'node_modules/eslint-plugin-zero-trust'), 'dir');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('decides in a trusted workspace: the editor shows exactly what `eslint` shows', async function () {
    if (!vscode.workspace.isTrusted) {
      this.skip();
    }
    for (const file of FILES) {
      await lintOf(file);
    }
    const editor = FILES.flatMap(shown).sort();
    assert.deepEqual(editor, eslintReports(folder));
    assert.deepEqual(editor, [`src/graph.js:1:39-1:83 1 ${GRAPH}`, `src/login.js:5:7-5:37 2 ${ROPC}`]);
    const { setupText } = await api();
    assert.match(
      setupText(workspaceUri(`${FOLDER}/src/login.js`)),
      /the project's project-config\/eslint\.config\.mjs decides, \d+ rules on for this file/,
    );
    assert.match(setupText(workspaceUri(`${FOLDER}/generated/client.js`)), /which does not lint this file/);
  });

  it('applies a change to the config without a reload', async function () {
    if (!vscode.workspace.isTrusted) {
      this.skip();
    }
    // src/graph.js is open from the test before, with one finding (the other permission is allowed).
    const graph = workspaceUri(`${FOLDER}/src/graph.js`);
    assert.equal(rulesOf(graph).length, 1);
    fs.writeFileSync(path.join(folder, 'eslint.config.mjs'), config([]));
    const both = await waitForDiagnostics(
      graph,
      () => rulesOf(graph).length === 2,
      'both Graph permissions reported',
    ).then(() => rulesOf(graph));
    assert.deepEqual(
      both.map(d => d.range.start.line),
      [0, 1],
    );
    assert.deepEqual(
      shown('src/graph.js').sort(),
      eslintReports(folder).filter(line => line.startsWith('src/graph')),
    );
  });

  it('is not loaded in Restricted Mode: the settings decide, and the status says why', async function () {
    if (vscode.workspace.isTrusted) {
      this.skip();
    }
    for (const file of FILES) {
      await lintOf(file);
    }
    // `recommended` from the settings: the password grant everywhere, scripts/ and generated/ included.
    for (const file of ['src/login.js', 'scripts/seed.js', 'generated/client.js']) {
      assert.deepEqual(shown(file), [`${file}:5:7-5:37 2 ${ROPC}`]);
    }
    const { setupText } = await api();
    assert.match(
      setupText(workspaceUri(`${FOLDER}/src/login.js`)),
      /Rules from the extension settings: in Restricted Mode the project's ESLint config is not loaded/,
    );
  });
});
