// The status bar item: the number of findings in the active file ("no findings" when clean), and in its tooltip
// what is linting it and how long its last lint took.
import * as vscode from 'vscode';

import type { ActiveSetup } from '../core/uiText';
import type { FindingStore } from './diagnostics';

import { isLintedDocument } from '../core/configFiles';
import { findingsStatus } from '../core/uiText';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('zeroTrust.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: FindingStore,
    private readonly enabled: () => boolean,
    /** What is linting the file: the version, the preset and the per-rule settings. */
    private readonly setup: (uri: vscode.Uri) => ActiveSetup,
    /** How long the file's last lint took, if it was linted. */
    private readonly lastLintMs: (uri: vscode.Uri) => number | undefined,
    /** A line to add to the tooltip (why the suppressions file is not used), if any. */
    private readonly note: (uri: vscode.Uri) => string | undefined = () => undefined,
  ) {
    this.item.name = 'Zero Trust findings';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidPublish(uri => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) {
          this.update();
        }
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (
      !document ||
      !this.enabled() ||
      !isLintedDocument(document.languageId, vscode.workspace.asRelativePath(document.uri, false))
    ) {
      this.item.hide();
      return;
    }
    const { text, tooltip } = findingsStatus(
      this.store.count(document.uri),
      this.setup(document.uri),
      this.lastLintMs(document.uri),
    );
    this.item.text = text;
    const note = this.note(document.uri);
    this.item.tooltip = note ? `${tooltip}\n${note}` : tooltip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) {
      subscription.dispose();
    }
  }
}
