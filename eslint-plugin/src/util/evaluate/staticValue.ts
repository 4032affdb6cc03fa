/**
 * Static evaluation within one file: what an expression stands for (`resolveExpression`), the properties of an
 * object literal (`findProperty`, `getPropertyKey`, `getMemberKey`) and the strings an expression always evaluates
 * to (`getStaticString`, `getStaticStringArray`). The three depend on each other (a member key can be a constant,
 * a constant can be a property of a constant object), so they live in one module.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';
import { skipWrappers } from '../ast/skipWrappers';
import { createPerFileCache } from '../rule/perFileCache';
import { resolveConstInit } from './resolveConstInit';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** How many `const` hops or member steps the resolvers follow before giving up (cycles, pathological code). */
export const MAX_RESOLVE_DEPTH = 12;

/**
 * The expression a value comes from, following same-file constants: an identifier bound by `const x = …` becomes
 * its initialiser, `OBJ.key` / `OBJ['key']` becomes that property's value when `OBJ` resolves to an object literal
 * (spreads included), and `ARR[1]` becomes that element of an array literal. Type assertions, `satisfies`, `!`
 * and parentheses are looked through. Returns the node itself where nothing more is known.
 */
export function resolveExpression(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): TSESTree.Node {
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

/** The static name of a property key: `a`, `'a'`, `1`, `['a']`, or `[CONST]` where `CONST` folds to a string. */
export function getPropertyKey(
  property: TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition,
  sourceCode: SourceCode,
): string | undefined {
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

/**
 * The string an expression always evaluates to, when that is knowable from this file alone: string literals,
 * templates whose every part is static, `+` concatenation, same-file constants (through any number of hops),
 * properties of constant objects, elements of constant arrays, through `as`, `as const`, `satisfies`, `!` and
 * parentheses. Numbers, booleans and `null` take part in templates and concatenation as JavaScript would print
 * them, but are not strings on their own. `undefined` when the value is not static.
 */
export function getStaticString(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): string | undefined {
  if (depth === 0) {
    // Several rules fold the same literal or constant: evaluate each node once per file.
    const cached = CACHE.get(sourceCode, node);
    if (cached !== undefined) {
      return cached ?? undefined;
    }
  }
  const value = evaluate(node, sourceCode, depth);
  const result = typeof value === 'string' ? value : undefined;
  if (depth === 0) {
    CACHE.set(sourceCode, node, result ?? null);
  }
  return result;
}

const CACHE = createPerFileCache<TSESTree.Node, string | null>();

type Primitive = string | number | boolean | null | bigint;

function evaluate(node: TSESTree.Node, sourceCode: SourceCode, depth: number): Primitive | undefined {
  if (depth >= MAX_RESOLVE_DEPTH) {
    return undefined;
  }
  const current = resolveExpression(node, sourceCode, depth);
  switch (current.type) {
    case AST_NODE_TYPES.Literal:
      return current.value instanceof RegExp ? undefined : (current.value as Primitive);
    case AST_NODE_TYPES.TemplateLiteral: {
      let out = current.quasis[0]?.value.cooked ?? '';
      for (let i = 0; i < current.expressions.length; i++) {
        const part = evaluate(current.expressions[i]!, sourceCode, depth + 1);
        if (part === undefined) {
          return undefined;
        }
        out += String(part) + (current.quasis[i + 1]?.value.cooked ?? '');
      }
      return out;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (current.operator !== '+') {
        return undefined;
      }
      const left = evaluate(current.left, sourceCode, depth + 1);
      if (left === undefined) {
        return undefined;
      }
      const right = evaluate(current.right, sourceCode, depth + 1);
      if (right === undefined) {
        return undefined;
      }
      if (typeof left === 'string' || typeof right === 'string') {
        return String(left) + String(right);
      }
      return typeof left === 'number' && typeof right === 'number' ? left + right : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The static strings of an array literal (or a constant bound to one), spreads of constant arrays included.
 * Elements that are not static strings come back as `undefined` in their place, so callers can report them
 * by position; `undefined` when the expression is not a resolvable array.
 */
export function getStaticStringArray(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  depth = 0,
): { node: TSESTree.Node; value: string | undefined }[] | undefined {
  if (depth >= MAX_RESOLVE_DEPTH) {
    return undefined;
  }
  const array = resolveExpression(node, sourceCode, depth);
  if (array.type !== AST_NODE_TYPES.ArrayExpression) {
    return undefined;
  }
  const out: { node: TSESTree.Node; value: string | undefined }[] = [];
  for (const element of array.elements) {
    if (!element) {
      continue;
    }
    if (element.type === AST_NODE_TYPES.SpreadElement) {
      const inner = getStaticStringArray(element.argument, sourceCode, depth + 1);
      if (inner) {
        out.push(...inner);
      } else {
        out.push({ node: element, value: undefined });
      }
    } else {
      out.push({ node: element, value: getStaticString(element, sourceCode) });
    }
  }
  return out;
}
