import type { TSESLint } from '@typescript-eslint/utils';

import type { CredentialKind } from '../data/credentialSinks.generated';
import { credentialSinkListeners } from './credentialSinkPass';
import { maskSecret } from '../secrets/secretValue';
import type { SecretRuleStart } from '../secrets/startSecretRule';

/** The messages a secret rule that reports credential sinks has. */
type SinkMessageIds = 'sinkCredential' | 'useEnv';

/**
 * The listeners that report, for one secret rule, the hard-coded credentials of the `kinds` it owns that reach a
 * catalogued API (`credentialSinkListeners`): once per literal, and not when any secret rule has already reported the
 * literal by its name or format. The message names the sink and never the value; the suggestion reads the value from
 * an environment variable where the literal is the whole credential.
 */
export function sinkCredentialListeners<M extends string>(
  context: Readonly<TSESLint.RuleContext<M | SinkMessageIds, readonly unknown[]>>,
  start: SecretRuleStart,
  kinds: ReadonlySet<CredentialKind>,
): TSESLint.RuleListener {
  return credentialSinkListeners(context, found => {
    if (!kinds.has(found.kind) || start.reportedByAny.has(found.literal.node)) {
      return;
    }
    start.reported.add(found.literal.node);
    const env = found.literal.fallback ? 'process.env' : `process.env.${found.env}`;
    context.report({
      node: found.literal.node,
      messageId: 'sinkCredential',
      data: { preview: maskSecret(found.secret), sink: found.label },
      suggest: found.whole ? [{ messageId: 'useEnv', data: { env }, fix: start.envFix(found.literal, found.env) }] : [],
    });
  });
}
