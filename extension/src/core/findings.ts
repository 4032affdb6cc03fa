// ESLint messages → findings the editor can show and act on, computed where the text is (in the lint worker).
// vscode-free: unit-tested without the editor.
import type { Position, Range, TextEdit } from './textIndex';

import { RULE_PREFIX } from './constants';
import { TextIndex } from './textIndex';

export type { Position, Range } from './textIndex';

/** The part of ESLint's `LintMessage` the extension reads (every field treated as optional and untrusted). */
export interface LintMessageLike {
  ruleId?: string | null;
  message?: string;
  severity?: number;
  fatal?: boolean;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  fix?: { range: readonly [number, number]; text: string } | null;
  suggestions?:
    | readonly { desc?: string; messageId?: string; fix?: { range: readonly [number, number]; text: string } | null }[]
    | null;
}

/** A fix or suggestion as an editor edit, keeping ESLint's offsets (in the editor's text) for ordering and overlap. */
export interface FixEdit extends TextEdit {
  /** Start and end offsets in the linted text (BOM included), i.e. what the editor's `positionAt` takes. */
  offsets: [number, number];
}

export interface Finding {
  /** The rule id as configured: `zero-trust/no-password-grant`. */
  ruleId: string;
  /** The rule's name without the plugin prefix: `no-password-grant`. */
  ruleName: string;
  message: string;
  /** ESLint's severity: 1 warn, 2 error. */
  severity: 1 | 2;
  range: Range;
  /** The rule's documentation page (`meta.docs.url`), when the rule declares one. */
  docsUrl?: string;
  /** The rule's autofix (behaviour-preserving, or a setting that is explicitly insecure). */
  fix?: FixEdit;
  /** Suggestions: behaviour changes the user applies one at a time, never on save. */
  suggestions: { desc: string; edit: FixEdit }[];
}

/** A file that did not parse: one diagnostic, no actions. */
export interface ParseProblem {
  message: string;
  range: Range;
}

function toFixEdit(index: TextIndex, fix: LintMessageLike['fix']): FixEdit | undefined {
  if (!fix || !Array.isArray(fix.range) || typeof fix.text !== 'string') {
    return undefined;
  }
  const [rawStart, rawEnd] = fix.range;
  if (!Number.isFinite(rawStart) || !Number.isFinite(rawEnd) || rawEnd < rawStart) {
    return undefined;
  }
  const start = index.positionAtEslintOffset(rawStart);
  const end = index.positionAtEslintOffset(rawEnd);
  return {
    range: { start, end },
    newText: fix.text,
    offsets: [
      Math.min(rawStart + index.bomLength, index.text.length),
      Math.min(rawEnd + index.bomLength, index.text.length),
    ],
  };
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/**
 * The editor range of a message: ESLint's 1-based line/column made 0-based and clamped to the text; a missing
 * end falls back to the start (vscode-eslint's rule), and an end before the start collapses onto it.
 */
export function messageRange(index: TextIndex, message: LintMessageLike): Range {
  const start = index.positionAtEslintLoc(message.line, message.column);
  const hasEnd = Number.isFinite(message.endLine);
  const end = hasEnd
    ? index.positionAtEslintLoc(
        message.endLine,
        Number.isFinite(message.endColumn) ? message.endColumn : message.column,
      )
    : start;
  return { start, end: comparePositions(end, start) < 0 ? start : end };
}

/**
 * A finding for one ESLint message of this plugin's rules, or `undefined` for anything else (other plugins' rules,
 * directive notices, parse errors: see `toParseProblem`).
 */
export function toFinding(
  index: TextIndex,
  message: LintMessageLike,
  docsUrlOf: (ruleName: string) => string | undefined,
): Finding | undefined {
  const ruleId = message.ruleId;
  if (typeof ruleId !== 'string' || !ruleId.startsWith(RULE_PREFIX) || message.fatal) {
    return undefined;
  }
  const ruleName = ruleId.slice(RULE_PREFIX.length);
  const suggestions: Finding['suggestions'] = [];
  for (const suggestion of message.suggestions ?? []) {
    const edit = toFixEdit(index, suggestion?.fix);
    if (edit && typeof suggestion.desc === 'string') {
      suggestions.push({ desc: suggestion.desc, edit });
    }
  }
  const finding: Finding = {
    ruleId,
    ruleName,
    message: typeof message.message === 'string' ? message.message : ruleId,
    severity: message.severity === 1 ? 1 : 2,
    range: messageRange(index, message),
    suggestions,
  };
  const docsUrl = docsUrlOf(ruleName);
  if (docsUrl) {
    finding.docsUrl = docsUrl;
  }
  const fix = toFixEdit(index, message.fix);
  if (fix) {
    finding.fix = fix;
  }
  return finding;
}

/** The parse problem of a fatal message (`ruleId: null`, `fatal: true`), else `undefined`. */
export function toParseProblem(index: TextIndex, message: LintMessageLike): ParseProblem | undefined {
  if (!message.fatal) {
    return undefined;
  }
  const start = index.positionAtEslintLoc(message.line, message.column);
  return {
    message: typeof message.message === 'string' ? message.message : 'Parsing error.',
    range: { start, end: start },
  };
}

/**
 * The key a diagnostic is matched back to its finding by (vscode-eslint's `computeKey`: range + rule + message).
 * The editor hands diagnostics back as copies, so identity cannot be used.
 */
export function findingKey(finding: { range: Range; ruleId?: string; message: string }): string {
  const { start, end } = finding.range;
  return `[${start.line},${start.character},${end.line},${end.character}]-${finding.ruleId ?? ''}-${finding.message}`;
}

/**
 * The fixes of `findings` that can be applied together in one pass: sorted by position, and each one that overlaps
 * (or touches) an earlier kept fix left out, as ESLint's own fixer does; the next lint offers what remains.
 */
export function nonOverlappingFixes(findings: readonly Finding[]): FixEdit[] {
  const fixes = findings.flatMap(finding => (finding.fix ? [finding.fix] : []));
  fixes.sort((a, b) => a.offsets[0] - b.offsets[0] || a.offsets[1] - b.offsets[1]);
  const kept: FixEdit[] = [];
  let lastEnd = -1;
  for (const fix of fixes) {
    if (fix.offsets[0] > lastEnd) {
      kept.push(fix);
      lastEnd = fix.offsets[1];
    }
  }
  return kept;
}

/** Applies non-overlapping edits (offsets into `text`) and returns the new text. */
export function applyEdits(text: string, edits: readonly FixEdit[]): string {
  let out = '';
  let cursor = 0;
  for (const edit of [...edits].sort((a, b) => a.offsets[0] - b.offsets[0])) {
    if (edit.offsets[0] < cursor) {
      continue;
    }
    out += text.slice(cursor, edit.offsets[0]) + edit.newText;
    cursor = edit.offsets[1];
  }
  return out + text.slice(cursor);
}
