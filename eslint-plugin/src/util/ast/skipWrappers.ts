import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './astNodeTypes';

/**
 * Looks through expressions that do not change a value: `x as T`, `x satisfies T`, `<T>x`, `x!`, and optional
 * chains. Parentheses leave no node in ESTree, so they are transparent already.
 */
export function skipWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}
