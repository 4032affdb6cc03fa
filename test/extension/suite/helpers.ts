// Helpers for the in-editor suite: wait on events (never sleep), open fixtures, read our diagnostics.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

import type { LintEvent, ZeroTrustApi } from '../../../extension/src/vscode/extension';

export const EXTENSION_ID = 'zero-trust-lint.zero-trust-lint';
export const SOURCE = 'Zero Trust';
export const ROPC = 'zero-trust/no-password-grant';
const WAIT_MS = 20_000;

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function api(): Promise<ZeroTrustApi> {
  const extension = vscode.extensions.getExtension<ZeroTrustApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.activate();
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter(diagnostic => diagnostic.source === SOURCE);
}

/** Resolves with our diagnostics of `uri` once `predicate` holds for them (checked now and on each change). */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'the expected diagnostics',
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = ours(uri);
      if (predicate(diagnostics)) {
        cleanup();
        resolve(diagnostics);
        return true;
      }
      return false;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics(event => {
      if (event.uris.some(changed => changed.toString() === uri.toString())) {
        check();
      }
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `Timed out waiting for ${what} on ${uri.path}; have: ${JSON.stringify(ours(uri).map(d => d.message))}`,
        ),
      );
    }, WAIT_MS);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** Resolves with the next lint event of `uri` that matches `predicate` (subscribe before causing it). */
export async function nextLint(
  uri: vscode.Uri,
  predicate: (event: LintEvent) => boolean = () => true,
): Promise<LintEvent> {
  const { onDidLint } = await api();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out waiting for a lint of ${uri.path}`));
    }, WAIT_MS);
    const subscription = onDidLint(event => {
      if (event.uri.toString() === uri.toString() && predicate(event)) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(event);
      }
    });
  });
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document);
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
  );
  // A provider may answer with bare commands (`command` is then a string); keep the code actions.
  return (actions ?? []).filter((action): action is vscode.CodeAction => typeof action.command !== 'string');
}

/** Our actions only (other providers, such as the TypeScript extension's refactors, add their own). */
export function titlesOf(actions: readonly vscode.CodeAction[]): string[] {
  return actions.map(action => action.title).filter(title => title.includes(ROPC) || title.includes('Zero Trust'));
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('zeroTrust').update(key, value, vscode.ConfigurationTarget.Workspace);
}

export async function writeFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export function codeOf(diagnostic: vscode.Diagnostic): { value: string; target: string } | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? { value: String(code.value), target: code.target.toString(true) } : undefined;
}
