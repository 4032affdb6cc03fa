import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './astNodeTypes';

/**
 * Whether an identifier stands where it only names something, not where it uses the value it is bound to: an
 * import or export specifier (`{ a as b }`), a destructuring property (`{ a } = x`), a non-shorthand object key
 * (`{ a: 1 }`), or the object of a member access (`a.b`).
 */
export function isNamingPosition(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  return (
    parent.type === AST_NODE_TYPES.ImportSpecifier ||
    parent.type === AST_NODE_TYPES.ExportSpecifier ||
    (parent.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectPattern) ||
    (parent.type === AST_NODE_TYPES.Property && parent.key === node && !parent.shorthand) ||
    (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node)
  );
}
