// The extension's entry point in the browser (`dist/web/extension.js`, the manifest's `browser`): vscode.dev,
// github.dev and other web extension hosts. The same extension as `extension.ts`, linting in a Web Worker
// (`dist/web/worker.js`); what is off there (`BROWSER_LIMITS`) is said in the status bar's tooltip and the output.
import * as vscode from 'vscode';

import type { WebWorker } from '../web/webWorkerLike';
import type { ZeroTrustApi } from './zeroTrustExtension';

import { webWorkerLike } from '../web/webWorkerLike';
import { startExtension, stopExtension } from './lifecycle';

export type { LintEvent, ZeroTrustApi } from './zeroTrustExtension';

/** The DOM's `Worker`, `Blob` and `URL.createObjectURL`, as the web extension host provides them. */
declare const Worker: new (url: string, options?: { name?: string }) => WebWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

/**
 * Starts the worker. An extension served over HTTP(S) (vscode.dev, github.dev: the Marketplace's CDN) starts it
 * from its own URL; one in another scheme (a `vscode-remote:` development folder, code-server), whose URLs a Worker
 * cannot load, from a `blob:` URL of the script, read once through the file system API (each worker gets a URL of
 * its own: the web extension host may revoke a worker's URL as it terminates it).
 */
function workerStarter(extensionUri: vscode.Uri): () => Promise<WebWorker> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js');
  const options = { name: 'zero-trust-lint' };
  if (script.scheme === 'https' || script.scheme === 'http') {
    return async () => new Worker(script.toString(true), options);
  }
  let bytes: Promise<Uint8Array> | undefined;
  return async () => {
    bytes ??= Promise.resolve(vscode.workspace.fs.readFile(script)).catch((error: unknown) => {
      bytes = undefined; // Read it again for the next worker.
      throw error;
    });
    return new Worker(URL.createObjectURL(new Blob([await bytes], { type: 'text/javascript' })), options);
  };
}

export function activate(context: vscode.ExtensionContext): ZeroTrustApi {
  const start = workerStarter(context.extensionUri);
  return startExtension(context, { kind: 'browser', createWorker: () => webWorkerLike(start()) });
}

export function deactivate(): void {
  stopExtension();
}
