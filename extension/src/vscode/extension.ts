// The extension's entry point (`dist/extension.js`) in VS Code's Node extension host: the host's workers, handed to
// `startExtension`. Everything it does lives in `ZeroTrustExtension`; what needs no editor lives in `../core/`.
import type * as vscode from 'vscode';

import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { ZeroTrustApi } from './zeroTrustExtension';

import { startExtension, stopExtension } from './lifecycle';

export type { LintEvent, ZeroTrustApi } from './zeroTrustExtension';

export function activate(context: vscode.ExtensionContext): ZeroTrustApi {
  const workerPath = path.join(context.extensionPath, 'dist', 'worker.js');
  const configWorkerPath = path.join(context.extensionPath, 'dist', 'config-worker.js');
  return startExtension(context, {
    kind: 'node',
    createWorker: () => new Worker(workerPath, { name: 'zero-trust-lint' }),
    createConfigWorker: () => new Worker(configWorkerPath, { name: 'zero-trust-lint-config' }),
  });
}

export function deactivate(): void {
  stopExtension();
}
