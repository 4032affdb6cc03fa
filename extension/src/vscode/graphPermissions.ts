// The Microsoft Graph permissions in the editor: the command that opens the workspace's report in the Markdown
// preview, a CodeLens over each Graph request of an open JS/TS file, and diagnostics on requested permissions that
// are unused or have a narrower alternative. The analysis runs in the lint worker, over the files the workspace scan
// lists (open documents as the editor has them), again 1.5 s after analysed files change; a CodeLens is computed
// from its document alone.
import * as path from 'node:path';
import * as vscode from 'vscode';

import type { GraphPermissionsReport } from 'eslint-plugin-zero-trust/permissions';

import type { GraphJob } from '../core/protocol';
import type { LintWorkerClient } from '../core/workerClient';

import { CONFIG_SECTION, DIAGNOSTIC_SOURCE, LANGUAGE_IDS } from '../core/constants';
import { GRAPH_DIAGNOSTIC_CODE, graphDiagnosticPlans } from '../core/graphDiagnostics';
import { appSchemes, graphLenses } from '../core/graphLenses';
import { type FolderGraphReport, GRAPH_PERMISSIONS_DOCS_URL, graphReportMarkdown } from '../core/graphReport';
import { lintFilename } from '../core/lintFilename';
import { findScanFiles } from './scan';

/** The command, and the URI scheme of the read-only report document. */
const SHOW_GRAPH_PERMISSIONS = 'zeroTrust.showGraphPermissions';
const GRAPH_REPORT_SCHEME = 'zero-trust-graph';
const REPORT_PATH = '/Microsoft Graph permissions.md';

/** After the last change or save of an analysed file, the wait before the workspace is analysed again. */
const REANALYSE_DELAY_MS = 1500;
/** After the last change of a document, the wait before its CodeLenses are computed. */
const LENS_DELAY_MS = 300;
/** A workspace's analysis may take long on a large repository: its own timeout. */
const WORKSPACE_TIMEOUT_MS = 300_000;
/**
 * A large folder is first analysed in slices of this many files (the worker keeps what each file held), so that
 * lints of open documents run between them; the analysis of the whole folder then parses nothing again.
 */
const SLICE_FILES = 250;
/** Text of files that may hold Graph requests or requested permissions (the analysis's own prefilter). */
const RELEVANT = /scope|graph/i;
/** Text of files that may hold Graph requests. */
const MAY_CALL_GRAPH = /graph/i;

export interface GraphHost {
  client: LintWorkerClient;
  log: vscode.LogOutputChannel;
  /** `zeroTrust.exclude` of a folder. */
  exclude(folder: vscode.WorkspaceFolder): string[];
  /** `zeroTrust.enable` for a resource. */
  enabled(uri?: vscode.Uri): boolean;
  /**
   * The worker reads the workspace's files from the disk. Not in the browser: the files are read through
   * `vscode.workspace.fs` and handed to it, under their URI's path.
   */
  readsDisk: boolean;
}

interface FolderState extends FolderGraphReport {
  folder: vscode.WorkspaceFolder;
}

function isAnalysedName(fsPath: string): boolean {
  return /\.(?:[cm]?[jt]sx?|json)$/i.test(fsPath);
}

