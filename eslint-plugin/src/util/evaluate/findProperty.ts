import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getStaticString } from './getStaticString';
import { MAX_RESOLVE_DEPTH, resolveExpression } from './resolveExpression';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The static name of a property key: `a`, `'a'`, `1`, `['a']`, or `[CONST]` where `CONST` folds to a string. */
export function getPropertyKey(property: TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition, sourceCode: SourceCode): string | undefined {
  const { key } = property;
  if (!property.computed) {
    if (key.type === AST_NODE_TYPES.Identifier) {
      return key.name;
    }
    if (key.type === AST_NODE_TYPES.Literal) {
      return String(key.value);
    }
    return undefined;
  }
  return getStaticString(key, sourceCode);
}

/** The static name in `obj.name` / `obj['name']` / `obj[0]`; `undefined` for dynamic keys and `#private` names. */
export function getMemberKey(member: TSESTree.MemberExpression, sourceCode: SourceCode): string | undefined {
  if (!member.computed) {
    return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
  }
  if (member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'number') {
    return String(member.property.value);
  }
  return getStaticString(member.property, sourceCode);
}

/**
 * The property `key` of an object, where the object is an object literal or a same-file `const` bound to one.
 * Object spreads (`{ ...base, key }`) are searched too, and the last definition wins, as at run time.
 * `undefined` when the object cannot be resolved or has no such static key.
 */
export function findProperty(
  objectNode: TSESTree.Node,
  key: string,
  sourceCode: SourceCode,
  depth = 0,
): TSESTree.Property | undefined {
  if (depth >= MAX_RESOLVE_DEPTH) {
    return undefined;
  }
  const object = resolveExpression(objectNode, sourceCode, depth);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) {
    return undefined;
  }
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i]!;
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const found = findProperty(property.argument, key, sourceCode, depth + 1);
      if (found) {
        return found;
      }
    } else if (getPropertyKey(property, sourceCode) === key) {
      return property;
    }
  }
  return undefined;
}

/** The value of `findProperty`, with constants followed; `undefined` when absent. */
export function getPropertyValue(
  objectNode: TSESTree.Node,
  key: string,
  sourceCode: SourceCode,
): TSESTree.Node | undefined {
  const property = findProperty(objectNode, key, sourceCode);
  return property ? resolveExpression(property.value, sourceCode) : undefined;
}
