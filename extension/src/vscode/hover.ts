// The hover: under a finding's message, why it matters, the fix and the doc link; on a JWT verification call, what
// the analysis sees it check (computed in the lint worker). The texts come from `core/hover.ts`.
import * as vscode from 'vscode';

import type { JwtHoverInfo } from '../core/hoverJwt';
import type { FindingStore } from './diagnostics';

import { isLintedLanguage } from '../core/constants';
import { findingsHoverMarkdown, jwtHoverMarkdown, mayHaveJwtCall } from '../core/hover';

/** Asks the lint worker what the JWT verification call at an offset of a document checks. */
export type JwtHoverSource = (document: vscode.TextDocument, offset: number) => Promise<JwtHoverInfo | undefined>;

export class ZeroTrustHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly store: FindingStore,
    private readonly jwtHover: JwtHoverSource,
  ) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const sections: string[] = [];
    const lint = this.store.get(document.uri);
    // Findings of another version would be explained at the wrong place.
    if (lint && (lint.version === undefined || lint.version === document.version)) {
      const explained = findingsHoverMarkdown(lint.findings, position);
      if (explained) {
        sections.push(explained);
      }
    }
    let range: vscode.Range | undefined;
    if (isLintedLanguage(document.languageId) && mayHaveJwtCall(document.getText())) {
      const info = await this.jwtHover(document, document.offsetAt(position));
      if (token.isCancellationRequested) {
        return undefined;
      }
      if (info) {
        sections.push(jwtHoverMarkdown(info.summary));
        if (sections.length === 1) {
          range = new vscode.Range(document.positionAt(info.offsets[0]), document.positionAt(info.offsets[1]));
        }
      }
    }
    if (sections.length === 0) {
      return undefined;
    }
    // Plain Markdown: no command links, no HTML, so nothing in it runs.
    const markdown = new vscode.MarkdownString(sections.join('\n\n---\n\n'));
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, range);
  }
}
