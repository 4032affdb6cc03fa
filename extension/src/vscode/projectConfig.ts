// The project's ESLint config in the editor (`zeroTrust.useProjectConfig`): in a trusted workspace, a file whose
// nearest `eslint.config.*` uses this plugin is linted with that config's entries for it, computed by the workspace's
// own ESLint in the config worker. Config files changing, trust being granted and `Restart Linter` load it afresh.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

import type { LintSource } from '../core/projectConfig';
import type { ConfigWorkerLike } from '../core/projectConfigClient';
import type { Settings } from '../core/settings';

import { CONFIG_FILE_GLOB, lintSourceText } from '../core/projectConfig';
import { ProjectConfigResolver } from '../core/projectConfigClient';

export class ProjectConfigs implements vscode.Disposable {
  private readonly resolver: ProjectConfigResolver;
  private readonly disposables: vscode.Disposable[] = [];
  /** What the output channel was told per config file, so each outcome is noted once. */
  private readonly noted = new Map<string, string>();

  constructor(
    createWorker: () => ConfigWorkerLike,
    private readonly log: vscode.LogOutputChannel,
    /** The configs' answers may have changed: lint the open files again. */
    private readonly onDidChange: () => void,
  ) {
    this.resolver = new ProjectConfigResolver({
      createWorker,
      fs: {
        isFile: file => {
          try {
            return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
          } catch {
            return false;
          }
        },
        readText: file => {
          try {
            return fs.readFileSync(file, 'utf8');
          } catch {
            return undefined;
          }
        },
        dirname: path.dirname,
        join: path.join,
      },
      displayPath: file => vscode.workspace.asRelativePath(file, false),
      onDidChange,
    });
    const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB);
    const changed = (uri: vscode.Uri): void => this.reload(`${vscode.workspace.asRelativePath(uri, false)} changed`);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(changed),
      watcher.onDidChange(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload('the workspace is trusted')),
    );
  }

  /** How the file is linted: by the project's config, or by the settings and why. Never rejects. */
  async sourceFor(uri: vscode.Uri, settings: Settings, configFileType: boolean): Promise<LintSource> {
    if (settings.useProjectConfig === 'off') {
      return { kind: 'settings', reason: { why: 'off' } };
    }
    if (uri.scheme !== 'file') {
      return { kind: 'settings', reason: { why: 'no-config' } };
    }
    if (!vscode.workspace.isTrusted) {
      // Finding the config file reads only names; loading it would run workspace code.
      return this.resolver.configFileFor(uri.fsPath)
        ? { kind: 'settings', reason: { why: 'untrusted' } }
        : { kind: 'settings', reason: { why: 'no-config' } };
    }
    const source = await this.resolver.sourceFor(uri.fsPath, configFileType);
    this.note(source);
    return source;
  }

  /** Loads the configs afresh and lints the open files again. */
  reload(why: string): void {
    this.log.info(`Project ESLint config: ${why}; reading it again.`);
    this.resolver.reset();
    this.noted.clear();
    this.onDidChange();
  }

  dispose(): void {
    this.resolver.dispose();
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }

  /** Notes in the output channel, once per config file, whether it is used or why not. */
  private note(source: LintSource): void {
    const configFile =
      source.kind === 'project'
        ? source.rules.configFile
        : source.kind === 'ignored'
          ? source.configFile
          : 'configFile' in source.reason
            ? source.reason.configFile
            : undefined;
    if (!configFile) {
      return;
    }
    const kind = source.kind === 'settings' ? source.reason.why : 'project';
    if (this.noted.get(configFile) === kind) {
      return;
    }
    this.noted.set(configFile, kind);
    if (source.kind === 'settings' && source.reason.why === 'error') {
      this.log.warn(`Rules from ${lintSourceText(source)}.`);
    } else if (source.kind !== 'ignored') {
      this.log.info(`Rules from ${lintSourceText(source)}.`);
    }
  }
}
