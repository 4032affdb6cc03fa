// ESLint's bulk suppressions in the editor: each workspace folder's `eslint-suppressions.json` (or the file
// `zeroTrust.suppressionsLocation` names, as ESLint's `--suppressions-location`) is read, watched and applied to the
// findings before they are published, so the editor leaves out what CI leaves out. `Zero Trust: Suppress Current
// Findings` and `Zero Trust: Prune Suppressions` scan the workspace and write the file as `eslint --suppress-all` and
// `eslint --prune-suppressions` would for this plugin's rules. Files are read and written through
// `vscode.workspace.fs` only (remote, virtual and browser workspaces alike). Reading is data, never code: it also
// happens in an untrusted workspace; writing happens only on the user's command.
import * as vscode from 'vscode';

import type { Finding } from '../core/findings';
import type { LintSettings } from '../core/lint';
import type { LintedFile, Suppressions } from '../core/suppressions';
import type { ScanSummary } from '../core/uiText';

import { CONFIG_SECTION } from '../core/constants';
import {
  applySuppressions,
  editorRules,
  formatSuppressions,
  parseSuppressions,
  pruneSuppressions,
  suppressAll,
  suppressionKey,
  SUPPRESSIONS_FILENAME,
} from '../core/suppressions';

/** `zeroTrust.suppressionsLocation`. */
const LOCATION_SETTING = 'suppressionsLocation';

/** What is known of one workspace folder's suppressions file. */
interface FolderState {
  folder: vscode.WorkspaceFolder;
  /** The file; `undefined` when the setting cannot name one (then `error` says why). */
  file: vscode.Uri | undefined;
  /** The file's name relative to the folder, as messages give it. */
  name: string;
  /** The parsed file; `undefined` when there is none, or it could not be used. */
  suppressions: Suppressions | undefined;
  /** Why the file is not used (it does not parse, or the setting names a folder). */
  error: string | undefined;
  watcher: vscode.FileSystemWatcher | undefined;
  /** Bumped by each read, so that only the latest read's answer is kept. */
  generation: number;
}

/** The results a Suppress or Prune command's scan collects: each linted file's findings (before suppressions). */
export type ScanCollector = (uri: vscode.Uri, findings: readonly Finding[]) => void;

/** The outcome of `Zero Trust: Suppress Current Findings` (for the in-editor tests). */
export interface SuppressOutcome {
  findings: number;
  files: number;
}

/** The outcome of `Zero Trust: Prune Suppressions` (for the in-editor tests). */
export interface PruneOutcome {
  removed: number;
  lowered: number;
}

const ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/]|\\\\)/;

/** The file the setting names for `folder` (relative to it, or absolute), or why it names none. */
function locate(folder: vscode.WorkspaceFolder): { file?: vscode.Uri; name: string; error?: string } {
  const setting = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).get<unknown>(LOCATION_SETTING);
  const location = typeof setting === 'string' && setting.trim() !== '' ? setting.trim() : SUPPRESSIONS_FILENAME;
  if (/[\\/]$/.test(location)) {
    return {
      name: location,
      error:
        `zeroTrust.${LOCATION_SETTING} names a folder; name the file (ESLint names the file it writes in a folder ` +
        'after a hash of the absolute path it runs in)',
    };
  }
  if (ABSOLUTE.test(location)) {
    const file = folder.uri.scheme === 'file' ? vscode.Uri.file(location) : folder.uri.with({ path: location });
    return { file, name: location };
  }
  return { file: vscode.Uri.joinPath(folder.uri, location.replace(/\\/g, '/')), name: location };
}

function isFileNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
}

const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

export class SuppressionsFiles implements vscode.Disposable {
  private readonly folders = new Map<string, FolderState>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  /** Reads in progress (the first ones start with the constructor). */
  private pending: Promise<void> = Promise.resolve();

