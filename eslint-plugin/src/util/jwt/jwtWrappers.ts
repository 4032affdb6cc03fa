/**
 * The project's own token helpers: a function (in this file or imported from another module of the project) whose
 * body returns a known token API called with one of its parameters, such as
 * `export const decodeToken = (token) => jwtDecode(token)` or
 * `function verify(token) { return jwt.verify(token, key, options); }`, stands at its call sites for that API,
 * with the arguments mapped: `decodeToken(req.headers.authorization)` decodes `req.headers.authorization`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';
import { skipWrappers } from '../ast/skipWrappers';
import { findVariable, FUNCTION_NAME, getDeclaredNames } from '../evaluate/findVariable';
import { resolveProjectValue } from '../modules/projectValues';
import { createPerFileCache } from '../rule/perFileCache';
import { resolveJwtCall, type JwtCall } from './resolveJwtCall';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A call of a project function that wraps a token API: the API's roles, mapped onto this call's arguments. */
export interface JwtWrapperCall extends JwtCall {
  wrapper: {
    /** The wrapper's name as called. */
    name: string;
    /** The specifier it is imported by; `undefined` for a function of this file. */
    specifier: string | undefined;
    /** The line of the wrapped call in the wrapper's file. */
    line: number;
  };
}

type FunctionNode =
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression
  | TSESTree.ArrowFunctionExpression
  | TSESTree.TSDeclareFunction;

const answers = createPerFileCache<TSESTree.Node, JwtWrapperCall | null>();

/**
 * The token API a call of a project function stands for (see the module comment), or `undefined`. The token (and
 * key and options) are the call's arguments where the wrapper passes its parameters on; a role the wrapper fills
 * itself is absent here, and `argumentsKnown` is then false, so rules do not report what they cannot see.
 */
export function resolveJwtWrapperCall(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): JwtWrapperCall | undefined {
  let answer = answers.get(sourceCode, node);
  if (answer === undefined) {
    answer = resolveUncached(node, sourceCode) ?? null;
    answers.set(sourceCode, node, answer);
  }
  return answer ?? undefined;
}

/**
 * Whether a call can be of a token helper at all, without looking into any function: a call with arguments of a
 * name the file declares with a value or as a function (or of a member of one). Most calls are to globals and
 * methods.
 */
export function mayBeJwtWrapperCall(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length === 0) {
    return false;
  }
  const callee = skipWrappers(node.callee);
  const root = callee.type === AST_NODE_TYPES.MemberExpression ? skipWrappers(callee.object) : callee;
  if (root.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const declared = getDeclaredNames(sourceCode);
  return declared.withValue.has(root.name) || declared.definitions.has(root.name);
}

function resolveUncached(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): JwtWrapperCall | undefined {
  if (!mayBeJwtWrapperCall(node, sourceCode)) {
    return undefined;
  }
  const callee = skipWrappers(node.callee);
  const found = findFunction(callee, sourceCode);
  if (!found) {
    return undefined;
  }
  const { fn, sourceCode: fnSource, specifier } = found;
  const inner = returnedCall(fn);
  const wrapped = inner && resolveJwtCall(inner, fnSource);
  if (!inner || !wrapped?.token) {
    return undefined;
  }
  const params = fn.params.map(param => (param.type === AST_NODE_TYPES.Identifier ? param.name : undefined));
  const map = (role: TSESTree.Node | undefined): { node?: TSESTree.Node; known: boolean } => {
    if (!role) {
      return { known: true };
    }
    const value = skipWrappers(role);
    const index = value.type === AST_NODE_TYPES.Identifier ? params.indexOf(value.name) : -1;
    const arg = index >= 0 ? node.arguments[index] : undefined;
    return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? { node: arg, known: true } : { known: false };
  };
  const token = map(wrapped.token);
  if (!token.node) {
    return undefined;
  }
  const key = map(wrapped.key);
  const options = map(wrapped.options);
  return {
    api: wrapped.api,
    node,
    callee: callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee,
    token: token.node,
    key: key.node,
    options: options.node,
    optionsIndex: -1,
    argumentsKnown: wrapped.argumentsKnown && key.known && options.known,
    wrapper: {
      name: sourceCode.getText(callee),
      specifier,
      line: inner.loc.start.line,
    },
  };
}

function findFunction(
  callee: TSESTree.Node,
  sourceCode: SourceCode,
): { fn: FunctionNode; sourceCode: SourceCode; specifier: string | undefined } | undefined {
  const value = resolveProjectValue(callee, sourceCode);
  let fn: TSESTree.Node | undefined = value.node;
  if (fn.type === AST_NODE_TYPES.Identifier) {
    // `function decodeToken(t) { … }`, by its name (in this file or, after `module.exports = { decodeToken }`, there).
    const def = findVariable(fn, value.sourceCode)?.defs[0];
    fn = def?.type === FUNCTION_NAME ? def.node : undefined;
  }
  if (
    fn?.type !== AST_NODE_TYPES.FunctionDeclaration &&
    fn?.type !== AST_NODE_TYPES.FunctionExpression &&
    fn?.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    return undefined;
  }
  return { fn, sourceCode: value.sourceCode, specifier: value.origin?.specifier };
}

/**
 * The call a function returns: an arrow's expression body, or a block whose statements end in `return <call>`
 * (no other return before it), through `await`.
 */
function returnedCall(fn: FunctionNode): TSESTree.CallExpression | TSESTree.NewExpression | undefined {
  let returned: TSESTree.Node | null | undefined;
  if (fn.body?.type === AST_NODE_TYPES.BlockStatement) {
    const statements = fn.body.body;
    const last = statements[statements.length - 1];
    if (last?.type !== AST_NODE_TYPES.ReturnStatement) {
      return undefined;
    }
    if (statements.some(s => s !== last && s.type === AST_NODE_TYPES.ReturnStatement)) {
      return undefined;
    }
    returned = last.argument;
  } else {
    returned = fn.body;
  }
  if (!returned) {
    return undefined;
  }
  let value = skipWrappers(returned);
  if (value.type === AST_NODE_TYPES.AwaitExpression) {
    value = skipWrappers(value.argument);
  }
  return value.type === AST_NODE_TYPES.CallExpression || value.type === AST_NODE_TYPES.NewExpression
    ? value
    : undefined;
}
