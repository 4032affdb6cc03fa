// What both entry points (`extension.ts` in Node, `webExtension.ts` in the browser) do with the host they describe:
// `activate` builds the running extension and lints the open documents, `deactivate` disposes it.
import type * as vscode from 'vscode';

import type { ExtensionHost } from '../core/host';
import type { ZeroTrustApi } from './zeroTrustExtension';

import { ZeroTrustExtension } from './zeroTrustExtension';

let running: ZeroTrustExtension | undefined;

export function startExtension(context: vscode.ExtensionContext, host: ExtensionHost): ZeroTrustApi {
  running = new ZeroTrustExtension(
    host,
    String((context.extension.packageJSON as { version?: unknown }).version ?? ''),
  );
  context.subscriptions.push(running);
  running.lintOpenDocuments();
  return running.api;
}

export function stopExtension(): void {
  running?.dispose();
  running = undefined;
}
