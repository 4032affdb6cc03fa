// What only the browser run checks: the extension runs in the web extension host and lints in its Web Worker.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

import { api, codeOf, EXTENSION_ID, open, ROPC, waitForDiagnostics, workspaceUri, writeFile } from '../suite/helpers';

const JWT_RULE = 'zero-trust/no-unsafe-jwt-algorithm';

describe('Zero Trust Lint in the browser', function () {
  this.timeout(60_000);

  it('runs in the web extension host (the manifest’s browser entry) and lints there', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    assert.equal((await api()).host, 'browser');
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node in this host');
    const { document } = await open('src/ropc.ts');
    const diagnostics = await waitForDiagnostics(document.uri, found => found.some(d => codeOf(d)?.value === ROPC));
    assert.deepEqual(
      diagnostics.map(d => codeOf(d)?.value),
      [ROPC],
    );
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reads the installed versions through the file system API: a rule that depends on one says it', async () => {
    const UNKNOWN =
      "Pin the accepted `algorithms`: without them, jsonwebtoken before 9 and express-jwt before 6 let the token's " +
      'header choose the algorithm.';
    const EIGHT =
      'jsonwebtoken 8 picks the algorithm from the token when `algorithms` is not set (CVE-2022-23540/23541); pin ' +
      '`algorithms` or upgrade to jsonwebtoken 9.';
    const verify = await writeFile(
      'versions/verify.ts',
      "import jwt from 'jsonwebtoken';\nexport const check = (t: string, k: string) => jwt.verify(t, k);\n",
    );
    /** The rule's messages once the lint after a restart (which reads the versions again) shows `expected`. */
    const messagesWith = async (expected: string): Promise<string[]> => {
      await vscode.commands.executeCommand('zeroTrust.restartLinter');
      const found = await waitForDiagnostics(verify, all => all.some(d => d.message === expected), expected);
      return found.filter(d => codeOf(d)?.value === JWT_RULE).map(d => d.message);
    };
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(verify));
      // No package.json, no node_modules: the version is unknown.
      assert.deepEqual(await messagesWith(UNKNOWN), [UNKNOWN]);
      // The folder's package.json fixes the major.
      await writeFile('package.json', '{ "dependencies": { "jsonwebtoken": "^8.5.1" } }\n');
      assert.deepEqual(await messagesWith(EIGHT), [EIGHT]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(workspaceUri('package.json'));
      await vscode.workspace.fs.delete(workspaceUri('versions'), { recursive: true });
      await vscode.commands.executeCommand('zeroTrust.restartLinter');
    }
  });
});
