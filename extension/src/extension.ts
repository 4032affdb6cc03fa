// The VS Code adapter: wires the vscode-free core (worker client, findings, disable comments) to the editor.
// Activation only builds these objects; the lint worker (ESLint, the parser and the rules) starts with the first lint.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';

import type { RuleFailure } from './lint';
import type { Settings } from './settings';
import type { LintReply } from './workerClient';

import { fixAllEdit, LintCodeActionProvider } from './codeActions';
import { CommandIds, DIAGNOSTIC_SOURCE, CONFIG_SECTION, LANGUAGE_IDS } from './constants';
import { FindingStore } from './diagnostics';
import { lintFilename } from './lintFilename';
import { LintScheduler } from './scheduler';
import { scanWorkspace } from './scan';
import { readSettings } from './settings';
import { FindingsStatusBar } from './statusBar';
import { LintWorkerClient } from './workerClient';

/** URI schemes of editor-internal documents that are not the user's code. */
const IGNORED_SCHEMES = new Set(['git', 'gitfs', 'output', 'debug', 'vscode-scm', 'vscode-notebook-cell', 'comment', 'chat-editing-text-model']);

/** What happened to one lint request (for the in-editor tests, and other extensions that want to wait on a lint). */
export interface LintEvent {
  uri: vscode.Uri;
  version: number | undefined;
  result: 'linted' | 'skipped' | 'failed' | 'cleared';
  findings: number;
}

/** The extension's exports: `vscode.extensions.getExtension('zero-trust-lint.zero-trust-lint').exports`. */
export interface ZeroTrustApi {
  onDidLint: vscode.Event<LintEvent>;
}

