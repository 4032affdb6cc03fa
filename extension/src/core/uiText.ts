// The texts the extension shows: the status bar item and the summary of a workspace scan.

/** The status bar item for a file with `count` findings shown. */
export function findingsStatus(count: number): { text: string; tooltip: string } {
  return count === 0
    ? { text: '$(shield) Zero Trust', tooltip: 'Zero Trust: no findings in this file' }
    : {
        text: `$(shield) ${count}`,
        tooltip: `Zero Trust: ${count} finding${count === 1 ? '' : 's'} in this file (click for the Problems panel)`,
      };
}

/** What a workspace scan did (`Zero Trust: Scan Workspace` returns it). */
export interface ScanSummary {
  /** Files the scan found. */
  files: number;
  /** Files linted. */
  scanned: number;
  findings: number;
  filesWithFindings: number;
  /** Files not linted: too large, unreadable, or the lint failed. */
  skipped: number;
  cancelled: boolean;
  ms: number;
}

/** The message at the end of a scan; `done` is the number of files handled before it ended. */
export function scanSummaryText(summary: ScanSummary, done: number): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (summary.cancelled) {
    return `Zero Trust: scan cancelled after ${done} of ${summary.files} files; ${summary.findings} findings so far.`;
  }
  const seconds = (summary.ms / 1000).toFixed(1);
  const found = `${plural(summary.findings, 'finding')} in ${plural(summary.filesWithFindings, 'file')}`;
  const skipped = summary.skipped ? ` (${summary.skipped} skipped, see the output channel)` : '';
  return `Zero Trust: scanned ${summary.scanned} files in ${seconds} s: ${found}${skipped}.`;
}
