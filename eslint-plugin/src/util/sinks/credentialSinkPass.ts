import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { defineSharedPass } from '../rule/sharedPass';
import type { PassContext } from '../rule/sharedPass';
import { clearReportedByAny } from '../secrets/startSecretRule';
import { findSinkCredentials } from './findSinkCredentials';
import type { SinkCredential } from './findSinkCredentials';
import { getSinkRoots, mayBeSinkCall, resolveSinkCall } from './resolveSinkCall';

type Channels = {
  credential: ((found: SinkCredential) => void) | undefined;
};

/**
 * One pass over a file's calls for the four secret rules: each call or `new` whose callee resolves to a catalogued
 * API (one map lookup) has its credential positions read. The findings are handed over at `Program:exit`, once every
 * rule has reported what it finds by name or format, so a rule can leave a value another rule already reported.
 */
const credentialSinks = defineSharedPass<Channels>({
  name: 'credential sinks',
  listeners(sourceCode, run) {
    if (getSinkRoots(sourceCode).size === 0) {
      return {};
    }
    const found: SinkCredential[] = [];
    const check = (node: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      if (node.arguments.length === 0 || !mayBeSinkCall(node, sourceCode)) {
        return;
      }
      const call = resolveSinkCall(node, sourceCode);
      if (call) {
        found.push(...findSinkCredentials(node, call, sourceCode));
      }
    };
    return {
      Program(): void {
        clearReportedByAny(sourceCode);
      },
      CallExpression: check,
      NewExpression: check,
      'Program:exit'(): void {
        for (const credential of found) {
          run.emit('credential', credential);
        }
      },
    };
  },
});

/**
 * Subscribes a secret rule to the credential sinks of the file being linted (a shared pass: see `defineSharedPass`).
 * `credential` is called at `Program:exit` for each hard-coded credential that reaches a catalogued API.
 */
export function credentialSinkListeners(
  context: PassContext,
  credential: (found: SinkCredential) => void,
): TSESLint.RuleListener {
  // Most files reach no catalogued API: they subscribe to nothing (the answer is kept per file).
  if (getSinkRoots(context.sourceCode).size === 0) {
    return {};
  }
  return credentialSinks.subscribe(context, { credential });
}
