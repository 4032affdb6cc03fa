// Quick fixes for each finding (vscode-eslint's titles) and the `source.fixAll.zeroTrust` action for
// `editor.codeActionsOnSave` (fixes only, never suggestions). What to offer is planned in core/actionPlan.ts.
import * as vscode from 'vscode';

import type { PlannedAction } from '../core/actionPlan';
import type { Finding } from '../core/findings';
import type { Settings } from '../core/settings';
import type { FindingStore } from './diagnostics';

import { planFixAll, planOptionsFor, planQuickFixes } from '../core/actionPlan';
import { CommandIds, DIAGNOSTIC_SOURCE, FIX_ALL_KIND_SUFFIX } from '../core/constants';
import { diagnosticKey } from '../core/storedLint';
import { TextIndex } from '../core/textIndex';
import { toVsRange } from './diagnostics';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(FIX_ALL_KIND_SUFFIX);

function toWorkspaceEdit(uri: vscode.Uri, planned: PlannedAction): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const textEdit of planned.edits) {
    edit.replace(uri, toVsRange(textEdit.range), textEdit.newText);
  }
  return edit;
}

/** The edit applying every non-overlapping fix of `findings` (no suggestions), or `undefined` when there is none. */
export function fixAllEdit(uri: vscode.Uri, findings: readonly Finding[]): vscode.WorkspaceEdit | undefined {
  const planned = planFixAll(findings);
  return planned ? toWorkspaceEdit(uri, planned) : undefined;
}

export class LintCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(
    private readonly store: FindingStore,
    private readonly settings: (uri: vscode.Uri) => Settings,
    /** Lints the document now unless the store already holds its current version. */
    private readonly ensureFresh: (document: vscode.TextDocument) => Promise<void>,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const only = context.only;
    if (only && (FIX_ALL_KIND.contains(only) || only.contains(FIX_ALL_KIND))) {
      return this.sourceFixAll(document, token);
    }
    if (only && !vscode.CodeActionKind.QuickFix.contains(only) && !only.contains(vscode.CodeActionKind.QuickFix)) {
      return [];
    }
    return this.quickFixes(document, context);
  }

  private async sourceFixAll(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    await this.ensureFresh(document);
    const lint = this.store.get(document.uri);
    if (token.isCancellationRequested || !lint || lint.version !== document.version) {
      return [];
    }
    const planned = planFixAll(lint.findings);
    if (!planned) {
      return [];
    }
    const action = new vscode.CodeAction(planned.title, FIX_ALL_KIND);
    action.edit = toWorkspaceEdit(document.uri, planned);
    return [action];
  }

  private quickFixes(document: vscode.TextDocument, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const lint = this.store.get(document.uri);
    if (!lint || lint.version !== document.version) {
      return [];
    }
    const diagnosticOf = new Map<Finding, vscode.Diagnostic>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source === DIAGNOSTIC_SOURCE) {
        const finding = lint.byKey.get(diagnosticKey(diagnostic));
        if (finding && !diagnosticOf.has(finding)) {
          diagnosticOf.set(finding, diagnostic);
        }
      }
    }
    if (diagnosticOf.size === 0) {
      return [];
    }
    const settings = this.settings(document.uri);
    let index: TextIndex | undefined;
    const plan = planQuickFixes(
      [...diagnosticOf.keys()],
      lint.findings,
      () => (index ??= new TextIndex(document.getText())),
      planOptionsFor(settings, vscode.workspace.asRelativePath(document.uri, false)),
    );
    return plan.map(planned => {
      const action = new vscode.CodeAction(planned.title, vscode.CodeActionKind.QuickFix);
      if (planned.kind === 'showDocs') {
        action.command = { title: planned.title, command: CommandIds.openRuleDocs, arguments: [planned.url] };
      } else {
        action.edit = toWorkspaceEdit(document.uri, planned);
      }
      const diagnostic = planned.finding && diagnosticOf.get(planned.finding);
      if (diagnostic) {
        action.diagnostics = [diagnostic];
      }
      if (planned.isPreferred) {
        action.isPreferred = true;
      }
      return action;
    });
  }
}
