import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { getMemberKey, resolveExpression } from '../evaluate/staticValue';
import { JSONWEBTOKEN } from '../modules/packages';
import { isModuleRef, resolveModuleRef } from '../modules/resolveModuleRef';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Whether a call is jsonwebtoken's `sign(payload, key, …)`: `jwt.sign(…)`, or an imported `sign` under any name
 * that keeps the word (`signJwt`, `jwtSign`), resolved through the file's imports. `callee` is the call's callee
 * without wrappers, `name` the name it is written with.
 */
export function isJsonwebtokenSign(
  call: TSESTree.CallExpression,
  callee: TSESTree.Node,
  name: string,
  sourceCode: SourceCode,
): boolean {
  if (
    call.arguments.length < 2 ||
    (callee.type === AST_NODE_TYPES.MemberExpression ? name !== 'sign' : !/sign/i.test(name))
  ) {
    return false;
  }
  return isModuleRef(resolveModuleRef(callee, sourceCode), JSONWEBTOKEN, ['sign']);
}

/** The payload and options of a jsonwebtoken `sign` call, as far as they can be seen. */
export interface JsonwebtokenSignArguments {
  /** The payload argument as written. */
  payload: TSESTree.Expression;
  /** The options argument as written (an object literal, or a constant bound to one); `undefined` when none. */
  optionsArgument: TSESTree.Expression | undefined;
  /** The options object, followed through same-file constants; `undefined` when the call passes none. */
  options: TSESTree.ObjectExpression | undefined;
}

/**
 * The payload and options of `sign(payload, key, options?, callback?)` (a function in the options' place is the
 * callback), or `undefined` when they cannot be seen: a spread argument, or options that are not an object literal
 * in the file.
 */
export function getJsonwebtokenSignArguments(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
): JsonwebtokenSignArguments | undefined {
  const [payload, , third] = call.arguments;
  if (!payload || payload.type === AST_NODE_TYPES.SpreadElement || third?.type === AST_NODE_TYPES.SpreadElement) {
    return undefined;
  }
  const written =
    third && third.type !== AST_NODE_TYPES.ArrowFunctionExpression && third.type !== AST_NODE_TYPES.FunctionExpression
      ? third
      : undefined;
  const options = written && resolveExpression(written, sourceCode);
  if (options && options.type !== AST_NODE_TYPES.ObjectExpression) {
    return undefined;
  }
  return { payload, optionsArgument: written, options };
}

/** A jose builder chain: `new SignJWT(claims).setProtectedHeader(h).setAudience(a).sign(key)`. */
export interface JoseBuilderChain {
  /** The `new …(claims)` the chain starts from (its class is for the caller to resolve). */
  root: TSESTree.NewExpression;
  /** Each method called on the way, by name: the first call where a method is called twice. */
  steps: ReadonlyMap<string, TSESTree.CallExpression>;
  /** Whether a step's method name is not static (`builder[method](…)`). */
  hasDynamicStep: boolean;
}

/**
 * The builder chain a final member call (`….sign`, `….encrypt`) ends: the calls before it, back to the `new`
 * expression they start from, or `undefined` when the chain does not start from one within 32 calls.
 */
export function getJoseBuilderChain(
  callee: TSESTree.MemberExpression,
  sourceCode: SourceCode,
): JoseBuilderChain | undefined {
  const steps = new Map<string, TSESTree.CallExpression>();
  let hasDynamicStep = false;
  let current = skipWrappers(callee.object);
  for (let i = 0; i < 32 && current.type === AST_NODE_TYPES.CallExpression; i++) {
    const inner = skipWrappers(current.callee);
    if (inner.type !== AST_NODE_TYPES.MemberExpression) {
      return undefined;
    }
    const method = getMemberKey(inner, sourceCode);
    if (method === undefined) {
      hasDynamicStep = true;
    } else {
      // Walking back from the end: a method called again earlier in the chain replaces the later call.
      steps.set(method, current);
    }
    current = skipWrappers(inner.object);
  }
  return current.type === AST_NODE_TYPES.NewExpression ? { root: current, steps, hasDynamicStep } : undefined;
}
