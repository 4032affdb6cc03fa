import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';

/**
 * A fix that turns the `http://` at the start of a string literal or template written right here into `https://`
 * (`'http://app.contoso.com/cb'` → `'https://app.contoso.com/cb'`); `undefined` when the URL is not written inline
 * (a constant used elsewhere too is better fixed at its declaration, by hand).
 */
export function getHttpsFix(node: TSESTree.Node): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  const current = skipWrappers(node);
  let raw: string | undefined;
  if (current.type === AST_NODE_TYPES.Literal && typeof current.value === 'string') {
    raw = current.raw.slice(1);
  } else if (current.type === AST_NODE_TYPES.TemplateLiteral) {
    raw = current.quasis[0]?.value.raw;
  }
  const match = raw === undefined ? null : /^http:\/\//i.exec(raw);
  if (!match) {
    return undefined;
  }
  const start = current.range[0] + 1;
  return fixer => fixer.replaceTextRange([start, start + match[0].length], 'https://');
}
