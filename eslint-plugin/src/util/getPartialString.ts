import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { getStaticString } from './getStaticString';
import { MAX_RESOLVE_DEPTH } from './resolveExpression';
import { skipWrappers } from './skipWrappers';

/** Stands for a part of a template or concatenation whose value is not known, in `getPartialString` results. */
export const UNKNOWN_PART = '\u0000';

/**
 * The text of a string expression with the parts that are not static replaced by `UNKNOWN_PART`:
 * `` `https://${host}/authorize?response_type=token` `` gives `'https://\0/authorize?response_type=token'`.
 * Literals, templates and `+` chains are read piece by piece; every other expression folds through
 * `getStaticString` (same-file constants) or becomes one `UNKNOWN_PART`.
 */
export function getPartialString(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): string {
  const current = skipWrappers(node);
  if (depth >= MAX_RESOLVE_DEPTH) {
    return UNKNOWN_PART;
  }
  if (current.type === AST_NODE_TYPES.Literal) {
    return typeof current.value === 'string' ? current.value : UNKNOWN_PART;
  }
  if (current.type === AST_NODE_TYPES.TemplateLiteral) {
    let out = current.quasis[0]?.value.cooked ?? '';
    current.expressions.forEach((expression, i) => {
      out += (getStaticString(expression, sourceCode) ?? UNKNOWN_PART) + (current.quasis[i + 1]?.value.cooked ?? '');
    });
    return out;
  }
  if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
    return getPartialString(current.left, sourceCode, depth + 1) + getPartialString(current.right, sourceCode, depth + 1);
  }
  return getStaticString(current, sourceCode) ?? UNKNOWN_PART;
}
