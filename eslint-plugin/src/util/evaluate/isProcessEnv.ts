import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { getMemberKey } from './staticValue';

/**
 * Whether an expression is `process.env` (or `process['env']`), by the name `process` (the global, or `import process
 * from 'node:process'`).
 */
export function isProcessEnv(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const object = skipWrappers(node);
  if (object.type !== AST_NODE_TYPES.MemberExpression || getMemberKey(object, sourceCode) !== 'env') {
    return false;
  }
  const base = skipWrappers(object.object);
  return base.type === AST_NODE_TYPES.Identifier && base.name === 'process';
}
