// The texts the extension shows: the status bar item, what is active, and the summary of a workspace scan.
import type { HostKind } from './host';

import { BROWSER_LIMITS } from './host';
import { PRESET_RULES } from './presets.generated';

/** What is linting: the extension's version, the preset and its size, and the user's per-rule settings. */
export interface ActiveSetup {
  version: string;
  preset: 'recommended' | 'strict';
  /** How many rules the user's `zeroTrust.rules` turn off, and how many they give a severity of their own. */
  rulesOff: number;
  rulesChanged: number;
  /** Where the extension runs; in the browser the text also says what is off there. */
  host?: HostKind;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line saying what runs: the version, the preset with its number of rules, and what the settings change. */
export function activeSetupText(setup: ActiveSetup): string {
  const size = PRESET_RULES[setup.preset];
  const other =
    setup.preset === 'recommended'
      ? `; \`strict\` runs ${PRESET_RULES.strict} (setting zeroTrust.preset)`
      : `, every rule but the ${PRESET_RULES.all - PRESET_RULES.strict} left out on purpose`;
  const changes = [
    setup.rulesOff > 0 ? `${setup.rulesOff} turned off` : '',
    setup.rulesChanged > 0 ? `${setup.rulesChanged} with a severity of their own` : '',
  ].filter(Boolean);
  return (
    `Zero Trust Lint ${setup.version}: preset \`${setup.preset}\`, ${plural(size, 'rule')}` +
    `${changes.length > 0 ? ` (zeroTrust.rules: ${changes.join(', ')})` : ''}${other}.` +
    (setup.host === 'browser' ? `\n${BROWSER_LIMITS}` : '')
  );
}

/**
 * The status bar item for a file with `count` findings shown: the count, or "no findings" for a clean file; the
 * tooltip says what runs and how long the file's last lint took.
 */
export function findingsStatus(
  count: number,
  setup: ActiveSetup,
  lastLintMs?: number,
): { text: string; tooltip: string } {
  const file =
    count === 0
      ? 'No findings in this file'
      : `${plural(count, 'finding')} in this file (click for the Problems panel)`;
  const lint = lastLintMs === undefined ? '' : `, last linted in ${Math.round(lastLintMs)} ms`;
  return {
    text: count === 0 ? '$(shield) no findings' : `$(shield) ${count}`,
    tooltip: `${file}${lint}.\n${activeSetupText(setup)}`,
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
  if (summary.cancelled) {
    return `Zero Trust: scan cancelled after ${done} of ${summary.files} files; ${summary.findings} findings so far.`;
  }
  const seconds = (summary.ms / 1000).toFixed(1);
  const found = `${plural(summary.findings, 'finding')} in ${plural(summary.filesWithFindings, 'file')}`;
  const skipped = summary.skipped ? ` (${summary.skipped} skipped, see the output channel)` : '';
  return `Zero Trust: scanned ${summary.scanned} files in ${seconds} s: ${found}${skipped}.`;
}
