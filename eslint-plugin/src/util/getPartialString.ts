import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { getStaticString } from './getStaticString';
import { MAX_RESOLVE_DEPTH } from './resolveExpression';
import { skipWrappers } from './skipWrappers';

/**
 * The text of a string built from literals, templates and `+`, with every part that is not static (a variable,
 * a call) replaced by `placeholder`: `` `https://api/x?access_token=${t}` `` gives `https://api/x?access_token=` +
 * placeholder. Same-file constants are folded. Non-string literals and unknowns become the placeholder.
 */
export function getPartialString(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  placeholder: string,
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
      out += getPartialString(expression, sourceCode, placeholder, depth + 1) + (current.quasis[i + 1]?.value.cooked ?? '');
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
