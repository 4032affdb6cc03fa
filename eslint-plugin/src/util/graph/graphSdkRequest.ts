import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { findVariable } from '../evaluate/findVariable';
import { findProperty, getStaticStringArray } from '../evaluate/staticValue';
import { matchesSource, resolveModuleRef } from '../modules/resolveModuleRef';
import { GRAPH_SDK, GRAPH_SDK_BETA } from './graphPackages';
import { type GraphMethod, matchGraphPath } from './graphPaths';

type SourceCode = Readonly<TSESLint.SourceCode>;

const TERMINALS: Readonly<Record<string, GraphMethod>> = {
  get: 'GET',
  post: 'POST',
  patch: 'PATCH',
  put: 'PUT',
  delete: 'DELETE',
};

/** The request builders the SDK names differently from the path segment they stand for. */
const SEGMENTS: Readonly<Record<string, string>> = { ref: '$ref', count: '$count' };

/** The properties a GET selects: `get({ queryParameters: { select: ['subject', 'body'] } })`. */
function selectOf(call: TSESTree.CallExpression, method: GraphMethod, sourceCode: SourceCode): string[] {
  const options = method === 'GET' ? call.arguments[0] : undefined;
  const query = options && findProperty(options, 'queryParameters', sourceCode)?.value;
  const select = query && findProperty(query, 'select', sourceCode)?.value;
  const values = select ? getStaticStringArray(select, sourceCode) : undefined;
  return (values ?? []).flatMap(element => (element.value === undefined ? [] : [element.value]));
}

/** `x.byUserId(id)`: a request builder for one item of a collection. */
function isByIdCall(node: TSESTree.Node): node is TSESTree.CallExpression & { callee: TSESTree.MemberExpression } {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.MemberExpression &&
    !node.callee.computed &&
    node.callee.property.type === 'Identifier' &&
    /^by[A-Z]\w*Id$/.test(node.callee.property.name)
  );
}

/**
 * The request builder a constant holds (`const messages = client.chats.byChatId(id).messages`,
 * `const client = this.graphClient`): a member or a `byXId(…)` call; not a client the SDK makes.
 */
function builderOf(identifier: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Node | undefined {
  const definition = findVariable(identifier, sourceCode)?.defs[0];
  const declarator = definition?.node;
  if (
    declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
    declarator.parent.kind !== 'const' ||
    declarator.id.type !== AST_NODE_TYPES.Identifier ||
    !declarator.init
  ) {
    return undefined;
  }
  let init: TSESTree.Node = declarator.init;
  while (init.type === AST_NODE_TYPES.TSNonNullExpression || init.type === AST_NODE_TYPES.TSAsExpression) {
    init = init.expression;
  }
  return (init.type === AST_NODE_TYPES.MemberExpression && !init.computed) || isByIdCall(init) ? init : undefined;
}

/**
 * Whether a call's arguments fit the SDK's request methods: `get` and `delete` take at most a request
 * configuration (`{ queryParameters }`), not a key (`cache.users.get(id)` is a `Map`'s).
 */
function takesRequestOptions(call: TSESTree.CallExpression, method: GraphMethod): boolean {
  if (method !== 'GET' && method !== 'DELETE') {
    return true;
  }
  const [first, ...rest] = call.arguments;
  return (
    rest.length === 0 &&
    (first === undefined ||
      first.type === AST_NODE_TYPES.ObjectExpression ||
      first.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      first.type === AST_NODE_TYPES.FunctionExpression)
  );
}

/**
 * A request of the generated Microsoft Graph SDK (`@microsoft/msgraph-sdk`, `@microsoft/msgraph-beta-sdk`): a fluent
 * path ending in `get`, `post`, `patch`, `put` or `delete` (`client.me.messages.get()`,
 * `client.users.byUserId(id).sendMail.post(body)`; `byXId(…)` is `{id}`, `ref` is `$ref`, `count` is `$count`), on
 * a client from `createGraphServiceClient` of the SDK, or on any receiver where the path is one Graph's permission
 * data names for the method (call it only in files that import the SDK).
 */
export function graphSdkRequest(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
): { method: GraphMethod; path: string; version: string; select: string[] } | undefined {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== 'Identifier') {
    return undefined;
  }
  const method = Object.hasOwn(TERMINALS, callee.property.name) ? TERMINALS[callee.property.name] : undefined;
  if (!method) {
    return undefined;
  }
  const segments: string[] = [];
  let current: TSESTree.Node = callee.object;
  /** The `this.x` a client kept in a field is read from. */
  let field: TSESTree.Node | undefined;
  let followed = 0;
  for (;;) {
    if (
      current.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.type === AST_NODE_TYPES.TSAsExpression ||
      current.type === AST_NODE_TYPES.ChainExpression
    ) {
      current = current.expression;
    } else if (
      current.type === AST_NODE_TYPES.MemberExpression &&
      !current.computed &&
      current.property.type === 'Identifier'
    ) {
      segments.unshift(SEGMENTS[current.property.name] ?? current.property.name);
      field = current.object.type === AST_NODE_TYPES.ThisExpression ? current : undefined;
      current = current.object;
    } else if (isByIdCall(current)) {
      segments.unshift('{id}');
      current = current.callee.object;
    } else {
      // A request builder kept in a constant (`const messages = client.chats.byChatId(id).messages`).
      const builder: TSESTree.Node | undefined =
        followed < 4 && current.type === AST_NODE_TYPES.Identifier ? builderOf(current, sourceCode) : undefined;
      if (!builder) {
        break;
      }
      followed++;
      current = builder;
    }
  }
  // A client kept in a field (`this.graphClient.teams.get()`): the field's name is no segment either.
  if (current.type === AST_NODE_TYPES.ThisExpression) {
    segments.shift();
    current = field ?? current;
  }
  // The root is the client: its own name is no segment.
  if (segments.length === 0 || segments[0] === '{id}') {
    return undefined;
  }
  const ref = resolveModuleRef(current, sourceCode);
  const fromSdk = ref !== undefined && matchesSource(ref.source, [GRAPH_SDK, GRAPH_SDK_BETA]);
  const path = `/${segments.join('/')}`;
  if (
    !fromSdk &&
    (!takesRequestOptions(call, method) ||
      !(matchGraphPath(method, path, 'delegated') ?? matchGraphPath(method, path, 'application')))
  ) {
    return undefined;
  }
  const beta = ref !== undefined ? matchesSource(ref.source, GRAPH_SDK_BETA) : false;
  return { method, path, version: beta ? 'beta' : 'v1.0', select: selectOf(call, method, sourceCode) };
}
