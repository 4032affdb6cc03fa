// Which code actions a finding gets, with their titles and edits (vscode-eslint's wording). vscode-free, so the
// whole plan, including `Fix this …` and `Fix all …` for rules with an autofix, is unit-tested without the editor;
// vscode/codeActions.ts only turns each planned action into a `vscode.CodeAction`.
import type { Finding } from './findings';
import type { TextEdit, TextIndex } from './textIndex';

import { isConfigFile } from './configFiles';
import { disableForFileEdit, disableForLineEdit } from './disableComments';
import { nonOverlappingFixes } from './findings';

type PlannedKind = 'fix' | 'suggestion' | 'fixAll' | 'disableLine' | 'disableFile' | 'showDocs';

export interface PlannedAction {
  kind: PlannedKind;
  title: string;
  /** Edits of the document (none for `showDocs`). */
  edits: TextEdit[];
  /** The finding the action resolves (its diagnostic is attached to the action), if it is about one finding. */
  finding?: Finding;
  /** The preferred action (the rule's own fix): `editor.action.autoFix` and the lightbulb use it. */
  isPreferred?: boolean;
  /** For `showDocs`: the documentation URL. */
  url?: string;
}

export interface PlanOptions {
  disableRuleComment: boolean;
  showDocumentation: boolean;
}

/**
 * The plan options for a document from the user's settings: no disable comments in a configuration file (JSON and
 * `.env` files have no ESLint comments; the findings' messages there say what to do instead).
 */
export function planOptionsFor(settings: PlanOptions, relativePath: string): PlanOptions {
  return {
    disableRuleComment: settings.disableRuleComment && !isConfigFile(relativePath),
    showDocumentation: settings.showDocumentation,
  };
}

/**
 * The quick fixes for the findings under the cursor, in menu order: each finding's fix, each suggestion, then per
 * rule (once, however many of its findings are selected) `Fix all`, the two disable comments and the docs link.
 * `all` is every finding of the document (for `Fix all`); `index` indexes the document's current text.
 */
export function planQuickFixes(
  selected: readonly Finding[],
  all: readonly Finding[],
  index: () => TextIndex,
  options: PlanOptions,
): PlannedAction[] {
  const fixes: PlannedAction[] = [];
  const suggestions: PlannedAction[] = [];
  const perRule: PlannedAction[] = [];
  const doneRules = new Set<string>();
  for (const finding of selected) {
    const rule = finding.ruleId;
    if (finding.fix) {
      fixes.push({ kind: 'fix', title: `Fix this ${rule} problem`, edits: [finding.fix], finding, isPreferred: true });
    }
    for (const suggestion of finding.suggestions) {
      suggestions.push({
        kind: 'suggestion',
        title: `${suggestion.desc} (${rule})`,
        edits: [suggestion.edit],
        finding,
      });
    }
    if (doneRules.has(rule)) {
      continue;
    }
    doneRules.add(rule);
    const ruleFixes = nonOverlappingFixes(all.filter(other => other.ruleId === rule));
    if (ruleFixes.length > 1) {
      perRule.push({ kind: 'fixAll', title: `Fix all ${rule} problems`, edits: ruleFixes });
    }
    if (options.disableRuleComment) {
      const lineEdit = disableForLineEdit(index(), finding.range.start.line, rule);
      if (lineEdit) {
        perRule.push({ kind: 'disableLine', title: `Disable ${rule} for this line`, edits: [lineEdit], finding });
      }
      const fileEdit = disableForFileEdit(index(), rule);
      if (fileEdit) {
        perRule.push({ kind: 'disableFile', title: `Disable ${rule} for the entire file`, edits: [fileEdit], finding });
      }
    }
    if (options.showDocumentation && finding.docsUrl) {
      perRule.push({ kind: 'showDocs', title: `Show documentation for ${rule}`, edits: [], url: finding.docsUrl });
    }
  }
  return [...fixes, ...suggestions, ...perRule];
}

/** The source action for `editor.codeActionsOnSave`: every non-overlapping fix, never a suggestion. */
export function planFixAll(all: readonly Finding[]): PlannedAction | undefined {
  const edits = nonOverlappingFixes(all);
  return edits.length > 0 ? { kind: 'fixAll', title: 'Fix all auto-fixable Zero Trust problems', edits } : undefined;
}
