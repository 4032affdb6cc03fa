// The running extension: the diagnostics, the lint worker, the scheduler, the status bar, and the editor events and
// commands that drive them. Built by `activate`, disposed by `deactivate`. Construction sets these up and starts the
// lint worker (ESLint, the parser and the rules), which loads while the editor finishes starting.
import * as vscode from 'vscode';

import type { ExtensionHost, HostKind } from '../core/host';
import type { JwtHoverInfo } from '../core/hoverJwt';
import type { LintSettings, RuleFailure } from '../core/lint';
import type { LintSource } from '../core/projectConfig';
import type { Settings } from '../core/settings';
import type { ActiveSetup, ScanSummary } from '../core/uiText';
import type { LintReply } from '../core/workerClient';
import type { FindingsViewApi } from './findingsView';
import type { ScanCollector } from './suppressions';

import { CONFIG_FILE_GLOBS, configFileType, isLintedDocument } from '../core/configFiles';
import { CommandIds, CONFIG_SECTION, DIAGNOSTIC_SOURCE, LANGUAGE_IDS } from '../core/constants';
import { joinGlobs } from '../core/globs';
import { lintFilename } from '../core/lintFilename';
import { LintScheduler } from '../core/scheduler';
import { activeSetupText } from '../core/uiText';
import { LintWorkerClient } from '../core/workerClient';
import { disableWithReason, fixAllEdit, LintCodeActionProvider } from './codeActions';
import { FindingStore } from './diagnostics';
import { GraphPermissions } from './graphPermissions';
import { ZeroTrustHoverProvider } from './hover';
import { InstalledVersions } from './installedVersions';
import { FindingsViewProvider } from './findingsView';
import { ProjectConfigs } from './projectConfig';
import { scanWorkspace } from './scan';
import { readSettings } from './settings';
import { FindingsStatusBar } from './statusBar';
import { SuppressionsFiles } from './suppressions';

/** URI schemes of editor-internal documents that are not the user's code. */
const IGNORED_SCHEMES = new Set([
  'git',
  'gitfs',
  'output',
  'debug',
  'vscode-scm',
  'vscode-notebook-cell',
  'comment',
  'chat-editing-text-model',
]);

/**
 * What happened to one lint request (for the in-editor tests, and other extensions that want to wait on a lint).
 * `stale`: linted, but the document changed meanwhile, so its findings were not shown (a newer lint follows).
 */
export interface LintEvent {
  uri: vscode.Uri;
  version: number | undefined;
  result: 'linted' | 'stale' | 'skipped' | 'failed' | 'cleared';
  findings: number;
}

/** The extension's exports: `vscode.extensions.getExtension('zero-trust-lint.zero-trust-lint').exports`. */
export interface ZeroTrustApi {
  onDidLint: vscode.Event<LintEvent>;
  /** The Findings view's tree: the findings of open documents and of the last scan, by principle, rule and file. */
  findingsView: FindingsViewApi;
  /** What lints the file, as the status bar's tooltip says it: the project's ESLint config or the settings, and why. */
  setupText(uri: vscode.Uri): string;
  /** Where it runs: VS Code's Node extension host, or the browser's (vscode.dev, github.dev). */
  host: HostKind;
}

