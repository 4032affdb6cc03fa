// Names shared by the extension's adapter and its vscode-free core. No `vscode` import here.

/** `Diagnostic.source` of every finding, and the name of the diagnostic collection and output channel. */
export const DIAGNOSTIC_SOURCE = 'Zero Trust';

/** The settings section: `zeroTrust.enable`, `zeroTrust.run`, … */
export const CONFIG_SECTION = 'zeroTrust';

/** The plugin's rule prefix as users write it (`zero-trust/no-password-grant`). */
export const RULE_PREFIX = 'zero-trust/';

/** Appended to `source.fixAll` for `editor.codeActionsOnSave`: `source.fixAll.zeroTrust`. */
export const FIX_ALL_KIND_SUFFIX = 'zeroTrust';

/** Language ids the extension lints (`.mjs`/`.cjs` are `javascript`, `.mts`/`.cts` are `typescript`). */
export const LANGUAGE_IDS = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'] as const;

/** File extensions the workspace scan picks up. */
export const FILE_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'] as const;

/** Command ids (`zeroTrust.<verbNoun>`), one place for the manifest, the adapter and the tests. */
export const CommandIds = {
  scanWorkspace: 'zeroTrust.scanWorkspace',
  fixAll: 'zeroTrust.fixAll',
  showOutput: 'zeroTrust.showOutput',
  restartLinter: 'zeroTrust.restartLinter',
  suppressFindings: 'zeroTrust.suppressFindings',
  pruneSuppressions: 'zeroTrust.pruneSuppressions',
  /** Internal: opens a rule's documentation (the target of `Show documentation for …`). */
  openRuleDocs: 'zeroTrust.openRuleDocs',
  /**
   * Internal: asks why a finding may be ignored and writes the disable comment with that reason (the target of
   * `Disable … for this line` and `… for the entire file`).
   */
  disableWithReason: 'zeroTrust.disableWithReason',
} as const;

/**
 * Whether the extension lints documents of a language as code (configuration files are picked by name: `isConfigFile`).
 */
export function isLintedLanguage(languageId: string): boolean {
  return (LANGUAGE_IDS as readonly string[]).includes(languageId);
}
