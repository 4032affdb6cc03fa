// The installed versions that version-dependent rules read, for the browser: read per workspace folder through
// `vscode.workspace.fs` (the Web Worker cannot look into `node_modules`) and handed to the worker with each lint.
// Read once per folder; read again after a `package.json` is saved, the settings change or the linter restarts.
import * as vscode from 'vscode';

import { readInstalledVersions } from '../core/installedVersions';

export class InstalledVersions implements vscode.Disposable {
  private readonly byFolder = new Map<string, Promise<Record<string, string>>>();
  private readonly subscriptions = [
    vscode.workspace.onDidSaveTextDocument(document => {
      if (/(?:^|\/)package\.json$/.test(document.uri.path)) {
        this.clear();
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => this.clear()),
  ];

  /** The versions for a file's workspace folder (none outside a folder). */
  async forUri(uri: vscode.Uri): Promise<Record<string, string> | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) {
      return undefined;
    }
    const key = folder.uri.toString();
    let versions = this.byFolder.get(key);
    if (!versions) {
      const decoder = new TextDecoder();
      versions = readInstalledVersions(async relative => {
        try {
          return decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, relative)));
        } catch {
          return undefined;
        }
      });
      this.byFolder.set(key, versions);
    }
    return versions;
  }

  clear(): void {
    this.byFolder.clear();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) {
      subscription.dispose();
    }
  }
}