export class ZeroTrustExtension implements vscode.Disposable {
  /** When activation began (ms since the extension host started), for the trace of the first lint. */
  private readonly activatedAt = performance.now();
  private readonly lintEvents = new vscode.EventEmitter<LintEvent>();
  private readonly output = vscode.window.createOutputChannel(DIAGNOSTIC_SOURCE, { log: true });
  /** Settings per workspace folder (key: its URI, `''` outside any folder), read again when they change. */
  private readonly settingsCache = new Map<string, Settings>();
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  /** Each workspace folder's `eslint-suppressions.json`: what it suppresses is not published. */
  private readonly suppressions = new SuppressionsFiles(this.output, folder =>
    this.projectFolders.has(folder.toString())
      ? { ...this.settingsFor(folder).lint, project: { rules: {} } }
      : this.settingsFor(folder).lint,
  );
  private readonly store = new FindingStore(
    this.collection,
    uri => this.settingsFor(uri).reportParseErrors,
    (uri, findings) => this.suppressions.filter(uri, findings),
  );
  private readonly client: LintWorkerClient;
  private readonly scheduler = new LintScheduler<vscode.TextDocument>(
    () => this.settingsFor().lintDelayMs,
    document => this.startValidate(document),
  );
  /** Whether the first lint's trace has been written. */
  private firstLintTraced = false;
  /** Whether the workspace's Microsoft Graph analysis has been started (after the first lints). */
  private graphStarted = false;
  /** When the lint worker last started (ms since the epoch, as the worker reports its load). */
  private workerStartedAt: number | undefined;
  /** How long each open file's last lint took (change to diagnostics), by URI. */
  private readonly lintTimes = new Map<string, number>();
  private readonly statusBar: FindingsStatusBar;
  /** The Microsoft Graph permissions report, CodeLenses and diagnostics. */
  private readonly graph: GraphPermissions;
  private readonly findingsView = new FindingsViewProvider(this.store);
  /** The project's ESLint config, where it decides how a file is linted (`zeroTrust.useProjectConfig`). */
  private readonly projects: ProjectConfigs | undefined;
  /** Where each linted file's rules came from, by URI (for the status bar). */
  private readonly sources = new Map<string, LintSource>();
  /** Workspace folders (URIs) with a file linted as the project's ESLint config says: Prune judges every own rule. */
  private readonly projectFolders = new Set<string>();
  /** Files noted in the output channel as too large, until they fit again. */
  private readonly sizeNotices = new Set<string>();
  /** Rule failures noted in the output channel (rule and file), each once. */
  private readonly ruleErrorNotices = new Set<string>();
  /** Files linted by a workspace scan: closing their editor lints them from disk again instead of clearing them. */
  private readonly scanned = new Set<string>();
  /** Paths of documents closed since the last lint request: sent with the next one (see `LintJob.closed`). */
  private readonly closedPaths: string[] = [];
  /** In the browser: the installed package versions rules read, which the worker cannot read there. */
  private readonly installedVersions: InstalledVersions | undefined;
  private readonly disposables: vscode.Disposable[];
  private disposed = false;

  /** The extension's exports. */
  readonly api: ZeroTrustApi;

  /** `host`: where it runs and how it starts its lint worker; `version`: the extension's. */
  constructor(
    private readonly host: ExtensionHost,
    private readonly version: string,
  ) {
    this.api = {
      onDidLint: this.lintEvents.event,
      findingsView: this.findingsView,
      host: host.kind,
      setupText: uri => activeSetupText(this.activeSetup(uri)),
    };
    this.installedVersions = host.kind === 'browser' ? new InstalledVersions() : undefined;
    this.statusBar = new FindingsStatusBar(
      this.store,
      () => this.settingsFor(vscode.window.activeTextEditor?.document.uri).enable,
      uri => this.activeSetup(uri),
      uri => this.lintTimes.get(uri.toString()),
      uri => this.suppressions.note(uri),
    );
    this.client = new LintWorkerClient(
      () => {
        this.workerStartedAt = performance.timeOrigin + performance.now();
        return host.createWorker();
      },
      line => this.output.warn(line),
    );
    this.client.start();
    // In the browser no workspace code runs: there is no project config to load.
    const { createConfigWorker } = host;
    this.projects = createConfigWorker
      ? new ProjectConfigs(
          () => createConfigWorker(),
          this.output,
          () => {
            this.projectFolders.clear();
            this.lintOpenDocuments();
          },
        )
      : undefined;
    this.graph = new GraphPermissions({
      client: this.client,
      log: this.output,
      exclude: folder => this.settingsFor(folder.uri).exclude,
      enabled: uri => this.settingsFor(uri).enable,
      readsDisk: host.kind === 'node',
    });
    this.disposables = [
      ...(this.projects ? [this.projects] : []),
      this.graph,
      this.lintEvents,
      this.output,
      this.collection,
      this.store,
      this.suppressions,
      this.suppressions.onDidChange(() => {
        this.store.refilter();
        this.statusBar.update();
      }),
      this.scheduler,
      this.statusBar,
      this.findingsView,
      ...(this.installedVersions ? [this.installedVersions] : []),
      { dispose: () => this.client.dispose() },
      ...this.registerListeners(),
      ...this.registerCommands(),
    ];
    this.output.info(activeSetupText(this.activeSetup(vscode.workspace.workspaceFolders?.[0]?.uri)));
    this.output.info(
      `Activated ${Math.round(this.activatedAt)} ms after the extension host started, in ` +
        `${Math.round(performance.now() - this.activatedAt)} ms; the lint worker is loading.`,
    );
  }

