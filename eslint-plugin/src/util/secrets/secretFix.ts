import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';

import type { SecretLiteral } from './secretLiteral';
import { getLiteralString } from './secretLiteral';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The edit that takes a hard-coded secret out of the code: a fallback (`process.env.X || 'lit'`,
 * `process.env.X ?? 'lit'`, `process.env.X ? process.env.X : 'lit'`) loses its literal branch; a plain literal
 * becomes `process.env.NAME` (in TypeScript the result gets a `!`, where the sinks take a `string`).
 */
export function removeSecretFix(
  found: SecretLiteral,
  envName: string,
  sourceCode: SourceCode,
  typescript: boolean,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  const literal = found.node;
  const parent = literal.parent;
  if (parent?.type === AST_NODE_TYPES.LogicalExpression && parent.right === literal && parent.operator !== '&&') {
    // What is left may be undefined: in TypeScript it keeps the `string` the sink takes with `!`.
    return fixer =>
      fixer.replaceTextRange(fallbackRange(parent, parent.left, parent.operator, sourceCode), typescript ? '!' : '');
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.right === literal) {
    // A default (`{ JWT_SECRET = 'dev' } = process.env`, `function f(secret = 'dev')`): drop it.
    return fixer => fixer.replaceTextRange(fallbackRange(parent, parent.left, '=', sourceCode), '');
  }
  if (parent?.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== literal) {
    const kept = parent.consequent === literal ? parent.alternate : parent.consequent;
    if (getLiteralString(skipWrappers(kept)) === undefined) {
      return fixer => fixer.replaceText(parent, `(${sourceCode.getText(kept)})`);
    }
  }
  const env = /^[A-Za-z_$][\w$]*$/.test(envName) ? `process.env.${envName}` : `process.env['${envName}']`;
  const replacement = typescript ? `${env}!` : env;
  // `<Map apiKey="…" />` needs braces around an expression.
  return fixer =>
    fixer.replaceText(literal, parent?.type === AST_NODE_TYPES.JSXAttribute ? `{${replacement}}` : replacement);
}

/**
 * The text from the end of `left` (its closing parentheses included: `(a ? b : c) || 'x'`) to the end of `parent`
 * (the fallback's own parentheses included: `a || ('x')`), which dropping a fallback or a default removes.
 */
function fallbackRange(
  parent: TSESTree.Node,
  left: TSESTree.Node,
  operator: string,
  sourceCode: SourceCode,
): [number, number] {
  const operatorToken = sourceCode.getTokenAfter(left, token => token.value === operator);
  const beforeOperator = operatorToken && sourceCode.getTokenBefore(operatorToken);
  return [beforeOperator ? beforeOperator.range[1] : left.range[1], parent.range[1]];
}

/** Whether a file is TypeScript parsed as TypeScript (so a suggestion may write `!`). */
export function isTypeScriptFile(filename: string, sourceCode: SourceCode): boolean {
  const services = sourceCode.parserServices as Record<string, unknown> | undefined;
  return /\.[cm]?tsx?$/i.test(filename) && services !== undefined && 'esTreeNodeToTSNodeMap' in services;
}
