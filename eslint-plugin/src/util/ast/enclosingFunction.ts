import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './astNodeTypes';

/** A function declaration, function expression or arrow function. */
export type FunctionNode =
  TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Whether a node is a function declaration, function expression or arrow function. */
function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The nearest function around a node (the node itself excluded), or the Program at top level. */
export function enclosingFunctionOrProgram(node: TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.parent) {
    current = current.parent;
    if (isFunctionNode(current)) {
      return current;
    }
  }
  return current;
}

/** The nearest function around a node (the node itself excluded), or `undefined` at top level. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  const found = enclosingFunctionOrProgram(node);
  return found !== node && isFunctionNode(found) ? found : undefined;
}
