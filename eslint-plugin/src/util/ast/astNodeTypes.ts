import { AST_NODE_TYPES as NODE_TYPES } from '@typescript-eslint/types';

/**
 * The AST node type names, read once. `@typescript-eslint/types` re-exports its enum through a getter, which the
 * compiled `AST_NODE_TYPES.CallExpression` would call on every comparison, in listeners that run on every node.
 */
export const AST_NODE_TYPES: typeof NODE_TYPES = NODE_TYPES;