  /** What lints a file: the version, the project's config or the preset and what `zeroTrust.rules` changes. */
  private activeSetup(uri?: vscode.Uri): ActiveSetup {
    const { lint } = this.settingsFor(uri);
    const severities = Object.values(lint.rules);
    const source = uri && this.sources.get(uri.toString());
    return {
      version: this.version,
      preset: lint.preset,
      rulesOff: severities.filter(severity => severity === 'off').length,
      rulesChanged: severities.filter(severity => severity !== 'off').length,
      ...(source ? { source } : {}),
      host: this.host.kind,
    };
  }

  /**
   * What a file is linted with: the project's config entries where it decides, otherwise the settings; no lint at
   * all (`undefined`) where the project's config uses this plugin but not for this file.
   */
  private async lintSettings(
    uri: vscode.Uri,
    settings: Settings,
    filename: string,
  ): Promise<{ lint: LintSettings | undefined; source: LintSource }> {
    const source: LintSource = this.projects
      ? await this.projects.sourceFor(uri, settings, configFileType(filename) !== undefined)
      : { kind: 'settings', reason: { why: 'browser' } };
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder && source.kind !== 'settings') {
      this.projectFolders.add(folder.uri.toString());
    }
    if (source.kind === 'ignored') {
      return { lint: undefined, source };
    }
    if (source.kind === 'settings') {
      return { lint: await this.withInstalledVersions(uri, settings.lint), source };
    }
    const { rules, settings: shared } = source.rules;
    return { lint: { ...settings.lint, project: { rules, ...(shared ? { settings: shared } : {}) } }, source };
  }

  /** Lints the documents open now, those in visible editors first (later ones are linted as they open). */
  lintOpenDocuments(): void {
    const visible = new Set(vscode.window.visibleTextEditors.map(editor => editor.document));
    const active = vscode.window.activeTextEditor?.document;
    const documents = [...vscode.workspace.textDocuments].sort(
      (a, b) => Number(b === active) - Number(a === active) || Number(visible.has(b)) - Number(visible.has(a)),
    );
    const lints = documents.map(document => this.scheduler.lintNow(document));
    if (!this.graphStarted) {
      // The workspace's Microsoft Graph analysis shares the worker: it starts once the visible files are linted.
      this.graphStarted = true;
      const first = lints.slice(0, Math.max(1, documents.filter(document => visible.has(document)).length));
      void Promise.all(first).then(() => {
        if (!this.disposed) {
          this.graph.start();
        }
      });
    }
  }

  dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }

  private registerListeners(): vscode.Disposable[] {
    return [
      vscode.workspace.onDidOpenTextDocument(document => this.scheduler.schedule(document, { immediate: true })),
      vscode.workspace.onDidChangeTextDocument(event => {
        if (event.contentChanges.length > 0 && this.settingsFor(event.document.uri).run === 'onType') {
          this.scheduler.schedule(event.document);
        }
      }),
      vscode.workspace.onDidSaveTextDocument(document => {
        if (this.settingsFor(document.uri).run === 'onSave') {
          this.scheduler.schedule(document, { immediate: true });
        }
      }),
      vscode.workspace.onDidCloseTextDocument(document => this.onDidClose(document)),
      vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration(CONFIG_SECTION)) {
          this.onSettingsChanged();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.settingsCache.clear()),
      vscode.languages.onDidChangeDiagnostics(event => this.store.onDiagnosticsChanged(event.uris)),
      vscode.languages.registerCodeActionsProvider(
        // JS/TS by language; configuration files by name, whatever language the editor gives them.
        [...LANGUAGE_IDS.map(language => ({ language })), { pattern: joinGlobs(CONFIG_FILE_GLOBS)! }],
        new LintCodeActionProvider(
          this.store,
          uri => this.settingsFor(uri),
          document => this.ensureFresh(document),
        ),
        { providedCodeActionKinds: LintCodeActionProvider.providedCodeActionKinds },
      ),
      vscode.languages.registerHoverProvider(
        [...LANGUAGE_IDS.map(language => ({ language })), { pattern: joinGlobs(CONFIG_FILE_GLOBS)! }],
        new ZeroTrustHoverProvider(this.store, (document, offset) => this.jwtHover(document, offset)),
      ),
    ];
  }

  /** What the JWT verification call at `offset` checks, from the lint worker (it reuses its parse of the document). */
  private async jwtHover(document: vscode.TextDocument, offset: number): Promise<JwtHoverInfo | undefined> {
    const settings = this.settingsFor(document.uri);
    if (!this.shouldLint(document, settings) || this.tooLarge(document.uri, document.getText().length, settings)) {
      return undefined;
    }
    const reply = await this.client.hover({
      kind: 'hover',
      text: document.getText(),
      filename: lintFilename(this.relativeName(document.uri), document.languageId),
      document: document.uri.toString(),
      path: this.diskPath(document.uri),
      offset,
    });
    if (reply.status === 'failed') {
      this.output.warn(`Could not read the JWT verification at the cursor: ${reply.error}`);
    }
    return reply.status === 'done' ? reply.hover : undefined;
  }

  private registerCommands(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand(CommandIds.openRuleDocs, (url: unknown) =>
        typeof url === 'string' && /^https:\/\//.test(url) ? vscode.env.openExternal(vscode.Uri.parse(url)) : false,
      ),
      vscode.commands.registerCommand(CommandIds.showOutput, () => this.output.show()),
      vscode.commands.registerCommand(CommandIds.restartLinter, () => {
        this.output.info('Restarting the lint worker.');
        this.installedVersions?.clear();
        this.client.restart();
        if (this.projects) {
          this.projects.reload('Restart Linter');
        } else {
          this.lintOpenDocuments();
        }
      }),
      vscode.commands.registerCommand(CommandIds.fixAll, () => this.fixAll()),
      vscode.commands.registerCommand(CommandIds.scanWorkspace, () => this.startScan()),
      vscode.commands.registerCommand(CommandIds.suppressFindings, () =>
        this.suppressions.suppressFindings(collect =>
          this.scanFor(collect, 'Zero Trust: scanning the workspace to suppress its findings'),
        ),
      ),
      vscode.commands.registerCommand(CommandIds.pruneSuppressions, () =>
        this.suppressions.pruneSuppressions(collect =>
          this.scanFor(collect, 'Zero Trust: scanning the workspace to prune suppressions'),
        ),
      ),
      vscode.commands.registerCommand(CommandIds.disableWithReason, disableWithReason),
    ];
  }

  private settingsFor(uri?: vscode.Uri): Settings {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    const key = folder?.uri.toString() ?? '';
    let settings = this.settingsCache.get(key);
    if (!settings) {
      settings = readSettings(folder?.uri);
      this.settingsCache.set(key, settings);
    }
    return settings;
  }

  private onSettingsChanged(): void {
    this.settingsCache.clear();
    this.installedVersions?.clear();
    this.output.info('Settings changed; linting the open files again.');
    if (!this.settingsFor().enable) {
      this.store.clear();
      this.scanned.clear();
    }
    this.lintOpenDocuments();
    this.statusBar.update();
    this.graph.onSettingsChanged();
  }

  /**
   * The open documents that import `document` (directly or through other modules) may have findings that depend on
   * what it now says: lint them again.
   */
  private lintDependents(document: vscode.TextDocument, dependents: readonly string[] | undefined): void {
    if (!dependents || dependents.length === 0) {
      return;
    }
    const paths = new Set(dependents);
    for (const open of vscode.workspace.textDocuments) {
      const openPath = this.diskPath(open.uri);
      if (open !== document && openPath && paths.has(openPath) && this.isLinted(open)) {
        this.scheduler.schedule(open);
      }
    }
  }

  private onDidClose(document: vscode.TextDocument): void {
    const closedPath = this.diskPath(document.uri);
    if (closedPath) {
      this.closedPaths.push(closedPath);
    }
    const key = document.uri.toString();
    this.scheduler.cancel(key);
    this.client.cancel(key);
    this.lintTimes.delete(key);
    this.sources.delete(key);
    if (this.scanned.has(key) && document.uri.scheme !== 'untitled') {
      void this.lintFromDisk(document.uri);
    } else if (this.store.has(document.uri)) {
      this.store.delete(document.uri);
    }
  }

  private isExcluded(document: vscode.TextDocument, settings: Settings): boolean {
    if (settings.exclude.length === 0) {
      return false;
    }
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    return settings.exclude.some(
      pattern =>
        vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, pattern) : pattern }, document) >
        0,
    );
  }

  private shouldLint(document: vscode.TextDocument, settings: Settings): boolean {
    return (
      settings.enable &&
      this.isLinted(document) &&
      !IGNORED_SCHEMES.has(document.uri.scheme) &&
      !this.isExcluded(document, settings)
    );
  }

  /** JS/TS by the document's language, configuration files (`.env`, `appsettings.json`, …) by their name. */
  private isLinted(document: vscode.TextDocument): boolean {
    return isLintedDocument(document.languageId, this.relativeName(document.uri));
  }

  /**
   * The file's path on disk, for files that have one (configuration files are judged by the `.gitignore` files there).
   */
  private diskPath(uri: vscode.Uri): string | undefined {
    return uri.scheme === 'file' && this.host.kind === 'node' ? uri.fsPath : undefined;
  }

  private relativeName(uri: vscode.Uri): string {
    return uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri, false);
  }

  /** Whether a file is over `zeroTrust.maxFileSizeKB`; notes it in the output channel the first time. */
  private tooLarge(uri: vscode.Uri, size: number, settings: Settings): boolean {
    const key = uri.toString();
    if (size <= settings.maxFileSizeKB * 1024) {
      this.sizeNotices.delete(key);
      return false;
    }
    if (!this.sizeNotices.has(key)) {
      this.sizeNotices.add(key);
      this.output.info(
        `Skipped ${this.relativeName(uri)}: ${Math.round(size / 1024)} KB is over zeroTrust.maxFileSizeKB ` +
          `(${settings.maxFileSizeKB} KB).`,
      );
    }
    return true;
  }

  private reportRuleErrors(filename: string, failures: readonly RuleFailure[]): void {
    for (const failure of failures) {
      const key = `${failure.ruleId}\u0000${filename}`;
      if (!this.ruleErrorNotices.has(key)) {
        this.ruleErrorNotices.add(key);
        this.output.error(
          `Rule ${failure.ruleId} failed on ${filename}; the other rules' findings are shown. ${failure.message}`,
        );
      }
    }
  }

  /**
   * Lints the document and publishes its findings. Resolves with whether the lint's time is the document's lint
   * cost, for the scheduler (not when it did not parse, was skipped, or was replaced by a newer one).
   */
  private async validate(document: vscode.TextDocument): Promise<boolean> {
    const settings = this.settingsFor(document.uri);
    if (!this.shouldLint(document, settings)) {
      const had = this.store.has(document.uri);
      if (had) {
        this.store.delete(document.uri);
      }
      if (had || this.isLinted(document)) {
        this.lintEvents.fire({ uri: document.uri, version: document.version, result: 'cleared', findings: 0 });
      }
      return false;
    }
    const text = document.getText();
    if (this.tooLarge(document.uri, text.length, settings)) {
      if (this.store.has(document.uri)) {
        this.store.delete(document.uri);
      }
      this.lintEvents.fire({ uri: document.uri, version: document.version, result: 'skipped', findings: 0 });
      return false;
    }
    const version = document.version;
    const filename = lintFilename(this.relativeName(document.uri), document.languageId);
    const started = performance.now();
    const key = document.uri.toString();
    const { lint, source } = await this.lintSettings(document.uri, settings, filename);
    this.sources.set(key, source);
    if (!lint) {
      // The project's config does not lint this file with this plugin: neither does the editor.
      if (this.store.has(document.uri)) {
        this.store.delete(document.uri);
      }
      this.statusBar.update();
      this.lintEvents.fire({ uri: document.uri, version, result: 'cleared', findings: 0 });
      return false;
    }
    const closed = this.closedPaths.splice(0);
    const job = {
      text,
      filename,
      settings: lint,
      document: key,
      path: this.diskPath(document.uri),
      ...(closed.length > 0 ? { closed } : {}),
    };
    const reply = await this.client.lint(key, job);
    if (reply.status === 'superseded') {
      return false;
    }
    if (reply.status === 'failed') {
      this.output.error(`Could not lint ${filename}: ${reply.error}`);
      this.lintEvents.fire({ uri: document.uri, version, result: 'failed', findings: 0 });
      return false;
    }
    if (document.isClosed || document.version !== version) {
      // A newer version is on its way; this result is stale.
      this.lintEvents.fire({ uri: document.uri, version, result: 'stale', findings: 0 });
      return reply.outcome.parseError === undefined;
    }
    const { outcome } = reply;
    if (!this.firstLintTraced) {
      this.firstLintTraced = true;
      this.output.info(
        `First lint: ${filename}, diagnostics ${Math.round(performance.now() - this.activatedAt)} ms after ` +
          `activation (asked at ${Math.round(started - this.activatedAt)} ms; ` +
          (reply.startup && this.workerStartedAt !== undefined
            ? `worker started at ${Math.round(this.workerStartedAt - performance.timeOrigin - this.activatedAt)} ms, ` +
              `its bundle loaded in ${Math.round(reply.startup.loadedAt - this.workerStartedAt)} ms; `
            : '') +
          `ESLint ${Math.round(outcome.lintMs)} ms` +
          (reply.startup ? `, of which the full parse ${Math.round(reply.startup.parseMs)} ms` : '') +
          ').',
      );
    }
    this.store.set(document.uri, version, outcome.findings, outcome.parseError);
    this.lintDependents(document, outcome.dependents);
    this.reportRuleErrors(filename, outcome.ruleErrors);
    this.lintTimes.set(key, performance.now() - started);
    this.lintEvents.fire({ uri: document.uri, version, result: 'linted', findings: this.store.count(document.uri) });
    this.output.info(
      `Linted ${filename} (v${version}) in ${Math.round(performance.now() - started)} ms, ` +
        `ESLint ${Math.round(outcome.lintMs)} ms: ${
          outcome.parseError
            ? 'parse error'
            : `${outcome.findings.length} finding${outcome.findings.length === 1 ? '' : 's'}`
        }.`,
    );
    return outcome.parseError === undefined;
  }

  /** What the worker lints a file with: the settings, and in the browser the installed versions read for it. */
  private async withInstalledVersions(uri: vscode.Uri, lint: LintSettings): Promise<LintSettings> {
    const installedVersions = await this.installedVersions?.forUri(uri);
    return installedVersions ? { ...lint, installedVersions } : lint;
  }

  /** Lints the document now; never rejects (a failure goes to the output channel). */
  private startValidate(document: vscode.TextDocument): Promise<boolean> {
    return this.validate(document).catch(error => {
      this.output.error(`Linting failed: ${String(error)}`);
      return false;
    });
  }

  /** Lints the document now unless the store already holds its current version. */
  private async ensureFresh(document: vscode.TextDocument): Promise<void> {
    const lint = this.store.get(document.uri);
    if (lint && lint.version === document.version) {
      return;
    }
    await this.scheduler.lintNow(document);
  }

  private async lintFromDisk(uri: vscode.Uri): Promise<LintReply | 'skipped'> {
    const settings = this.settingsFor(uri);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      this.output.warn(`Could not read ${this.relativeName(uri)}: ${String(error)}`);
      return 'skipped';
    }
    if (this.tooLarge(uri, bytes.length, settings)) {
      return 'skipped';
    }
    const filename = lintFilename(this.relativeName(uri));
    const { lint } = await this.lintSettings(uri, settings, filename);
    if (!lint) {
      // Not linted in CI either (the project's config does not give this file the plugin): nothing to show.
      if (this.store.has(uri) && !vscode.workspace.textDocuments.some(open => open.uri.toString() === uri.toString())) {
        this.store.delete(uri);
      }
      return { status: 'done', outcome: { findings: [], ruleErrors: [], lintMs: 0 } };
    }
    const reply = await this.client.lint(
      uri.toString(),
      { text: new TextDecoder().decode(bytes), filename, settings: lint, path: this.diskPath(uri) },
      'background',
    );
    if (reply.status === 'done') {
      const { findings, parseError, ruleErrors } = reply.outcome;
      this.reportRuleErrors(filename, ruleErrors);
      const nothingToShow = findings.length === 0 && !(parseError && settings.reportParseErrors);
      if (nothingToShow && !this.store.has(uri)) {
        return reply; // Most files of a scan: no diagnostics to publish, nothing to keep.
      }
      if (!vscode.workspace.textDocuments.some(document => document.uri.toString() === uri.toString())) {
        this.store.set(uri, undefined, findings, parseError);
        this.scanned.add(uri.toString());
      }
    } else if (reply.status === 'failed') {
      this.output.error(`Could not lint ${filename}: ${reply.error}`);
    }
    return reply;
  }

  private async fixAll(): Promise<boolean> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      return false;
    }
    await this.ensureFresh(document);
    const lint = this.store.get(document.uri);
    const edit = lint && lint.version === document.version ? fixAllEdit(document.uri, lint.findings) : undefined;
    return edit ? vscode.workspace.applyEdit(edit) : false;
  }

  private startScan(): Promise<ScanSummary | undefined> | undefined {
    if (!this.settingsFor().enable) {
      void vscode.window.showInformationMessage('Zero Trust is disabled (zeroTrust.enable).');
      return undefined;
    }
    return scanWorkspace({
      lintFromDisk: uri => this.lintFromDisk(uri),
      lintOpen: document => this.ensureFresh(document),
      count: uri => this.store.count(uri),
      exclude: folder => this.settingsFor(folder.uri).exclude,
      log: line => this.output.info(line),
    });
  }

  /** The workspace scan, handing each linted file's findings (before suppressions) to `collect`. */
  private async scanFor(collect: ScanCollector, title: string): Promise<ScanSummary | undefined> {
    if (!this.settingsFor().enable) {
      void vscode.window.showInformationMessage('Zero Trust is disabled (zeroTrust.enable).');
      return undefined;
    }
    return scanWorkspace({
      lintFromDisk: async uri => {
        const reply = await this.lintFromDisk(uri);
        if (reply !== 'skipped' && reply.status === 'done') {
          collect(uri, reply.outcome.findings);
        }
        return reply;
      },
      lintOpen: async document => {
        await this.ensureFresh(document);
        const findings =
          this.store.get(document.uri)?.version === document.version && this.store.lintedFindings(document.uri);
        if (findings) {
          collect(document.uri, findings);
        }
      },
      count: uri => this.store.count(uri),
      exclude: folder => this.settingsFor(folder.uri).exclude,
      log: line => this.output.info(line),
      title,
      quiet: true,
    });
  }
}
