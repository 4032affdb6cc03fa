// Findings → editor diagnostics, and the store that keeps each document's latest lint and publishes it.
import * as vscode from 'vscode';

import type { Finding, ParseProblem, Range } from '../core/findings';
import type { StoredLint } from '../core/storedLint';

import { DIAGNOSTIC_SOURCE } from '../core/constants';
import { eslintSignature, findingsNotShownByEslint, storedLint } from '../core/storedLint';

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

function toDiagnostic(finding: Finding): vscode.Diagnostic {
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
  /** Each document's findings as linted, before `shown` left any out (kept to apply a changed filter again). */
  private readonly linted = new Map<string, Finding[]>();
  private readonly eslintSignatures = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after the diagnostics of a document were published. */
  readonly onDidPublish = this.changed.event;

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly reportParseErrors: (uri: vscode.Uri) => boolean,
    /** The findings to show of those linted (ESLint's bulk suppressions leave some out); all by default. */
    private readonly shown: (uri: vscode.Uri, findings: Finding[]) => Finding[] = (_uri, findings) => findings,
  ) {}

  get(uri: vscode.Uri): StoredLint | undefined {
    return this.lints.get(uri.toString());
  }

  has(uri: vscode.Uri): boolean {
    return this.lints.has(uri.toString());
  }

  set(uri: vscode.Uri, version: number | undefined, findings: Finding[], parseError: ParseProblem | undefined): void {
    this.linted.set(uri.toString(), findings);
    this.lints.set(uri.toString(), storedLint(version, this.shown(uri, findings), parseError));
    this.publish(uri);
  }

  /** A document's findings as linted, including those `shown` leaves out. */
  lintedFindings(uri: vscode.Uri): readonly Finding[] | undefined {
    return this.linted.get(uri.toString());
  }

  /** Applies `shown` again to every document's findings (after what it leaves out changed) and publishes them. */
  refilter(): void {
    for (const [key, findings] of this.linted) {
      const lint = this.lints.get(key);
      if (lint) {
        const uri = vscode.Uri.parse(key);
        this.lints.set(key, storedLint(lint.version, this.shown(uri, findings), lint.parseError));
        this.publish(uri);
      }
    }
  }

  delete(uri: vscode.Uri): void {
    this.lints.delete(uri.toString());
    this.linted.delete(uri.toString());
    this.eslintSignatures.delete(uri.toString());
    this.collection.delete(uri);
    this.changed.fire(uri);
  }

  clear(): void {
    const uris = [...this.lints.keys()];
    this.lints.clear();
    this.linted.clear();
    this.eslintSignatures.clear();
    this.collection.clear();
    for (const uri of uris) {
      this.changed.fire(vscode.Uri.parse(uri));
    }
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
      const signature = eslintSignature(vscode.languages.getDiagnostics(uri));
      if (signature !== (this.eslintSignatures.get(key) ?? '')) {
        this.publish(uri);
      }
    }
  }

  private publish(uri: vscode.Uri): void {
    const key = uri.toString();
    const lint = this.lints.get(key);
    if (!lint) {
      return;
    }
    const signature = eslintSignature(vscode.languages.getDiagnostics(uri));
    this.eslintSignatures.set(key, signature);
    const diagnostics = findingsNotShownByEslint(lint.findings, signature).map(toDiagnostic);
    if (lint.parseError && this.reportParseErrors(uri)) {
      diagnostics.push(parseDiagnostic(lint.parseError));
    }
    this.collection.set(uri, diagnostics);
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
    this.lints.clear();
    this.linted.clear();
  }
}
