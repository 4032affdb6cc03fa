import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { getStaticString, MAX_RESOLVE_DEPTH } from './staticValue';

/** Stands for a part of a template or concatenation whose value is not known, in `getPartialString` results. */
export const UNKNOWN_PART = '\u0000';

/**
 * The text of a string built from literals, templates and `+`, with every part that is not static (a variable,
 * a call) replaced by `placeholder` (`UNKNOWN_PART` unless given):
 * `` `https://${host}/authorize?response_type=token` `` gives `'https://\0/authorize?response_type=token'`.
 * Literals, templates (nested ones too) and `+` chains are read piece by piece; every other expression folds
 * through `getStaticString` (same-file constants) or becomes one placeholder. Non-string literals count as unknown.
 */
export function getPartialString(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  placeholder: string = UNKNOWN_PART,
  depth = 0,
): string {
  const current = skipWrappers(node);
  if (depth >= MAX_RESOLVE_DEPTH) {
    return placeholder;
  }
  if (current.type === AST_NODE_TYPES.Literal) {
    return typeof current.value === 'string' ? current.value : placeholder;
  }
  if (current.type === AST_NODE_TYPES.TemplateLiteral) {
    let out = current.quasis[0]?.value.cooked ?? '';
    current.expressions.forEach((expression, i) => {
      out +=
        getPartialString(expression, sourceCode, placeholder, depth + 1) + (current.quasis[i + 1]?.value.cooked ?? '');
    });
    return out;
  }
  if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
    return (
      getPartialString(current.left, sourceCode, placeholder, depth + 1) +
      getPartialString(current.right, sourceCode, placeholder, depth + 1)
    );
  }
  return getStaticString(current, sourceCode) ?? placeholder;
}
