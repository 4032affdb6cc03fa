import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { getPropertyKey } from './findProperty';
import { MAX_RESOLVE_DEPTH, resolveExpression } from './resolveExpression';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * What is known of an options object: its static properties (last definition wins, spreads of same-file
 * constant objects included) and whether that list is `complete`, i.e. nothing in it (a spread of an unknown
 * value, a computed key that does not fold) could add a property the reader cannot see. Rules report a
 * missing option only on complete shapes.
 */
export interface ObjectShape {
  /** The object literal itself (the outermost one, after following constants). */
  node: TSESTree.ObjectExpression;
  complete: boolean;
  properties: ReadonlyMap<string, TSESTree.Property>;
}

/** The shape of an object literal or a same-file constant bound to one; `undefined` for anything else. */
export function getObjectShape(node: TSESTree.Node, sourceCode: SourceCode): ObjectShape | undefined {
  const object = resolveExpression(node, sourceCode);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) {
    return undefined;
  }
  const properties = new Map<string, TSESTree.Property>();
  const state = { complete: true };
  collect(object, properties, state, sourceCode, 0);
  return { node: object, complete: state.complete, properties };
}

function collect(
  object: TSESTree.ObjectExpression,
  properties: Map<string, TSESTree.Property>,
  state: { complete: boolean },
  sourceCode: SourceCode,
  depth: number,
): void {
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const inner = depth < MAX_RESOLVE_DEPTH ? resolveExpression(property.argument, sourceCode) : undefined;
      if (inner?.type === AST_NODE_TYPES.ObjectExpression) {
        collect(inner, properties, state, sourceCode, depth + 1);
      } else {
        state.complete = false;
      }
      continue;
    }
    const key = getPropertyKey(property, sourceCode);
    if (key === undefined) {
      state.complete = false;
      continue;
    }
    properties.delete(key); // keep insertion order = last definition
    properties.set(key, property);
  }
}
