// What only the browser run checks: the extension runs in the web extension host and lints in its Web Worker.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

import { api, codeOf, EXTENSION_ID, open, ROPC, waitForDiagnostics } from '../suite/helpers';

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
});