export class GraphPermissions implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE} Graph permissions`);
  private readonly lensesChanged = new vscode.EventEmitter<void>();
  private readonly contentChanged = new vscode.EventEmitter<vscode.Uri>();
  /** The last report of each workspace folder, by its URI. */
  private readonly reports = new Map<string, FolderState>();
  private reportText = '';
  /** The report document's URI (its provider gives the last report's Markdown). */
  private readonly reportUri = vscode.Uri.from({ scheme: GRAPH_REPORT_SCHEME, path: REPORT_PATH });
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Changed documents since the last analysis: the next one runs only if one of them may matter. */
  private readonly changed = new Set<vscode.TextDocument>();
  /** The lenses of each document's version, by URI. */
  private readonly lensCache = new Map<string, { version: number; lenses: vscode.CodeLens[] }>();
  private running: Promise<FolderState[]> | undefined;
  private rerun = false;
  /** The next analysis runs whatever the changed documents hold. */
  private always = false;
  private readonly disposables: vscode.Disposable[];
  private disposed = false;

  constructor(private readonly host: GraphHost) {
    this.disposables = [
      this.collection,
      this.lensesChanged,
      this.contentChanged,
      vscode.commands.registerCommand(SHOW_GRAPH_PERMISSIONS, () => this.showReport()),
      vscode.workspace.registerTextDocumentContentProvider(GRAPH_REPORT_SCHEME, {
        onDidChange: this.contentChanged.event,
        provideTextDocumentContent: () => this.reportText,
      }),
      vscode.languages.registerCodeLensProvider(
        LANGUAGE_IDS.map(language => ({ language })),
        {
          onDidChangeCodeLenses: this.lensesChanged.event,
          provideCodeLenses: (document, token) => this.provideLenses(document, token),
        },
      ),
      vscode.workspace.onDidChangeTextDocument(event => {
        if (event.contentChanges.length > 0) {
          this.noteChange(event.document);
        }
      }),
      vscode.workspace.onDidSaveTextDocument(document => this.noteChange(document)),
      vscode.workspace.onDidCloseTextDocument(document => this.lensCache.delete(document.uri.toString())),
      vscode.workspace.onDidCreateFiles(() => this.schedule(true)),
      vscode.workspace.onDidDeleteFiles(() => this.schedule(true)),
      vscode.workspace.onDidRenameFiles(() => this.schedule(true)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule(true)),
      { dispose: () => clearTimeout(this.timer) },
    ];
  }

  /** Analyses the workspace in the background (the extension's start: the diagnostics and the lenses' schemes). */
  start(): void {
    this.schedule(true);
  }

  /** Called when the settings change: the diagnostics and lenses follow `zeroTrust.enable` and the lens setting. */
  onSettingsChanged(): void {
    this.lensCache.clear();
    this.lensesChanged.fire();
    void this.publishDiagnostics();
  }

  dispose(): void {
    this.disposed = true;
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }

  /** The path a file is analysed under: on disk, or in the browser its URI's path (any file system's). */
  private analysedPath(uri: vscode.Uri): string | undefined {
    if (this.host.readsDisk) {
      return uri.scheme === 'file' ? uri.fsPath : undefined;
    }
    return uri.scheme === 'untitled' ? undefined : uri.path;
  }

  private folderPath(folder: vscode.WorkspaceFolder): string {
    return this.analysedPath(folder.uri) ?? folder.uri.path;
  }

  private noteChange(document: vscode.TextDocument): void {
    const analysed = this.analysedPath(document.uri);
    if (!analysed || !isAnalysedName(analysed)) {
      return;
    }
    if (!vscode.workspace.getWorkspaceFolder(document.uri)) {
      return;
    }
    this.changed.add(document);
    this.schedule();
  }

  /** `always`: the workspace's files changed (created, deleted, renamed), not only documents' texts. */
  private schedule(always = false): void {
    if (this.disposed) {
      return;
    }
    this.always ||= always;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.mayMatter()) {
        void this.analyse().catch(error => this.host.log.error(`Graph permissions analysis failed: ${String(error)}`));
      }
    }, REANALYSE_DELAY_MS);
  }

  /**
   * Whether the changes since the last analysis may change its result: files were created, deleted or renamed, or
   * a changed document is one the last report names or mentions scopes or Graph now.
   */
  private mayMatter(): boolean {
    const changed = [...this.changed];
    const always = this.always;
    this.changed.clear();
    this.always = false;
    if (always || this.reports.size === 0) {
      return true;
    }
    const named = new Set<string>();
    for (const state of this.reports.values()) {
      for (const entry of [...state.report.calls, ...state.report.requested, ...state.report.unresolved]) {
        named.add(path.join(this.folderPath(state.folder), entry.file));
      }
    }
    return changed.some(
      document => named.has(this.analysedPath(document.uri) ?? '') || RELEVANT.test(document.getText()),
    );
  }

  /** Analyses every workspace folder (one run at a time; a request during a run runs once more after it). */
  private analyse(): Promise<FolderState[]> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    const run = this.analyseOnce().finally(() => {
      this.running = undefined;
      if (this.rerun && !this.disposed) {
        this.rerun = false;
        void this.analyse().catch(error => this.host.log.error(`Graph permissions analysis failed: ${String(error)}`));
      }
    });
    this.running = run;
    return run;
  }

  private async analyseOnce(): Promise<FolderState[]> {
    const started = performance.now();
    const uris = await findScanFiles({ exclude: folder => this.host.exclude(folder) });
    const byFolder = new Map<string, string[]>();
    /** In the browser: the URI of each analysed path, to read it through `vscode.workspace.fs`. */
    const uriOf = new Map<string, vscode.Uri>();
    for (const uri of uris) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const analysed = this.analysedPath(uri);
      if (folder && analysed && isAnalysedName(analysed)) {
        const files = byFolder.get(folder.uri.toString()) ?? [];
        files.push(analysed);
        byFolder.set(folder.uri.toString(), files);
        uriOf.set(analysed, uri);
      }
    }
    const readDisk = this.host.readsDisk;
    const states: FolderState[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const files = byFolder.get(folder.uri.toString()) ?? [];
      const listed = new Set(files);
      const overlays: Record<string, string> = {};
      for (const document of vscode.workspace.textDocuments) {
        const analysed = this.analysedPath(document.uri);
        if ((document.isDirty || !readDisk) && analysed && listed.has(analysed)) {
          overlays[analysed] = document.getText();
        }
      }
      if (!readDisk) {
        await Promise.all(
          files.map(async file => {
            const text = file in overlays ? undefined : await readText(uriOf.get(file)!);
            if (text !== undefined) {
              overlays[file] = text;
            }
          }),
        );
      }
      const key = `graph:${folder.uri.toString()}`;
      for (let start = 0; files.length > SLICE_FILES && start < files.length; start += SLICE_FILES) {
        const slice = files.slice(start, start + SLICE_FILES);
        const sliceOverlays = Object.fromEntries(
          slice.flatMap(file => (file in overlays ? [[file, overlays[file]!]] : [])),
        );
        const job: GraphJob = {
          kind: 'graph',
          cwd: this.folderPath(folder),
          files: slice,
          overlays: sliceOverlays,
          readDisk,
        };
        const sliced = await this.host.client.graphPermissions(`${key}:slice`, job, 'background', WORKSPACE_TIMEOUT_MS);
        if (sliced.status !== 'done') {
          break;
        }
      }
      const job: GraphJob = { kind: 'graph', cwd: this.folderPath(folder), files, overlays, readDisk, complete: true };
      const reply =
        files.length > 0
          ? await this.host.client.graphPermissions(key, job, 'background', WORKSPACE_TIMEOUT_MS)
          : { status: 'done' as const, report: emptyReport() };
      if (reply.status !== 'done') {
        if (reply.status === 'failed') {
          this.host.log.error(`Could not analyse the Microsoft Graph permissions of ${folder.name}: ${reply.error}`);
        }
        // The folder keeps its last report (and diagnostics) until an analysis of it succeeds.
        const previous = this.reports.get(folder.uri.toString());
        if (previous) {
          states.push(previous);
        }
        continue;
      }
      states.push({ folder, name: folder.name, report: reply.report });
    }
    this.reports.clear();
    for (const state of states) {
      this.reports.set(state.folder.uri.toString(), state);
    }
    if (this.reportText !== '') {
      // The report was opened: it follows the code (an open preview updates).
      this.renderReport(states);
    }
    await this.publishDiagnostics();
    this.lensCache.clear();
    this.lensesChanged.fire();
    const calls = states.reduce((sum, state) => sum + state.report.calls.length, 0);
    this.host.log.info(
      `Analysed the Microsoft Graph permissions of ${uris.length} files in ` +
        `${Math.round(performance.now() - started)} ms: ` +
        `${calls} request${calls === 1 ? '' : 's'}.`,
    );
    return states;
  }

  /** The diagnostics of the last reports: on requested permissions that are unused or have a narrower alternative. */
  private async publishDiagnostics(): Promise<void> {
    const next = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const { folder, report } of this.reports.values()) {
      // A folder whose code makes no Graph request at all likely hands its tokens to other code: no verdict there.
      if (!this.host.enabled(folder.uri) || report.calls.length === 0) {
        continue;
      }
      const flagged = new Set(
        [...report.unused, ...report.narrower].map(entry => `${entry.permission} ${entry.scheme}`),
      );
      const files = [
        ...new Set(
          report.requested
            .filter(requested => flagged.has(`${requested.permission} ${requested.scheme}`))
            .map(requested => requested.file),
        ),
      ];
      const texts = new Map<string, string[]>();
      await Promise.all(
        files.map(async file => {
          const text = await readText(vscode.Uri.joinPath(folder.uri, file));
          if (text !== undefined) {
            texts.set(file, text.split(/\r?\n/));
          }
        }),
      );
      for (const plan of graphDiagnosticPlans(report, (file, line) => texts.get(file)?.[line - 1])) {
        const uri = vscode.Uri.joinPath(folder.uri, plan.file);
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(plan.line, plan.startColumn, plan.line, plan.endColumn),
          plan.message,
          vscode.DiagnosticSeverity.Information,
        );
        diagnostic.source = DIAGNOSTIC_SOURCE;
        diagnostic.code = { value: GRAPH_DIAGNOSTIC_CODE, target: vscode.Uri.parse(GRAPH_PERMISSIONS_DOCS_URL) };
        const entry = next.get(uri.toString()) ?? { uri, diagnostics: [] };
        entry.diagnostics.push(diagnostic);
        next.set(uri.toString(), entry);
      }
    }
    this.collection.clear();
    for (const { uri, diagnostics } of next.values()) {
      this.collection.set(uri, diagnostics);
    }
  }

  /** The command: analyses the workspace now and opens the report in the Markdown preview. Returns its URI. */
  private async showReport(): Promise<vscode.Uri> {
    const states = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Zero Trust: analysing Microsoft Graph permissions' },
      () => this.analyse(),
    );
    this.renderReport(states);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', this.reportUri);
    } catch (error) {
      this.host.log.warn(`The Markdown preview is not available (${String(error)}); showing the report's source.`);
      await vscode.window.showTextDocument(this.reportUri, { preview: true });
    }
    return this.reportUri;
  }

  private renderReport(states: readonly FolderState[]): void {
    this.reportText = graphReportMarkdown(states, (folder, file, line) => {
      const state = folder as FolderState;
      return vscode.Uri.joinPath(state.folder.uri, file)
        .with({ fragment: `L${line}` })
        .toString();
    });
    this.contentChanged.fire(this.reportUri);
  }

  private lensesOn(document: vscode.TextDocument): boolean {
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION, document.uri);
    return (
      this.host.enabled(document.uri) &&
      config.get<unknown>('graphPermissions.codeLens') !== false &&
      (this.analysedPath(document.uri) !== undefined || document.uri.scheme === 'untitled')
    );
  }

  private async provideLenses(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeLens[]> {
    if (!this.lensesOn(document)) {
      return [];
    }
    const key = document.uri.toString();
    const version = document.version;
    const cached = this.lensCache.get(key);
    if (cached && cached.version === version) {
      return cached.lenses;
    }
    const text = document.getText();
    if (!MAY_CALL_GRAPH.test(text)) {
      return [];
    }
    // Typing asks again at each change: wait for a pause (a newer request cancels this one).
    await new Promise(resolve => setTimeout(resolve, LENS_DELAY_MS));
    if (token.isCancellationRequested || document.version !== version) {
      return [];
    }
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const analysed = this.analysedPath(document.uri);
    const cwd = folder ? this.folderPath(folder) : analysed ? path.dirname(analysed) : '/';
    const file = analysed ?? path.join(cwd, lintFilename(document.uri.path, document.languageId));
    const reply = await this.host.client.graphPermissions(
      `graph-lens:${key}`,
      { kind: 'graph', cwd, files: [file], overlays: { [file]: text }, readDisk: false },
      'interactive',
    );
    if (reply.status !== 'done') {
      if (reply.status === 'failed') {
        this.host.log.error(`Could not find the Graph requests of ${document.uri.path}: ${reply.error}`);
      }
      return [];
    }
    const schemes = appSchemes(folder ? this.reports.get(folder.uri.toString())?.report : undefined);
    const lenses = graphLenses(reply.report, schemes).map(lens => {
      const position = new vscode.Position(lens.line, lens.column);
      return new vscode.CodeLens(new vscode.Range(position, position), {
        title: lens.title,
        command: SHOW_GRAPH_PERMISSIONS,
        tooltip: "Show the Microsoft Graph permissions the workspace's code needs and requests",
      });
    });
    if (document.version === version) {
      this.lensCache.set(key, { version, lenses });
    }
    return lenses;
  }
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find(document => document.uri.toString() === uri.toString());
  if (open) {
    return open.getText();
  }
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

function emptyReport(): GraphPermissionsReport {
  return { calls: [], requested: [], unused: [], narrower: [], missing: [], unresolved: [], errors: [] };
}