  /** Fires after a suppressions file was read again and what it suppresses may have changed. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    /** The lint settings of a workspace folder: which of this plugin's rules the editor runs there. */
    private readonly lintSettings: (folder: vscode.Uri) => LintSettings,
  ) {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reset()),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration(`${CONFIG_SECTION}.${LOCATION_SETTING}`)) {
          this.reset();
        }
      }),
    ];
    this.reset();
  }

  /** The findings of `uri` left after its folder's suppressions file (all of them when there is none). */
  filter<T extends Finding>(uri: vscode.Uri, findings: T[]): T[] {
    if (findings.length === 0) {
      return findings;
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const suppressions = folder && this.folders.get(folder.uri.toString())?.suppressions;
    if (!folder || !suppressions) {
      return findings;
    }
    const key = suppressionKey(folder.uri.path, uri.path);
    return Object.hasOwn(suppressions, key) ? applySuppressions(findings, suppressions[key]) : findings;
  }

  /** A line for the status bar tooltip: why the suppressions file of `uri`'s folder is not used, if it is not. */
  note(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const state = folder && this.folders.get(folder.uri.toString());
    return state?.error ? this.errorLine(state) : undefined;
  }

  /**
   * `Zero Trust: Suppress Current Findings`: scans the workspace (`scan`, which hands each linted file's findings to
   * the collector), then writes each folder's file as `eslint --suppress-all` would for this plugin's rules.
   */
  async suppressFindings(scan: (collect: ScanCollector) => Promise<ScanSummary | undefined>): Promise<SuppressOutcome> {
    const outcome: SuppressOutcome = { findings: 0, files: 0 };
    const written = await this.rewrite(scan, 'suppress', (_state, existing, files) => {
      const result = suppressAll(existing ?? {}, files);
      outcome.findings += result.findings;
      outcome.files += result.files;
      // As ESLint, an existing file is written again; a new one only when there is something to suppress.
      return existing || result.findings > 0 ? result.suppressions : undefined;
    });
    if (written !== undefined) {
      const text = `Zero Trust: suppressed ${plural(outcome.findings, 'finding')} in ${plural(outcome.files, 'file')}.`;
      this.log.info(`${text} (${written.join(', ') || 'nothing to write'})`);
      void vscode.window.showInformationMessage(text);
    }
    return outcome;
  }

  /**
   * `Zero Trust: Prune Suppressions`: scans the workspace, then writes each folder's file as
   * `eslint --prune-suppressions` would for this plugin's rules (other plugins' entries of existing files are kept).
   */
  async pruneSuppressions(scan: (collect: ScanCollector) => Promise<ScanSummary | undefined>): Promise<PruneOutcome> {
    const outcome: PruneOutcome = { removed: 0, lowered: 0 };
    const written = await this.rewrite(scan, 'prune', async (state, existing, files) => {
      if (!existing) {
        return undefined;
      }
      const missing = new Set<string>();
      await Promise.all(
        Object.keys(existing).map(async path => {
          try {
            await vscode.workspace.fs.stat(vscode.Uri.joinPath(state.folder.uri, path));
          } catch (error) {
            if (isFileNotFound(error)) {
              missing.add(path);
            }
          }
        }),
      );
      const result = pruneSuppressions(
        existing,
        files,
        path => missing.has(path),
        editorRules(this.lintSettings(state.folder.uri)),
      );
      outcome.removed += result.removed;
      outcome.lowered += result.lowered;
      return result.suppressions;
    });
    if (written !== undefined) {
      const text =
        written.length === 0
          ? `Zero Trust: no ${SUPPRESSIONS_FILENAME} to prune.`
          : `Zero Trust: pruned suppressions: ${plural(outcome.removed, 'entry', 'entries')} removed, ` +
            `${plural(outcome.lowered, 'count')} lowered.`;
      this.log.info(written.length > 0 ? `${text} (${written.join(', ')})` : text);
      void vscode.window.showInformationMessage(text);
    }
    return outcome;
  }

  /**
   * Scans, then for each workspace folder reads its file as it is now, computes the new content (`update`;
   * `undefined`: leave the file alone) and writes it when it changed. Resolves with the files handled, or
   * `undefined` when nothing was written (scan cancelled, or a file that cannot be read).
   */
  private async rewrite(
    scan: (collect: ScanCollector) => Promise<ScanSummary | undefined>,
    what: 'suppress' | 'prune',
    update: (
      state: FolderState,
      existing: Suppressions | undefined,
      files: LintedFile[],
    ) => Suppressions | undefined | Promise<Suppressions | undefined>,
  ): Promise<string[] | undefined> {
    const linted = new Map<string, LintedFile[]>();
    const summary = await scan((uri, findings) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) {
        const key = folder.uri.toString();
        linted.set(key, [
          ...(linted.get(key) ?? []),
          { path: suppressionKey(folder.uri.path, uri.path), findings: [...findings] },
        ]);
      }
    });
    if (!summary || summary.cancelled) {
      if (summary) {
        void vscode.window.showInformationMessage(
          `Zero Trust: the scan was cancelled; ${SUPPRESSIONS_FILENAME} is unchanged.`,
        );
      }
      return undefined;
    }
    await this.pending;
    const handled: string[] = [];
    for (const state of this.folders.values()) {
      if (!state.file) {
        void vscode.window.showErrorMessage(`Zero Trust: cannot ${what} suppressions: ${this.errorLine(state)}`);
        return undefined;
      }
      const read = await this.read(state.file);
      if ('error' in read) {
        void vscode.window.showErrorMessage(
          `Zero Trust: cannot ${what} suppressions: ${state.name} in ${state.folder.name}: ${read.error}. ` +
            'Fix or delete it first.',
        );
        return undefined;
      }
      const next = await update(state, read.suppressions, linted.get(state.folder.uri.toString()) ?? []);
      if (!next) {
        continue;
      }
      const text = formatSuppressions(next);
      if (text !== read.text) {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(state.file, '..'));
        await vscode.workspace.fs.writeFile(state.file, new TextEncoder().encode(text));
      }
      handled.push(vscode.workspace.asRelativePath(state.file, true));
      this.load(state);
    }
    await this.pending;
    return handled;
  }

  /** The file's text and content, `{}` when there is none. */
  private async read(
    file: vscode.Uri,
  ): Promise<{ text?: string; suppressions?: Suppressions } | { error: string; text?: undefined }> {
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch (error) {
      return isFileNotFound(error) ? {} : { error: `could not be read (${String(error)})` };
    }
    const parsed = parseSuppressions(text);
    return parsed.error === undefined ? { text, suppressions: parsed.suppressions } : { error: parsed.error };
  }

  private errorLine(state: FolderState): string {
    const folders = vscode.workspace.workspaceFolders?.length ?? 0;
    return `${state.name}${folders > 1 ? ` (${state.folder.name})` : ''}: ${state.error}`;
  }

  /** Reads a folder's file again; fires `onDidChange` when done. */
  private load(state: FolderState): void {
    const generation = ++state.generation;
    const file = state.file;
    if (!file) {
      return;
    }
    const done = this.read(file).then(read => {
      if (state.generation !== generation || this.folders.get(state.folder.uri.toString()) !== state) {
        return;
      }
      const before = state.error;
      state.suppressions = 'error' in read ? undefined : read.suppressions;
      state.error = 'error' in read ? read.error : undefined;
      if (state.error && state.error !== before) {
        this.log.warn(`Suppressions not applied: ${this.errorLine(state)}; findings are shown as if it did not exist.`);
      } else if (!state.error && before) {
        this.log.info(`Suppressions applied again: ${state.name} reads well now.`);
      }
      this.changed.fire();
    });
    this.pending = Promise.all([this.pending, done]).then(() => undefined);
  }

  /** Sets up the folders' files and watchers again (at start, and when the folders or the setting change). */
  private reset(): void {
    for (const state of this.folders.values()) {
      state.watcher?.dispose();
    }
    this.folders.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const { file, name, error } = locate(folder);
      const state: FolderState = {
        folder,
        file,
        name,
        suppressions: undefined,
        error,
        watcher: undefined,
        generation: 0,
      };
      this.folders.set(folder.uri.toString(), state);
      if (error) {
        this.log.warn(`Suppressions not applied: ${this.errorLine(state)}.`);
        continue;
      }
      if (file) {
        const watcher = vscode.workspace.createFileSystemWatcher(
          new vscode.RelativePattern(vscode.Uri.joinPath(file, '..'), file.path.slice(file.path.lastIndexOf('/') + 1)),
        );
        const reload = (): void => this.load(state);
        watcher.onDidCreate(reload);
        watcher.onDidChange(reload);
        watcher.onDidDelete(reload);
        state.watcher = watcher;
        this.load(state);
      }
    }
    this.changed.fire();
  }

  dispose(): void {
    for (const state of this.folders.values()) {
      state.watcher?.dispose();
    }
    this.folders.clear();
    for (const subscription of this.subscriptions) {
      subscription.dispose();
    }
  }
}
