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
  /**
   * For `disableLine` and `disableFile`: what to silence, so that the editor can ask for a reason and build the edits
   * again with it (`disableEdits`); `edits` are the ones without a reason.
   */
  disable?: DisableTarget;
}

/** What a disable comment silences: a rule on a 0-based line (`scope: 'line'`) or in the whole file. */
export interface DisableTarget {
  scope: 'line' | 'file';
  line: number;
  ruleId: string;
}

/** The text the reason prompt starts with, and the part of it selected (typing replaces it). */
export const DEFAULT_DISABLE_REASON = { value: 'Reviewed: accepted risk', select: [10, 23] as [number, number] };

/** The edits of a disable comment for `target` in the document `index` indexes, with `reason` as its description. */
export function disableEdits(index: TextIndex, target: DisableTarget, reason?: string): TextEdit[] | undefined {
  return target.scope === 'line'
    ? disableForLineEdit(index, target.line, target.ruleId, reason)
    : disableForFileEdit(index, target.ruleId, reason);
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
      const line: DisableTarget = { scope: 'line', line: finding.range.start.line, ruleId: rule };
      const lineEdits = disableEdits(index(), line);
      if (lineEdits) {
        const title = `Disable ${rule} for this line`;
        perRule.push({ kind: 'disableLine', title, edits: lineEdits, finding, disable: line });
      }
      const file: DisableTarget = { scope: 'file', line: 0, ruleId: rule };
      const fileEdits = disableEdits(index(), file);
      if (fileEdits) {
        const title = `Disable ${rule} for the entire file`;
        perRule.push({ kind: 'disableFile', title, edits: fileEdits, finding, disable: file });
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
