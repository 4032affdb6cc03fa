import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { resolveConstInit } from '../evaluate/resolveConstInit';
import { getMemberKey, MAX_RESOLVE_DEPTH } from '../evaluate/staticValue';

/** Conventional names of the incoming request object in Express, Fastify and Node handlers: `req`, `request`. */
export const REQUEST_OBJECT_NAMES: ReadonlySet<string> = new Set(['req', 'request']);
/** The request names, plus the context objects that carry the request in Koa, Next.js and Azure Functions handlers. */
export const REQUEST_NAMES: ReadonlySet<string> = new Set([...REQUEST_OBJECT_NAMES, 'ctx', 'context']);
/**
 * The request names, plus the objects that carry a client's input in serverless (`event`) and Socket.IO (`socket`,
 * `handshake`) handlers.
 */
export const REQUEST_SOURCE_NAMES: ReadonlySet<string> = new Set([...REQUEST_NAMES, 'event', 'socket', 'handshake']);
/** The parts of a request a client controls. */
const REQUEST_PARTS = new Set(['query', 'body', 'params', 'headers', 'cookies', 'searchParams']);
/** `location.<part>` values an attacker controls through a crafted link. */
const LOCATION_PARTS = new Set(['search', 'hash', 'href']);

/**
 * Whether an expression reads attacker-controlled input: `req.query.x`, `req.body.x`, `req.params.x`,
 * `req.headers[x]` (also on `request`, Koa's `ctx.request`/`ctx.query`), `location.search`/`hash`/`href`
 * (also through `window.`/`document.`), and `.get(…)` on `URLSearchParams` built from one of them or on
 * `url.searchParams`. Same-file constants are followed, and `as`/`!`/`??`/`||` fallbacks are looked through.
 */
export function isRequestInput(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  if (depth >= MAX_RESOLVE_DEPTH) {
    return false;
  }
  const current = skipWrappers(node);
  switch (current.type) {
    case AST_NODE_TYPES.Identifier: {
      const init = resolveConstInit(current, sourceCode);
      return init !== undefined && isRequestInput(init, sourceCode, depth + 1);
    }
    case AST_NODE_TYPES.LogicalExpression:
      return isRequestInput(current.left, sourceCode, depth + 1);
    case AST_NODE_TYPES.CallExpression: {
      // `String(req.query.x)` and `params.get('x')` where `params` wraps request input.
      const callee = skipWrappers(current.callee);
      if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String' && current.arguments[0]) {
        return isRequestInput(current.arguments[0], sourceCode, depth + 1);
      }
      if (callee.type === AST_NODE_TYPES.MemberExpression && getMemberKey(callee, sourceCode) === 'get') {
        return isQuerySource(callee.object, sourceCode, depth + 1);
      }
      return false;
    }
    case AST_NODE_TYPES.MemberExpression:
      return isRequestMember(current, sourceCode, depth);
    default:
      return false;
  }
}

/**
 * `req.query.x`, `req.query['x']`, `ctx.request.body.x`, `location.search`: a member read somewhere under a request
 * part.
 */
function isRequestMember(
  member: TSESTree.MemberExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth: number,
): boolean {
  const key = getMemberKey(member, sourceCode);
  const object = skipWrappers(member.object);
  if (key !== undefined && LOCATION_PARTS.has(key) && isLocation(object)) {
    return true;
  }
  if (key !== undefined && REQUEST_PARTS.has(key) && isRequestObject(object)) {
    return true;
  }
  return (
    object.type === AST_NODE_TYPES.MemberExpression &&
    depth < MAX_RESOLVE_DEPTH &&
    isRequestMember(object, sourceCode, depth + 1)
  );
}

function isRequestObject(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) {
    return REQUEST_NAMES.has(node.name);
  }
  // Koa: `ctx.request.query`.
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    node.property.name === 'request' &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    REQUEST_NAMES.has(node.object.name)
  );
}

function isLocation(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) {
    return node.name === 'location';
  }
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    node.property.name === 'location' &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    (node.object.name === 'window' || node.object.name === 'document')
  );
}

/**
 * `new URLSearchParams(location.search)`, `new URL(location.href).searchParams`, `req.query` (a query object with a
 * `get`).
 */
function isQuerySource(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  if (depth >= MAX_RESOLVE_DEPTH) {
    return false;
  }
  const current = skipWrappers(node);
  if (current.type === AST_NODE_TYPES.Identifier) {
    const init = resolveConstInit(current, sourceCode);
    return init !== undefined && isQuerySource(init, sourceCode, depth + 1);
  }
  if (current.type === AST_NODE_TYPES.MemberExpression && getMemberKey(current, sourceCode) === 'searchParams') {
    return isQuerySource(current.object, sourceCode, depth + 1);
  }
  if (current.type === AST_NODE_TYPES.NewExpression) {
    const callee = skipWrappers(current.callee);
    const [arg] = current.arguments;
    return (
      callee.type === AST_NODE_TYPES.Identifier &&
      (callee.name === 'URLSearchParams' || callee.name === 'URL') &&
      arg !== undefined &&
      arg.type !== AST_NODE_TYPES.SpreadElement &&
      isRequestInput(arg, sourceCode, depth + 1)
    );
  }
  return isRequestInput(current, sourceCode, depth + 1);
}
