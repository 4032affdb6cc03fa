// What the adapter keeps of each document's lint, and how its diagnostics are matched back to findings and against
// the ESLint extension's. vscode-free: diagnostics are read through their shape (`DiagnosticLike`), which the
// editor's `Diagnostic` has.
import type { Finding, ParseProblem, Position } from './findings';

import { RULE_PREFIX } from './constants';
import { findingKey } from './findings';

export interface StoredLint {
  /** The document version the findings belong to; `undefined` for a file linted from disk (workspace scan). */
  version: number | undefined;
  findings: Finding[];
  /** The findings by `findingKey`, built when code actions first ask (not on every lint while the user types). */
  readonly byKey: Map<string, Finding>;
  parseError: ParseProblem | undefined;
}

export function storedLint(
  version: number | undefined,
  findings: Finding[],
  parseError: ParseProblem | undefined,
): StoredLint {
  let byKey: Map<string, Finding> | undefined;
  return {
    version,
    findings,
    parseError,
    get byKey(): Map<string, Finding> {
      if (!byKey) {
        byKey = new Map();
        for (const finding of findings) {
          byKey.set(findingKey(finding), finding);
        }
      }
      return byKey;
    },
  };
}

/** The fields of an editor diagnostic read here. */
export interface DiagnosticLike {
  readonly source?: string;
  readonly code?: string | number | { readonly value: string | number };
  readonly message: string;
  readonly range: { readonly start: Position; readonly end: Position };
}

function codeOf(diagnostic: DiagnosticLike): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

/** The key of a diagnostic as the editor hands it back (a copy), matching `findingKey` of its finding. */
export function diagnosticKey(diagnostic: DiagnosticLike): string {
  const code = codeOf(diagnostic);
  const { start, end } = diagnostic.range;
  return findingKey({
    range: {
      start: { line: start.line, character: start.character },
      end: { line: end.line, character: end.character },
    },
    ruleId: code === undefined ? '' : String(code),
    message: diagnostic.message,
  });
}

/**
 * The plugin's findings that the ESLint extension shows for a document (source `eslint`, code `zero-trust/…`), as
 * one string of `rule@line:character` entries: equal strings mean nothing to publish again.
 */
export function eslintSignature(diagnostics: readonly DiagnosticLike[]): string {
  const parts: string[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'eslint') {
      continue;
    }
    const code = codeOf(diagnostic);
    if (typeof code === 'string' && code.startsWith(RULE_PREFIX)) {
      parts.push(`${code}@${diagnostic.range.start.line}:${diagnostic.range.start.character}`);
    }
  }
  return parts.sort().join('|');
}

/** The findings the ESLint extension does not already show (same rule and start, see `eslintSignature`). */
export function findingsNotShownByEslint(findings: readonly Finding[], signature: string): Finding[] {
  if (!signature) {
    return [...findings];
  }
  const shownByEslint = new Set(signature.split('|'));
  return findings.filter(
    finding => !shownByEslint.has(`${finding.ruleId}@${finding.range.start.line}:${finding.range.start.character}`),
  );
}
