import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { SecretLiteral } from './secretLiteral';
import { appManifestOf, manifestPasswordCredentials } from '../configFiles/appManifest';
import { isTypeScriptFile, removeSecretFix } from './secretFix';
import { createPerFileValue } from '../rule/perFileCache';

/** What the secret rules start `create` with. */
export interface SecretRuleStart {
  sourceCode: Readonly<TSESLint.SourceCode>;
  /** The literals (or nodes) already reported, so a value two listeners reach is reported once. */
  reported: Set<TSESTree.Node>;
  /**
   * The literals (or nodes) any secret rule has reported in this file (each rule's `reported` adds to it), so that
   * a value a credential sink reaches is not reported again by another rule that found it by name or format.
   */
  reportedByAny: ReadonlySet<TSESTree.Node>;
  /**
   * Whether the file is TypeScript parsed as TypeScript; asked only when a fix is built, as most files report nothing.
   */
  typescript: () => boolean;
  /** The edit that replaces a hard-coded secret with `process.env.<env>` (see `removeSecretFix`). */
  envFix: (found: SecretLiteral, env: string) => (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
}

const REPORTED_BY_ANY = createPerFileValue<Set<TSESTree.Node>>();

/**
 * Starts a new lint's set of every secret rule's reports: called when the traversal of a file begins (a second lint
 * of the same `SourceCode` must not see the first one's reports).
 */
export function clearReportedByAny(sourceCode: Readonly<TSESLint.SourceCode>): void {
  REPORTED_BY_ANY.get(sourceCode)?.clear();
}

/** A rule's reported set that also records each node in the file's set of every secret rule. */
class SharedReportedSet extends Set<TSESTree.Node> {
  constructor(private readonly shared: Set<TSESTree.Node>) {
    super();
  }

  override add(node: TSESTree.Node): this {
    this.shared.add(node);
    return super.add(node);
  }
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
  let shared = REPORTED_BY_ANY.get(sourceCode);
  if (!shared) {
    shared = new Set();
    REPORTED_BY_ANY.set(sourceCode, shared);
  }
  const reported = new SharedReportedSet(shared);
  for (const secret of manifest ? manifestPasswordCredentials(manifest) : []) {
    reported.add(secret.node);
  }
  return {
    sourceCode,
    reported,
    reportedByAny: shared,
    typescript,
    envFix: (found, env) => removeSecretFix(found, env, sourceCode, typescript()),
  };
}
