// Quick fixes for each finding (vscode-eslint's titles) and the `source.fixAll.zeroTrust` action for
// `editor.codeActionsOnSave` (fixes only, never suggestions).
import * as vscode from 'vscode';

import type { FindingStore } from './diagnostics';
import type { Finding, FixEdit } from './findings';
import type { Settings } from './settings';

import { CommandIds, DIAGNOSTIC_SOURCE, FIX_ALL_KIND_SUFFIX } from './constants';
import { diagnosticKey, toVsRange } from './diagnostics';
import { disableForFileEdit, disableForLineEdit } from './disableComments';
import { nonOverlappingFixes } from './findings';
import { TextIndex } from './textIndex';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(FIX_ALL_KIND_SUFFIX);

function replace(edit: vscode.WorkspaceEdit, uri: vscode.Uri, fix: { range: FixEdit['range']; newText: string }): void {
  edit.replace(uri, toVsRange(fix.range), fix.newText);
}

/** The edit applying every non-overlapping fix of `findings` (no suggestions), or `undefined` when there is none. */
export function fixAllEdit(uri: vscode.Uri, findings: readonly Finding[]): vscode.WorkspaceEdit | undefined {
  const fixes = nonOverlappingFixes(findings);
  if (fixes.length === 0) {
    return undefined;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const fix of fixes) {
    replace(edit, uri, fix);
  }
  return edit;
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

  private async sourceFixAll(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    await this.ensureFresh(document);
    const lint = this.store.get(document.uri);
    if (token.isCancellationRequested || !lint || lint.version !== document.version) {
      return [];
    }
    const edit = fixAllEdit(document.uri, lint.findings);
    if (!edit) {
      return [];
    }
    const action = new vscode.CodeAction('Fix all auto-fixable Zero Trust problems', FIX_ALL_KIND);
    action.edit = edit;
    return [action];
  }

  private quickFixes(document: vscode.TextDocument, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const lint = this.store.get(document.uri);
    if (!lint || lint.version !== document.version) {
      return [];
    }
    const ours = context.diagnostics.filter(diagnostic => diagnostic.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) {
      return [];
    }
    const settings = this.settings(document.uri);
    const fixes: vscode.CodeAction[] = [];
    const suggestions: vscode.CodeAction[] = [];
    const fixAll: vscode.CodeAction[] = [];
    const disables: vscode.CodeAction[] = [];
    const docs: vscode.CodeAction[] = [];
    const doneRules = new Set<string>();
    let index: TextIndex | undefined;
    for (const diagnostic of ours) {
      const finding = lint.byKey.get(diagnosticKey(diagnostic));
      if (!finding) {
        continue;
      }
      const name = finding.ruleId;
      if (finding.fix) {
        const action = new vscode.CodeAction(`Fix this ${name} problem`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        replace(action.edit, document.uri, finding.fix);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        fixes.push(action);
      }
      for (const suggestion of finding.suggestions) {
        const action = new vscode.CodeAction(`${suggestion.desc} (${name})`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        replace(action.edit, document.uri, suggestion.edit);
        action.diagnostics = [diagnostic];
        suggestions.push(action);
      }
      if (doneRules.has(name)) {
        continue;
      }
      doneRules.add(name);
      const sameRule = lint.findings.filter(other => other.ruleId === name);
      if (nonOverlappingFixes(sameRule).length > 1) {
        const action = new vscode.CodeAction(`Fix all ${name} problems`, vscode.CodeActionKind.QuickFix);
        action.edit = fixAllEdit(document.uri, sameRule);
        fixAll.push(action);
      }
      if (settings.disableRuleComment) {
        index ??= new TextIndex(document.getText());
        const lineEdit = disableForLineEdit(index, finding.range.start.line, name);
        if (lineEdit) {
          const action = new vscode.CodeAction(`Disable ${name} for this line`, vscode.CodeActionKind.QuickFix);
          action.edit = new vscode.WorkspaceEdit();
          replace(action.edit, document.uri, lineEdit);
          action.diagnostics = [diagnostic];
          disables.push(action);
        }
        const fileEdit = disableForFileEdit(index, name);
        if (fileEdit) {
          const action = new vscode.CodeAction(`Disable ${name} for the entire file`, vscode.CodeActionKind.QuickFix);
          action.edit = new vscode.WorkspaceEdit();
          replace(action.edit, document.uri, fileEdit);
          action.diagnostics = [diagnostic];
          disables.push(action);
        }
      }
      if (settings.showDocumentation && finding.docsUrl) {
        const action = new vscode.CodeAction(`Show documentation for ${name}`, vscode.CodeActionKind.QuickFix);
        action.command = { title: action.title, command: CommandIds.openRuleDocs, arguments: [finding.docsUrl] };
        docs.push(action);
      }
    }
    return [...fixes, ...suggestions, ...fixAll, ...disables, ...docs];
  }
}
