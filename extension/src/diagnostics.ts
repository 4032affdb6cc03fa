// Findings → editor diagnostics, and the store that maps a diagnostic back to its finding (by key + version).
import * as vscode from 'vscode';

import type { Finding, ParseProblem, Range } from './findings';

import { DIAGNOSTIC_SOURCE, RULE_PREFIX } from './constants';
import { findingKey } from './findings';

export interface StoredLint {
  /** The document version the findings belong to; `undefined` for a file linted from disk (workspace scan). */
  version: number | undefined;
  findings: Finding[];
  /** The findings by `findingKey`, built when code actions first ask (not on every lint while the user types). */
  readonly byKey: Map<string, Finding>;
  parseError: ParseProblem | undefined;
}

function storedLint(version: number | undefined, findings: Finding[], parseError: ParseProblem | undefined): StoredLint {
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

/** One `Uri` per documentation page: every finding of a rule links to the same one. */
const docsUris = new Map<string, vscode.Uri>();

function docsUri(url: string): vscode.Uri {
  let uri = docsUris.get(url);
  if (!uri) {
    uri = vscode.Uri.parse(url);
    docsUris.set(url, uri);
  }
  return uri;
}

export function toVsRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** The key of a diagnostic as the editor hands it back (a copy), matching `findingKey` of its finding. */
export function diagnosticKey(diagnostic: vscode.Diagnostic): string {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  const { start, end } = diagnostic.range;
  return findingKey({
    range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } },
    ruleId: code === undefined ? '' : String(code),
    message: diagnostic.message,
  });
}

export function toDiagnostic(finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    toVsRange(finding.range),
    finding.message,
    finding.severity === 1 ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error,
  );
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.docsUrl ? { value: finding.ruleId, target: docsUri(finding.docsUrl) } : finding.ruleId;
  return diagnostic;
}

function parseDiagnostic(problem: ParseProblem): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toVsRange(problem.range), problem.message, vscode.DiagnosticSeverity.Error);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

/**
 * Holds the latest lint of each document and publishes it, leaving out findings that the ESLint extension already
 * shows for the same document (source `eslint`, code `zero-trust/…`, same rule and start), so none shows twice.
 */
export class FindingStore implements vscode.Disposable {
  private readonly lints = new Map<string, StoredLint>();
  private readonly eslintSignatures = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after the diagnostics of a document were published. */
  readonly onDidPublish = this.changed.event;

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly reportParseErrors: (uri: vscode.Uri) => boolean,
  ) {}

  get(uri: vscode.Uri): StoredLint | undefined {
    return this.lints.get(uri.toString());
  }

  has(uri: vscode.Uri): boolean {
    return this.lints.has(uri.toString());
  }

  set(uri: vscode.Uri, version: number | undefined, findings: Finding[], parseError: ParseProblem | undefined): void {
    this.lints.set(uri.toString(), storedLint(version, findings, parseError));
    this.publish(uri);
  }

  delete(uri: vscode.Uri): void {
    this.lints.delete(uri.toString());
    this.eslintSignatures.delete(uri.toString());
    this.collection.delete(uri);
    this.changed.fire(uri);
  }

  clear(): void {
    this.lints.clear();
    this.eslintSignatures.clear();
    this.collection.clear();
  }

  /** Number of findings shown for a document. */
  count(uri: vscode.Uri): number {
    return this.collection.get(uri)?.length ?? 0;
  }

  /** Re-publishes the documents whose ESLint-extension diagnostics changed (call on `onDidChangeDiagnostics`). */
  onDiagnosticsChanged(uris: readonly vscode.Uri[]): void {
    for (const uri of uris) {
      const key = uri.toString();
      if (!this.lints.has(key)) {
        continue;
      }
      const signature = this.eslintSignature(uri);
      if (signature !== (this.eslintSignatures.get(key) ?? '')) {
        this.publish(uri);
      }
    }
  }

  private eslintSignature(uri: vscode.Uri): string {
    const parts: string[] = [];
    for (const diagnostic of vscode.languages.getDiagnostics(uri)) {
      if (diagnostic.source !== 'eslint') {
        continue;
      }
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      if (typeof code === 'string' && code.startsWith(RULE_PREFIX)) {
        parts.push(`${code}@${diagnostic.range.start.line}:${diagnostic.range.start.character}`);
      }
    }
    return parts.sort().join('|');
  }

  private publish(uri: vscode.Uri): void {
    const key = uri.toString();
    const lint = this.lints.get(key);
    if (!lint) {
      return;
    }
    const signature = this.eslintSignature(uri);
    this.eslintSignatures.set(key, signature);
    const shownByEslint = new Set(signature ? signature.split('|') : []);
    const diagnostics: vscode.Diagnostic[] = [];
    for (const finding of lint.findings) {
      if (!shownByEslint.has(`${finding.ruleId}@${finding.range.start.line}:${finding.range.start.character}`)) {
        diagnostics.push(toDiagnostic(finding));
      }
    }
    if (lint.parseError && this.reportParseErrors(uri)) {
      diagnostics.push(parseDiagnostic(lint.parseError));
    }
    this.collection.set(uri, diagnostics);
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
    this.lints.clear();
  }
}
