import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './astNodeTypes';

import { findVariable } from '../evaluate/findVariable';
import { skipWrappers } from './skipWrappers';

/** Whether two expressions stand for the same value: the same variable, or the same text. */
export function isSameValue(a: TSESTree.Node, b: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const left = skipWrappers(a);
  const right = skipWrappers(b);
  if (left.type === AST_NODE_TYPES.Identifier && right.type === AST_NODE_TYPES.Identifier) {
    if (left.name !== right.name) {
      return false;
    }
    const lv = findVariable(left, sourceCode);
    const rv = findVariable(right, sourceCode);
    return lv === rv;
  }
  return left.type === right.type && sourceCode.getText(left) === sourceCode.getText(right);
}
