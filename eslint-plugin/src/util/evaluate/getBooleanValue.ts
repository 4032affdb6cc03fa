import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { resolveExpression } from './staticValue';

/** The boolean an expression always is (`true`, `false`, or a same-file constant bound to one); else `undefined`. */
export function getBooleanValue(
  node: TSESTree.Node | undefined,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean | undefined {
  if (!node) {
    return undefined;
  }
  const value = resolveExpression(node, sourceCode);
  return value.type === AST_NODE_TYPES.Literal && typeof value.value === 'boolean' ? value.value : undefined;
}
