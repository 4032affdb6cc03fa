import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getPropertyKey, MAX_RESOLVE_DEPTH, resolveExpression } from './staticValue';

/**
 * Whether every key of an object is known from this file: it resolves to an object literal (directly or through
 * same-file constants) whose spreads all resolve to such literals too, and whose computed keys are static (a
 * constant string, or a literal).
 * Rules that report a *missing* property use it, so `{ ...request }` from elsewhere is never taken as lacking one.
 */
export function isClosedObject(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  if (depth >= MAX_RESOLVE_DEPTH) {
    return false;
  }
  const object = resolveExpression(node, sourceCode, depth);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) {
    return false;
  }
  return object.properties.every(property =>
    property.type === AST_NODE_TYPES.SpreadElement
      ? isClosedObject(property.argument, sourceCode, depth + 1)
      : !property.computed ||
        property.key.type === AST_NODE_TYPES.Literal ||
        getPropertyKey(property, sourceCode) !== undefined ||
        resolveExpression(property.key, sourceCode, depth + 1).type === AST_NODE_TYPES.Literal,
  );
}
