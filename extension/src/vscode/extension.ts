// The extension's entry point (`dist/extension.js`): `activate` builds the running extension, `deactivate` disposes
// it. Everything it does lives in `ZeroTrustExtension`; the logic that needs no editor lives in `../core/`.
import type * as vscode from 'vscode';

import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { ZeroTrustApi } from './zeroTrustExtension';

import { ZeroTrustExtension } from './zeroTrustExtension';

export type { LintEvent, ZeroTrustApi } from './zeroTrustExtension';

let running: ZeroTrustExtension | undefined;

export function activate(context: vscode.ExtensionContext): ZeroTrustApi {
  const workerPath = path.join(context.extensionPath, 'dist', 'worker.js');
  const configWorkerPath = path.join(context.extensionPath, 'dist', 'config-worker.js');
  running = new ZeroTrustExtension(
    {
      kind: 'node',
      createWorker: () => new Worker(workerPath, { name: 'zero-trust-lint' }),
      createConfigWorker: () => new Worker(configWorkerPath, { name: 'zero-trust-lint-config' }),
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
