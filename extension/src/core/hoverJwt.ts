// Worker side of the JWT hover: a rule, run alone over the document's kept parse, that finds the JWT verification
// call at an offset and describes it with the plugin's analysis (`describeJwtCall`). vscode-free.
import type { Rule } from 'eslint';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { JwtVerificationSummary } from 'eslint-plugin-zero-trust/editor';

import { describeJwtCall } from 'eslint-plugin-zero-trust/editor';

/** The JWT verification call at an offset: what it checks, and the offsets of the call. */
export interface JwtHoverInfo {
  summary: JwtVerificationSummary;
  /** Start and end offsets of the call in the text. */
  offsets: [number, number];
}

type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

const FUNCTION_TYPES = new Set(['ArrowFunctionExpression', 'FunctionExpression']);

/** Whether `offset` is on the call itself: its callee or arguments, not inside a function passed to it. */
function isOnCall(node: CallNode, offset: number): boolean {
  if (offset < node.range[0] || offset > node.range[1]) {
    return false;
  }
  return !node.arguments.some(a => FUNCTION_TYPES.has(a.type) && offset > a.range[0] && offset < a.range[1]);
}

/**
 * A rule that records, in `out.info`, the innermost call at `offset` that is a JWT verification (calls inside it,
 * such as `getKey(…)` in its arguments, are skipped when they are not one).
 */
export function jwtHoverRule(offset: number, out: { info?: JwtHoverInfo }): Rule.RuleModule {
  return {
    create(context) {
      const calls: CallNode[] = [];
      const visit = (node: unknown): void => {
        const call = node as CallNode;
        if (isOnCall(call, offset)) {
          calls.push(call);
        }
      };
      return {
        CallExpression: visit,
        NewExpression: visit,
        'Program:exit'(): void {
          calls.sort((a, b) => a.range[1] - a.range[0] - (b.range[1] - b.range[0]));
          const sourceCode = context.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
          for (const call of calls) {
            const summary = describeJwtCall(call, sourceCode);
            if (summary) {
              out.info = { summary, offsets: [call.range[0], call.range[1]] };
              return;
            }
          }
        },
      };
    },
  };
}
