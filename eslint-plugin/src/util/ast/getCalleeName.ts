import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './astNodeTypes';

import { getMemberKey } from '../evaluate/staticValue';
import { CALL, NEW, resolveModuleRef } from '../modules/resolveModuleRef';
import { skipWrappers } from './skipWrappers';

/**
 * The name a callee goes by, and the node that names it: for an identifier, the export it resolves to
 * (`new UPC()` after `const { UsernamePasswordCredential: UPC } = require('@azure/identity')` is
 * `UsernamePasswordCredential`), else the name written; for `a.b` / `a['b']`, the static member name.
 */
export function getCalleeName(
  callee: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): { name: string; node: TSESTree.Node } | undefined {
  const node = skipWrappers(callee);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const last = resolveModuleRef(node, sourceCode)?.path.at(-1);
    return { name: last !== undefined && last !== CALL && last !== NEW ? last : node.name, node };
  }
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = getMemberKey(node, sourceCode);
    return name === undefined ? undefined : { name, node: node.property };
  }
  return undefined;
}

/**
 * The name written for a callee or reference: `x` for the identifier `x`, the static key for `a.x` / `a['x']`,
 * else `undefined`. Unlike `getCalleeName` it follows no import and looks through no wrapper (pass
 * `skipWrappers(node)` for that).
 */
export function getWrittenName(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) {
    return node.name;
  }
  return node.type === AST_NODE_TYPES.MemberExpression ? getMemberKey(node, sourceCode) : undefined;
}
