// `Zero Trust: Scan Workspace`: lints every JS/TS file and configuration file (`.env`, settings JSON) of the workspace
// through the worker (behind editor lints), with a cancellable progress notification, results in the Problems panel and
// a summary at the end.
import * as vscode from 'vscode';

import type { ScanSummary } from '../core/uiText';
import type { LintReply } from '../core/workerClient';

import { CONFIG_FILE_GLOBS } from '../core/configFiles';
import { FILE_EXTENSIONS } from '../core/constants';
import { filterGitIgnored } from '../core/gitignoreFilter';
import { joinGlobs } from '../core/globs';
import { scanSummaryText } from '../core/uiText';

export interface ScanHost {
  /**
   * Lints a file that is not open in an editor (from disk) and publishes its diagnostics; `'skipped'` if not linted.
   */
  lintFromDisk(uri: vscode.Uri): Promise<LintReply | 'skipped'>;
  /** Lints an open document now and publishes its diagnostics. */
  lintOpen(document: vscode.TextDocument): Promise<void>;
  /** Findings shown for a URI after its lint. */
  count(uri: vscode.Uri): number;
  exclude(folder: vscode.WorkspaceFolder): string[];
  log(line: string): void;
  /** The progress notification's title, when the scan serves another command (Suppress Current Findings). */
  title?: string;
  /** No summary notification at the end (the command that asked for the scan reports instead); still logged. */
  quiet?: boolean;
}

/** JS/TS files, and the configuration files the plugin's `config-files` config lints. */
const INCLUDE = joinGlobs([`**/*.{${FILE_EXTENSIONS.join(',')}}`, ...CONFIG_FILE_GLOBS])!;
const ALWAYS_EXCLUDED = ['**/node_modules/**', '**/.git/**'];
/** Files read and linted at the same time (reading overlaps linting; the worker lints one at a time). */
const CONCURRENCY = 4;

/**
 * The working tree a workspace folder is in: the nearest folder upwards holding `.git` (a folder, or a file in a
 * linked worktree), or the workspace folder itself when there is none (or the file system cannot say).
 */
async function workingTreeRoot(folder: vscode.Uri): Promise<vscode.Uri> {
  let current = folder;
  for (let hops = 0; hops < 64; hops++) {
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(current, '.git'));
      return current;
    } catch {
      // Not here: look one folder up.
    }
    const parent = vscode.Uri.joinPath(current, '..');
    if (parent.path === current.path) {
      break;
    }
    current = parent;
  }
  return folder;
}

/** The files of `found` (all in one workspace folder) that git does not ignore. */
async function withoutGitIgnored(folder: vscode.WorkspaceFolder, found: vscode.Uri[]): Promise<vscode.Uri[]> {
  const root = await workingTreeRoot(folder.uri);
  const decoder = new TextDecoder();
  const kept = await filterGitIgnored(
    root.path,
    found.map(uri => uri.path),
    async path => {
      try {
        return decoder.decode(await vscode.workspace.fs.readFile(root.with({ path })));
      } catch {
        return undefined;
      }
    },
  );
  const byPath = new Map(found.map(uri => [uri.path, uri]));
  return kept.map(path => byPath.get(path)!);
}

function filesExclude(folder: vscode.WorkspaceFolder): string[] {
  const setting = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude') ?? {};
  return Object.entries(setting)
    .filter(([, value]) => value === true)
    .map(([glob]) => glob);
}

/**
 * The files the scan lints: JS/TS and configuration files of each folder, less `files.exclude`, `zeroTrust.exclude`
 * and what git ignores (`.gitignore` files at every level, negations, `.git/info/exclude`).
 */
export async function findScanFiles(
  host: Pick<ScanHost, 'exclude'>,
  token?: vscode.CancellationToken,
): Promise<vscode.Uri[]> {
  const uris: vscode.Uri[] = [];
  const seen = new Set<string>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const exclude = joinGlobs([...ALWAYS_EXCLUDED, ...filesExclude(folder), ...host.exclude(folder)]);
    const found = await vscode.workspace.findFiles(
      new vscode.RelativePattern(folder, INCLUDE),
      exclude ? new vscode.RelativePattern(folder, exclude) : null,
      undefined,
      token,
    );
    for (const uri of await withoutGitIgnored(folder, found)) {
      if (!seen.has(uri.toString())) {
        seen.add(uri.toString());
        uris.push(uri);
      }
    }
  }
  // Plain code-unit order: localeCompare costs hundreds of ms on the host thread for 10,000 paths.
  uris.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return uris;
}

export async function scanWorkspace(host: ScanHost): Promise<ScanSummary | undefined> {
  const started = Date.now();
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: host.title ?? 'Zero Trust: scanning the workspace',
      cancellable: true,
    },
    async (progress, token) => {
      progress.report({ message: 'finding files…' });
      const uris = await findScanFiles(host, token);
      const summary: ScanSummary = {
        files: uris.length,
        scanned: 0,
        findings: 0,
        filesWithFindings: 0,
        skipped: 0,
        cancelled: false,
        ms: 0,
      };
      const open = new Map(vscode.workspace.textDocuments.map(document => [document.uri.toString(), document]));
      let next = 0;
      let done = 0;
      const step = uris.length > 0 ? 100 / uris.length : 0;
      // Progress goes to the window process: report at most every 100 ms (and at the end), not once per file.
      let pending = 0;
      let lastReport = 0;
      const report = (force = false): void => {
        const time = Date.now();
        if (force || time - lastReport >= 100) {
          progress.report({ increment: pending * step, message: `${done} / ${uris.length} files` });
          pending = 0;
          lastReport = time;
        }
      };
      const worker = async (): Promise<void> => {
        while (next < uris.length && !token.isCancellationRequested) {
          const uri = uris[next++]!;
          const document = open.get(uri.toString());
          let skipped = false;
          if (document) {
            await host.lintOpen(document);
          } else {
            const reply = await host.lintFromDisk(uri);
            skipped = reply === 'skipped' || reply.status !== 'done';
          }
          done++;
          if (skipped) {
            summary.skipped++;
          } else {
            summary.scanned++;
            const count = host.count(uri);
            summary.findings += count;
            summary.filesWithFindings += count > 0 ? 1 : 0;
          }
          pending++;
          report();
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, Math.max(1, uris.length)) }, worker));
      report(true);
      summary.cancelled = token.isCancellationRequested;
      summary.ms = Date.now() - started;
      const text = scanSummaryText(summary, done);
      host.log(text);
      if (!host.quiet) {
        void vscode.window.showInformationMessage(text);
      }
      return summary;
    },
  );
}
