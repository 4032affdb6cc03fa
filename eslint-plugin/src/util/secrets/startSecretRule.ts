import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { SecretLiteral } from './secretLiteral';
import { appManifestOf, manifestPasswordCredentials } from '../configFiles/appManifest';
import { isTypeScriptFile, removeSecretFix } from './secretFix';

/** What the secret rules start `create` with. */
export interface SecretRuleStart {
  sourceCode: Readonly<TSESLint.SourceCode>;
  /** The literals (or nodes) already reported, so a value two listeners reach is reported once. */
  reported: Set<TSESTree.Node>;
  /**
   * Whether the file is TypeScript parsed as TypeScript; asked only when a fix is built, as most files report nothing.
   */
  typescript: () => boolean;
  /** The edit that replaces a hard-coded secret with `process.env.<env>` (see `removeSecretFix`). */
  envFix: (found: SecretLiteral, env: string) => (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
}

/**
 * The shared start of a secret rule's `create`: its source code, the reported set, and the `process.env` fix. The
 * client secrets of an app registration manifest's `passwordCredentials` start out as reported: they are
 * `entra-secure-app-registration`'s, whose message says what to do in the app registration.
 */
export function startSecretRule(context: {
  readonly filename: string;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
}): SecretRuleStart {
  const { sourceCode } = context;
  const typescript = (): boolean => isTypeScriptFile(context.filename, sourceCode);
  const manifest = appManifestOf(sourceCode.ast, context.filename);
  return {
    sourceCode,
    reported: new Set<TSESTree.Node>(manifest ? manifestPasswordCredentials(manifest).map(secret => secret.node) : []),
    typescript,
    envFix: (found, env) => removeSecretFix(found, env, sourceCode, typescript()),
  };
}
