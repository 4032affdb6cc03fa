import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { findProperty, getMemberKey } from './findProperty';
import { resolveConstInit } from './resolveConstInit';

/** How many `const` hops or member steps the resolvers follow before giving up (cycles, pathological code). */
export const MAX_RESOLVE_DEPTH = 12;

/**
 * The expression a value comes from, following same-file constants: an identifier bound by `const x = …` becomes
 * its initialiser, `OBJ.key` / `OBJ['key']` becomes that property's value when `OBJ` resolves to an object literal
 * (spreads included), and `ARR[1]` becomes that element of an array literal. Type assertions, `satisfies`, `!`
 * and parentheses are looked through. Returns the node itself where nothing more is known.
 */
export function resolveExpression(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth = 0,
): TSESTree.Node {
  const current = skipWrappers(node);
  if (depth >= MAX_RESOLVE_DEPTH) {
    return current;
  }
  if (current.type === AST_NODE_TYPES.Identifier) {
    const init = resolveConstInit(current, sourceCode);
    return init ? resolveExpression(init, sourceCode, depth + 1) : current;
  }
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    const key = getMemberKey(current, sourceCode);
    if (key === undefined) {
      return current;
    }
    const target = resolveExpression(current.object, sourceCode, depth + 1);
    if (target.type === AST_NODE_TYPES.ObjectExpression) {
      const property = findProperty(target, key, sourceCode, depth + 1);
      return property ? resolveExpression(property.value, sourceCode, depth + 1) : current;
    }
    if (target.type === AST_NODE_TYPES.ArrayExpression && /^\d+$/.test(key)) {
      const index = Number(key);
      const elements = target.elements;
      // Only when no spread comes before the element, so its index is known.
      for (let i = 0; i <= index && i < elements.length; i++) {
        if (elements[i]?.type === AST_NODE_TYPES.SpreadElement) {
          return current;
        }
      }
      const element = elements[index];
      return element ? resolveExpression(element, sourceCode, depth + 1) : current;
    }
  }
  return current;
}
