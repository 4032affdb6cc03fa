import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { getMemberKey, getPropertyKey, MAX_RESOLVE_DEPTH, resolveExpression } from './staticValue';
import { findVariable } from './findVariable';

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
  /** The properties written in the literal (and the literals it spreads). */
  properties: ReadonlyMap<string, TSESTree.Property>;
  /**
   * Every known key's value: the properties' values, plus members assigned later to the constant that holds
   * the literal (`const opts = {}; opts.secretOrKey = key;`, the passport-jwt README's style).
   */
  values: ReadonlyMap<string, TSESTree.Node>;
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
  const values = new Map<string, TSESTree.Node>();
  for (const [key, property] of properties) {
    values.set(key, property.value);
  }
  const written = skipWrappers(node);
  if (written.type === AST_NODE_TYPES.Identifier) {
    collectAssignments(written, values, state, sourceCode);
  }
  return { node: object, complete: state.complete, properties, values };
}

/**
 * `opts.key = value` (static keys) on the variable; `opts[k] = …` and `Object.assign(opts, …)` make the shape
 * incomplete.
 */
function collectAssignments(
  identifier: TSESTree.Identifier,
  values: Map<string, TSESTree.Node>,
  state: { complete: boolean },
  sourceCode: SourceCode,
): void {
  const variable = findVariable(identifier, sourceCode);
  for (const reference of variable?.references ?? []) {
    const ref = reference.identifier as TSESTree.Node;
    const parent = ref.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === ref) {
      const assignment = parent.parent;
      if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === parent) {
        const key = getMemberKey(parent, sourceCode);
        if (key === undefined || assignment.operator !== '=') {
          state.complete = false;
        } else {
          values.set(key, assignment.right);
        }
      }
    } else if (
      parent?.type === AST_NODE_TYPES.CallExpression &&
      parent.arguments[0] === ref &&
      sourceCode.getText(parent.callee) === 'Object.assign'
    ) {
      state.complete = false;
    }
  }
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
