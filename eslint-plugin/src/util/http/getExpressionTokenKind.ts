import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getWrittenName } from '../ast/getCalleeName';
import { skipWrappers } from '../ast/skipWrappers';
import { findVariable, IMPORT_BINDING } from '../evaluate/findVariable';
import { getTokenKind, type TokenKind } from '../vocabulary/tokenVocabulary';

/** A value that its name says is a token: which kind, and the name that says so. */
export interface NamedToken {
  kind: TokenKind;
  name: string;
}

/**
 * The token an expression holds, judged by the name it is read through: `accessToken`, `result.idToken`,
 * `tokens['refresh_token']`, `session.jwt`. Calls (`redact(token)`, `token.slice(0, 6)`), `token.length`,
 * `!!token` and imported bindings (`import jwt from 'jsonwebtoken'`) are not tokens. `undefined` otherwise.
 */
export function getExpressionTokenKind(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
): NamedToken | undefined {
  const current = skipWrappers(node);
  const name = getWrittenName(current, sourceCode);
  if (name === undefined) {
    return undefined;
  }
  const kind = getTokenKind(name);
  if (kind === undefined) {
    return undefined;
  }
  if (
    current.type === AST_NODE_TYPES.Identifier &&
    findVariable(current, sourceCode)?.defs[0]?.type === IMPORT_BINDING
  ) {
    return undefined;
  }
  return { kind, name };
}