export function activate(context: vscode.ExtensionContext): ZeroTrustApi {
  const lintEvents = new vscode.EventEmitter<LintEvent>();
  const output = vscode.window.createOutputChannel(DIAGNOSTIC_SOURCE, { log: true });
  const settingsCache = new Map<string, Settings>();
  const settingsFor = (uri?: vscode.Uri): Settings => {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    const key = folder?.uri.toString() ?? '';
    let settings = settingsCache.get(key);
    if (!settings) {
      settings = readSettings(folder?.uri);
      settingsCache.set(key, settings);
    }
    return settings;
  };

  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const store = new FindingStore(collection, uri => settingsFor(uri).reportParseErrors);
  const client = new LintWorkerClient(
    () => new Worker(path.join(context.extensionPath, 'dist', 'worker.js'), { name: 'zero-trust-lint' }),
    line => output.warn(line),
  );
  const sizeNotices = new Set<string>();
  const ruleErrorNotices = new Set<string>();
  /** Files linted by a workspace scan: closing their editor lints them from disk again instead of clearing them. */
  const scanned = new Set<string>();
  /** The latest lint of each open document, for actions that need the current version (fix all on save). */
  const latest = new Map<string, Promise<void>>();

  const isExcluded = (document: vscode.TextDocument, settings: Settings): boolean => {
    if (settings.exclude.length === 0) {
      return false;
    }
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    return settings.exclude.some(
      pattern => vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, pattern) : pattern }, document) > 0,
    );
  };

  const shouldLint = (document: vscode.TextDocument, settings: Settings): boolean =>
    settings.enable &&
    (LANGUAGE_IDS as readonly string[]).includes(document.languageId) &&
    !IGNORED_SCHEMES.has(document.uri.scheme) &&
    !isExcluded(document, settings);

  const relativeName = (uri: vscode.Uri): string =>
    uri.scheme === 'untitled' ? uri.path : vscode.workspace.asRelativePath(uri, false);

  const tooLarge = (uri: vscode.Uri, size: number, settings: Settings): boolean => {
    const key = uri.toString();
    if (size <= settings.maxFileSizeKB * 1024) {
      sizeNotices.delete(key);
      return false;
    }
    if (!sizeNotices.has(key)) {
      sizeNotices.add(key);
      output.info(
        `Skipped ${relativeName(uri)}: ${Math.round(size / 1024)} KB is over zeroTrust.maxFileSizeKB (${settings.maxFileSizeKB} KB).`,
      );
    }
    return true;
  };

  const reportRuleErrors = (filename: string, failures: readonly RuleFailure[]): void => {
    for (const failure of failures) {
      const key = `${failure.ruleId}\u0000${filename}`;
      if (!ruleErrorNotices.has(key)) {
        ruleErrorNotices.add(key);
        output.error(`Rule ${failure.ruleId} failed on ${filename}; the other rules' findings are shown. ${failure.message}`);
      }
    }
  };

  const validate = async (document: vscode.TextDocument): Promise<void> => {
    const settings = settingsFor(document.uri);
    if (!shouldLint(document, settings)) {
      const had = store.has(document.uri);
      if (had) {
        store.delete(document.uri);
      }
      if (had || (LANGUAGE_IDS as readonly string[]).includes(document.languageId)) {
        lintEvents.fire({ uri: document.uri, version: document.version, result: 'cleared', findings: 0 });
      }
      return;
    }
    const text = document.getText();
    if (tooLarge(document.uri, text.length, settings)) {
      if (store.has(document.uri)) {
        store.delete(document.uri);
      }
      lintEvents.fire({ uri: document.uri, version: document.version, result: 'skipped', findings: 0 });
      return;
    }
    const version = document.version;
    const filename = lintFilename(relativeName(document.uri), document.languageId);
    const started = performance.now();
    const key = document.uri.toString();
    const reply = await client.lint(key, { text, filename, settings: settings.lint, document: key });
    if (reply.status === 'superseded') {
      return;
    }
    if (reply.status === 'failed') {
      output.error(`Could not lint ${filename}: ${reply.error}`);
      lintEvents.fire({ uri: document.uri, version, result: 'failed', findings: 0 });
      return;
    }
    if (document.isClosed || document.version !== version) {
      return; // A newer version is on its way; this result is stale.
    }
    const { outcome } = reply;
    store.set(document.uri, version, outcome.findings, outcome.parseError);
    reportRuleErrors(filename, outcome.ruleErrors);
    lintEvents.fire({ uri: document.uri, version, result: 'linted', findings: store.count(document.uri) });
    output.info(
      `Linted ${filename} (v${version}) in ${Math.round(performance.now() - started)} ms, ESLint ${Math.round(outcome.lintMs)} ms: ${
        outcome.parseError ? 'parse error' : `${outcome.findings.length} finding${outcome.findings.length === 1 ? '' : 's'}`
      }.`,
    );
  };

  const startValidate = (document: vscode.TextDocument): Promise<void> => {
    const promise = validate(document).catch(error => output.error(`Linting failed: ${String(error)}`));
    latest.set(document.uri.toString(), promise);
    void promise.finally(() => {
      if (latest.get(document.uri.toString()) === promise) {
        latest.delete(document.uri.toString());
      }
    });
    return promise;
  };

  const scheduler = new LintScheduler(
    () => settingsFor().lintDelayMs,
    document => void startValidate(document),
  );

  const ensureFresh = async (document: vscode.TextDocument): Promise<void> => {
    const lint = store.get(document.uri);
    if (lint && lint.version === document.version) {
      return;
    }
    scheduler.cancel(document.uri.toString());
    await startValidate(document);
  };

  const lintFromDisk = async (uri: vscode.Uri): Promise<LintReply | 'skipped'> => {
    const settings = settingsFor(uri);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      output.warn(`Could not read ${relativeName(uri)}: ${String(error)}`);
      return 'skipped';
    }
    if (tooLarge(uri, bytes.length, settings)) {
      return 'skipped';
    }
    const filename = lintFilename(relativeName(uri));
    const reply = await client.lint(uri.toString(), { text: new TextDecoder().decode(bytes), filename, settings: settings.lint }, 'background');
    if (reply.status === 'done') {
      const { findings, parseError, ruleErrors } = reply.outcome;
      reportRuleErrors(filename, ruleErrors);
      const nothingToShow = findings.length === 0 && !(parseError && settings.reportParseErrors);
      if (nothingToShow && !store.has(uri)) {
        return reply; // Most files of a scan: no diagnostics to publish, nothing to keep.
      }
      if (!vscode.workspace.textDocuments.some(document => document.uri.toString() === uri.toString())) {
        store.set(uri, undefined, findings, parseError);
        scanned.add(uri.toString());
      }
    } else if (reply.status === 'failed') {
      output.error(`Could not lint ${filename}: ${reply.error}`);
    }
    return reply;
  };

  const relintOpenDocuments = (): void => {
    for (const document of vscode.workspace.textDocuments) {
      scheduler.schedule(document, { immediate: true });
    }
  };

  const statusBar = new FindingsStatusBar(store, () => settingsFor(vscode.window.activeTextEditor?.document.uri).enable);

  context.subscriptions.push(
    lintEvents,
    output,
    collection,
    store,
    scheduler,
    statusBar,
    { dispose: () => client.dispose() },
    vscode.workspace.onDidOpenTextDocument(document => scheduler.schedule(document, { immediate: true })),
    vscode.workspace.onDidChangeTextDocument(event => {
      if (event.contentChanges.length > 0 && settingsFor(event.document.uri).run === 'onType') {
        scheduler.schedule(event.document);
      }
    }),
    vscode.workspace.onDidSaveTextDocument(document => {
      if (settingsFor(document.uri).run === 'onSave') {
        scheduler.schedule(document, { immediate: true });
      }
    }),
    vscode.workspace.onDidCloseTextDocument(document => {
      const key = document.uri.toString();
      scheduler.cancel(key);
      client.cancel(key);
      if (scanned.has(key) && document.uri.scheme !== 'untitled') {
        void lintFromDisk(document.uri);
      } else if (store.has(document.uri)) {
        store.delete(document.uri);
      }
    }),
    vscode.workspace.onDidChangeConfiguration(event => {
      if (event.affectsConfiguration(CONFIG_SECTION)) {
        settingsCache.clear();
        output.info('Settings changed; linting the open files again.');
        if (!settingsFor().enable) {
          store.clear();
          scanned.clear();
        }
        relintOpenDocuments();
        statusBar.update();
      }
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => settingsCache.clear()),
    vscode.languages.onDidChangeDiagnostics(event => store.onDiagnosticsChanged(event.uris)),
    vscode.languages.registerCodeActionsProvider(
      LANGUAGE_IDS.map(language => ({ language })),
      new LintCodeActionProvider(store, uri => settingsFor(uri), ensureFresh),
      { providedCodeActionKinds: LintCodeActionProvider.providedCodeActionKinds },
    ),
    vscode.commands.registerCommand(CommandIds.openRuleDocs, (url: unknown) =>
      typeof url === 'string' && /^https:\/\//.test(url) ? vscode.env.openExternal(vscode.Uri.parse(url)) : false,
    ),
    vscode.commands.registerCommand(CommandIds.showOutput, () => output.show()),
    vscode.commands.registerCommand(CommandIds.restartLinter, () => {
      output.info('Restarting the lint worker.');
      client.restart();
      relintOpenDocuments();
    }),
    vscode.commands.registerCommand(CommandIds.fixAll, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) {
        return false;
      }
      await ensureFresh(document);
      const lint = store.get(document.uri);
      const edit = lint && lint.version === document.version ? fixAllEdit(document.uri, lint.findings) : undefined;
      return edit ? vscode.workspace.applyEdit(edit) : false;
    }),
    vscode.commands.registerCommand(CommandIds.scanWorkspace, () => {
      if (!settingsFor().enable) {
        void vscode.window.showInformationMessage('Zero Trust is disabled (zeroTrust.enable).');
        return undefined;
      }
      return scanWorkspace({
        lintFromDisk,
        lintOpen: document => ensureFresh(document),
        count: uri => store.count(uri),
        exclude: folder => settingsFor(folder.uri).exclude,
        log: line => output.info(line),
      });
    }),
  );

  relintOpenDocuments();
  return { onDidLint: lintEvents.event };
}

export function deactivate(): void {
  // Everything is disposed through `context.subscriptions`.
}
