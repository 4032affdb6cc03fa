// The extension's entry point in the browser (`dist/web/extension.js`, the manifest's `browser`): vscode.dev,
// github.dev and other web extension hosts. The same extension as `extension.ts`, linting in a Web Worker
// (`dist/web/worker.js`); what is off there (`BROWSER_LIMITS`) is said in the status bar's tooltip and the output.
import * as vscode from 'vscode';

import type { WebWorker } from '../web/webWorkerLike';
import type { ZeroTrustApi } from './zeroTrustExtension';

import { webWorkerLike } from '../web/webWorkerLike';
import { ZeroTrustExtension } from './zeroTrustExtension';

export type { LintEvent, ZeroTrustApi } from './zeroTrustExtension';

/** The DOM's `Worker`, `Blob` and `URL.createObjectURL`, as the web extension host provides them. */
declare const Worker: new (url: string, options?: { name?: string }) => WebWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

let running: ZeroTrustExtension | undefined;

/**
 * The URL to start the worker from. An extension served over HTTP(S) (vscode.dev, github.dev: the Marketplace's
 * CDN) starts it from its own URL; one in another scheme (a `vscode-remote:` development folder, code-server),
 * whose URLs a Worker cannot load, from a `blob:` URL of the script read through the file system API, once.
 */
async function workerUrl(extensionUri: vscode.Uri): Promise<string> {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js');
  if (script.scheme === 'https' || script.scheme === 'http') {
    return script.toString(true);
  }
  const bytes = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
}

export function activate(context: vscode.ExtensionContext): ZeroTrustApi {
  /** The worker script's URL, made once (a restarted worker reuses it). */
  let url: Promise<string> | undefined;
  running = new ZeroTrustExtension(
    {
      kind: 'browser',
      createWorker: () => {
        url ??= workerUrl(context.extensionUri).catch((error: unknown) => {
          url = undefined; // Read it again for the next worker.
          throw error;
        });
        return webWorkerLike(url.then(started => new Worker(started, { name: 'zero-trust-lint' })));
      },
    },
    String((context.extension.packageJSON as { version?: unknown }).version ?? ''),
  );
  context.subscriptions.push(running);
  running.lintOpenDocuments();
  return running.api;
}

export function deactivate(): void {
  running?.dispose();
  running = undefined;
}
