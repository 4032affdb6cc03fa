import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { resolveExpression } from '../evaluate/staticValue';

/**
 * The first argument of the `new URL(x, …)` an expression resolves to (through same-file constants), for reading a
 * URL written either as a string or wrapped in a `URL`; `undefined` when the value is not a `new` expression with a
 * plain first argument.
 */
export function getConstructedUrlArgument(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.CallExpressionArgument | undefined {
  const value = resolveExpression(node, sourceCode);
  if (value.type !== AST_NODE_TYPES.NewExpression) {
    return undefined;
  }
  const [first] = value.arguments;
  return first && first.type !== AST_NODE_TYPES.SpreadElement ? first : undefined;
}
