// The texts the extension shows: the status bar item, what is active, and the summary of a workspace scan.
import type { HostKind } from './host';
import type { LintSource } from './projectConfig';

import { BROWSER_LIMITS } from './host';
import { PRESET_RULES } from './presets.generated';
import { lintSourceText, rulesOn } from './projectConfig';

/** What is linting: the extension's version, the preset and its size, and the user's per-rule settings. */
export interface ActiveSetup {
  version: string;
  preset: 'recommended' | 'strict';
  /** How many rules the user's `zeroTrust.rules` turn off, and how many they give a severity of their own. */
  rulesOff: number;
  rulesChanged: number;
  /** Where the file's rules come from, once it has been linted: the project's ESLint config or the settings. */
  source?: LintSource;
  /** Where the extension runs; in the browser the text also says what is off there. */
  host?: HostKind;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line saying what runs: the version, the preset with its number of rules, and what the settings change. */
export function activeSetupText(setup: ActiveSetup): string {
  const { source } = setup;
  if (source?.kind === 'project') {
    const on = rulesOn(source.rules);
    return (
      `Zero Trust Lint ${setup.version}: the project's ${source.rules.configFile} decides, ` +
      `${plural(on, 'rule')} on for this file (zeroTrust.preset and zeroTrust.rules do not apply).`
    );
  }
  if (source?.kind === 'ignored') {
    return `Zero Trust Lint ${setup.version}: ${lintSourceText(source)}.`;
  }
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
    (source?.kind === 'settings' && source.reason.why !== 'no-config' && source.reason.why !== 'browser'
      ? `\nRules from ${lintSourceText(source)}.`
      : '') +
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
  if (setup.source?.kind === 'ignored') {
    return { text: '$(shield) ignored', tooltip: activeSetupText(setup) };
  }
  // In Restricted Mode a project's config is not loaded: the item says so with the Restricted Mode icon.
  const restricted =
    setup.source?.kind === 'settings' && setup.source.reason.why === 'untrusted' ? ' $(workspace-untrusted)' : '';
  return {
    text: `${count === 0 ? '$(shield) no findings' : `$(shield) ${count}`}${restricted}`,
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
