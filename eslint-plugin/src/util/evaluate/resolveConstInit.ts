import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { findVariable, getDeclaredNames, isNeverReassigned, VARIABLE } from './findVariable';

/**
 * The initial value of a same-file variable declared as `const x = …` (or a `let`/`var` never written again),
 * with type assertions and `!` looked through. `undefined` for parameters, imports, destructuring and unknowns.
 */
export function resolveConstInit(
  node: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESTree.Expression | undefined {
  // Parameters, globals and names declared without a value have none to resolve: one set lookup, no scope walk.
  if (!getDeclaredNames(sourceCode).withValue.has(node.name)) {
    return undefined;
  }
  const variable = findVariable(node, sourceCode);
  if (!variable || !isNeverReassigned(variable)) {
    return undefined;
  }
  const def = variable.defs[0];
  if (def?.type !== VARIABLE || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) {
    return undefined;
  }
  return skipWrappers(def.node.init) as TSESTree.Expression;
}
