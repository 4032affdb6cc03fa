import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { LintSettings } from '../../extension/src/core/lint';

import { clearProjectModules } from 'eslint-plugin-zero-trust/editor';
import { LintEngine } from '../../extension/src/core/lint';
import { decodeOutcome, encodeOutcome } from '../../extension/src/core/wire';

const RECOMMENDED: LintSettings = { preset: 'recommended', rules: {} };

const APP = [
  "import { ConfidentialClientApplication } from '@azure/msal-node';",
  "import { PERMISSIONS } from './authConfig';",
  '',
  'const cca = new ConfidentialClientApplication({ auth: { clientId: process.env.CLIENT_ID } });',
  'export const token = cca.acquireTokenByClientCredential({ scopes: PERMISSIONS });',
  '',
].join('\n');

describe('LintEngine across the modules of a workspace', () => {
  let dir: string;
  let app: string;
  let authConfig: string;
  const engine = new LintEngine();

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zt-editor-'));
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }');
    app = path.join(dir, 'src/app.js');
    authConfig = path.join(dir, 'src/authConfig.js');
    fs.mkdirSync(path.dirname(app));
    fs.writeFileSync(app, APP);
    fs.writeFileSync(authConfig, "export const PERMISSIONS = ['User.Read'];\n");
    clearProjectModules();
  });

  after(() => {
    engine.closeDocument(authConfig);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const lintApp = (): string[] =>
    engine.lint(APP, 'src/app.js', RECOMMENDED, 'file:///app', app).findings.map(f => f.message);

  it('resolves imports next to the file on disk, though the linter sees a workspace-relative name', () => {
    assert.deepEqual(lintApp(), []);
  });

  it('reads an imported file from its open, unsaved document, and names the files to lint again', () => {
    const edited = "export const PERMISSIONS = ['User.Read', 'Directory.ReadWrite.All'];\n";
    const outcome = engine.lint(edited, 'src/authConfig.js', RECOMMENDED, 'file:///authConfig', authConfig);
    // `PERMISSIONS` is not named like a scope list: nothing to report where it is written.
    assert.deepEqual(outcome.findings, []);
    assert.deepEqual(outcome.dependents, [app]);
    // The dependents travel from the worker to the host.
    assert.deepEqual(decodeOutcome(encodeOutcome(outcome)).dependents, [app]);
    assert.deepEqual(lintApp(), [
      'The scopes imported from `./authConfig` (line 1) include `Directory.ReadWrite.All`, a high-privilege ' +
        'Microsoft Graph permission; request the narrowest permission that works, in that module.',
    ]);
  });

  it('follows no import with followImports off (the browser worker), though the path is given', () => {
    // The open document of ./authConfig still requests Directory.ReadWrite.All: the default engine reports it.
    assert.equal(lintApp().length, 1);
    const browser = new LintEngine(undefined, { followImports: false });
    const outcome = browser.lint(APP, 'src/app.js', RECOMMENDED, 'file:///app', app);
    assert.deepEqual(outcome.findings, []);
  });

  it('reads the disk again once the document is closed', () => {
    engine.closeDocument(authConfig);
    assert.deepEqual(lintApp(), []);
  });

  it('follows nothing for a document without a path on disk', () => {
    const outcome = engine.lint(APP, 'Untitled-1.js', RECOMMENDED, 'untitled:Untitled-1');
    assert.deepEqual(outcome.findings, []);
    assert.equal(outcome.dependents, undefined);
  });
});
