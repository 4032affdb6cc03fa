import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { createPerFileCache } from '../rule/perFileCache';
import { MAX_RESOLVE_DEPTH, resolveExpression } from './resolveExpression';

type SourceCode = Readonly<TSESLint.SourceCode>;

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
