// Quick fixes for each finding (vscode-eslint's titles) and the `source.fixAll.zeroTrust` action for
// `editor.codeActionsOnSave` (fixes only, never suggestions). What to offer is planned in core/actionPlan.ts.
import * as vscode from 'vscode';

import type { PlannedAction } from '../core/actionPlan';
import type { Finding } from '../core/findings';
import type { Settings } from '../core/settings';
import type { FindingStore } from './diagnostics';

import type { DisableTarget } from '../core/actionPlan';

import { DEFAULT_DISABLE_REASON, disableEdits, planFixAll, planOptionsFor, planQuickFixes } from '../core/actionPlan';
import { cleanReason } from '../core/disableComments';
import { CommandIds, DIAGNOSTIC_SOURCE, FIX_ALL_KIND_SUFFIX } from '../core/constants';
import { diagnosticKey } from '../core/storedLint';
import { TextIndex } from '../core/textIndex';
import { toVsRange } from './diagnostics';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(FIX_ALL_KIND_SUFFIX);

function toWorkspaceEdit(uri: vscode.Uri, planned: Pick<PlannedAction, 'edits'>): vscode.WorkspaceEdit {
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
      } else if (planned.disable) {
        // The comment says why: the command asks for the reason, then writes it.
        action.command = {
          title: planned.title,
          command: CommandIds.disableWithReason,
          arguments: [document.uri, planned.disable],
        };
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

function isDisableTarget(value: unknown): value is DisableTarget {
  const target = value as Partial<DisableTarget> | undefined;
  return (
    typeof target === 'object' &&
    target !== null &&
    (target.scope === 'line' || target.scope === 'file') &&
    typeof target.line === 'number' &&
    typeof target.ruleId === 'string'
  );
}

/**
 * `Disable … for this line` / `… for the entire file`: asks why (an input box prefilled with a default; Escape
 * cancels and writes nothing), then writes the disable comment with the reason after `--`, ESLint's description,
 * which `eslint-comments/require-description` can require in CI. A `reason` given as an argument is used without
 * asking. Returns whether the comment was written.
 */
export async function disableWithReason(uri: unknown, target: unknown, reason?: unknown): Promise<boolean> {
  if (!(uri instanceof vscode.Uri) || !isDisableTarget(target)) {
    void vscode.window.showErrorMessage('Zero Trust: nothing to disable (the command needs a file and a rule).');
    return false;
  }
  let why = typeof reason === 'string' ? cleanReason(reason) : undefined;
  if (why === undefined) {
    const where = target.scope === 'line' ? 'this line' : 'this file';
    const answer = await vscode.window.showInputBox({
      title: `Disable ${target.ruleId} for ${where}`,
      prompt: 'Why is this finding safe to ignore here? Written after "--" in the comment; Escape cancels.',
      value: DEFAULT_DISABLE_REASON.value,
      valueSelection: DEFAULT_DISABLE_REASON.select,
      validateInput: value => (cleanReason(value) ? undefined : 'Give a reason, or press Escape to cancel.'),
    });
    why = cleanReason(answer);
    if (why === undefined) {
      return false;
    }
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const edits = disableEdits(new TextIndex(document.getText()), target, why);
  if (!edits) {
    return false;
  }
  return vscode.workspace.applyEdit(toWorkspaceEdit(uri, { edits }));
}
