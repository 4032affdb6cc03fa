import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { findVariable } from '../evaluate/findVariable';
import { findWrittenValue } from '../evaluate/findWrittenValue';
import { getPartialString, UNKNOWN_PART } from '../evaluate/getPartialString';
import { findProperty, getStaticString, getStaticStringArray, resolveExpression } from '../evaluate/staticValue';
import { matchesSource, resolveModuleRef } from '../modules/resolveModuleRef';
import { GRAPH_CLIENT, GRAPH_SDK, GRAPH_SDK_BETA } from './graphPackages';
import { type GraphMethod, matchGraphPath, normalizeGraphPath } from './graphPaths';
import { graphSdkRequest } from './graphSdkRequest';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A Microsoft Graph request the code makes. */
export interface GraphRequest {
  /** Where the request's path is written (the `api()` argument, the URL, the SDK call). */
  node: TSESTree.Node;
  method: GraphMethod;
  /** The normalised path template (see `normalizeGraphPath`), without the version. */
  path: string;
  /** `v1.0` or `beta`; `undefined` where the code does not say (a version known only at run time). */
  version: string | undefined;
  /** How it was found: the Graph JS client, the generated SDK, a URL, or an entry of a `$batch` body. */
  via: 'client' | 'sdk' | 'url' | 'batch';
  /** The properties a GET selects by name (`$select`, `.select()`), where the code says; else empty. */
  select?: readonly string[];
}

/** Microsoft Graph's hosts: the public cloud, its canary, US Government, DoD, Germany and China. */
const GRAPH_URL =
  /^https:\/\/(?:graph\.microsoft\.com|canary\.graph\.microsoft\.com|graph\.microsoft\.us|dod-graph\.microsoft\.us|graph\.microsoft\.de|microsoftgraph\.chinacloudapi\.cn)(?::443)?(\/.*)?$/i;

/** The version and path of a Graph URL (`UNKNOWN_PART` for unknown parts); `undefined` for other URLs. */
export function parseGraphUrl(text: string): { version: string | undefined; path: string } | undefined {
  const match = GRAPH_URL.exec(text);
  if (!match) {
    return undefined;
  }
  const rest = match[1] ?? '';
  const version = /^\/(v1\.0|beta)(?=[/?#]|$)/i.exec(rest);
  if (version) {
    return { version: version[1]!.toLowerCase(), path: rest.slice(version[0].length) };
  }
  // `https://graph.microsoft.com/${version}/me`: a version known only at run time.
  if (rest.startsWith(`/${UNKNOWN_PART}/`)) {
    return { version: undefined, path: rest.slice(2) };
  }
  return undefined;
}

/** The leftmost part of a template or concatenation. */
function firstPart(node: TSESTree.Node): TSESTree.Node | undefined {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    return node.quasis[0]?.value.cooked === '' ? node.expressions[0] : undefined;
  }
  return node.type === AST_NODE_TYPES.BinaryExpression ? firstPart(node.left) : node;
}

/**
 * A URL built on a Graph base URL another file defines (`${GRAPH_BASE}/sites/${id}/lists`,
 * `graphConfig.graphEndpoint + 'me/messages'`): the base's name says Graph (not GraphQL) and the rest is a path
 * Graph's permission data names, for some method.
 */
function fromGraphBase(node: TSESTree.Node, text: string): { version: string | undefined; path: string } | undefined {
  const first = firstPart(node);
  const name =
    first?.type === AST_NODE_TYPES.Identifier
      ? first.name
      : first?.type === AST_NODE_TYPES.MemberExpression
        ? memberName(first)
        : undefined;
  if (name === undefined || !/graph/i.test(name) || /graphql/i.test(name)) {
    return undefined;
  }
  let rest = text.slice(1);
  const version = /^\/?(v1\.0|beta)(?=\/)/i.exec(rest);
  rest = version ? rest.slice(version[0].length) : rest;
  const path = toRequestPath(rest.startsWith('/') ? rest : `/${rest}`);
  const known =
    path !== undefined &&
    (['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const).some(
      method => matchGraphPath(method, path, 'delegated') ?? matchGraphPath(method, path, 'application'),
    );
  return known ? { version: version?.[1]?.toLowerCase(), path: rest } : undefined;
}

/** A path worth a request: something after the version, and not only a part known at run time. */
function toRequestPath(path: string): string | undefined {
  const normalised = normalizeGraphPath(path, UNKNOWN_PART);
  return normalised === '/' || normalised === '/{id}' || normalised.startsWith('/$batch/') ? undefined : normalised;
}

/** The properties a request selects and the relations it expands (`$select`, `$expand`), as written. */
interface QueryOptions {
  select: string[];
  expand: string[];
}

/** The `$select` and `$expand` of a URL's query string (`/me?$select=displayName,mailboxSettings`). */
function queryOptionsOfUrl(path: string): QueryOptions {
  const out: QueryOptions = { select: [], expand: [] };
  const query = path.split('#')[0]!.split('?')[1];
  for (const pair of query?.split('&') ?? []) {
    const [rawKey = '', rawValue = ''] = pair.split('=');
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey).toLowerCase();
      value = decodeURIComponent(rawValue);
    } catch {
      continue;
    }
    const list =
      key === '$select' || key === 'select'
        ? out.select
        : key === '$expand' || key === 'expand'
          ? out.expand
          : undefined;
    list?.push(...splitOptionList(value));
  }
  return out;
}

/** `displayName,mailboxSettings` or `members($select=id),manager`: the top-level names. */
function splitOptionList(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of `${value},`) {
    if (char === '(') {
      depth++;
    } else if (char === ')') {
      depth = Math.max(0, depth - 1);
    } else if (char === ',' && depth === 0) {
      const name = /^\s*([A-Za-z][\w.]*)/.exec(current)?.[1];
      if (name && !current.includes(UNKNOWN_PART)) {
        names.push(name);
      }
      current = '';
      continue;
    }
    if (depth === 0) {
      current += char;
    }
  }
  return names;
}

/**
 * The requests a GET's query options make besides its own (Graph applies the permission of what they read):
 * selecting a user's `mailboxSettings` reads `/users/{id}/mailboxSettings` (`MailboxSettings.Read`), and expanding
 * a relation reads it (`/me?$expand=manager` reads `/me/manager`), where Graph's permission data names that path.
 */
function impliedPaths(method: GraphMethod, path: string, options: QueryOptions): string[] {
  if (method !== 'GET') {
    return [];
  }
  const out: string[] = [];
  if (options.select.some(name => name.toLowerCase() === 'mailboxsettings') && /^\/(?:me|users\/[^/]+)$/i.test(path)) {
    out.push(`${path}/mailboxSettings`);
  }
  for (const name of options.expand) {
    const implied = `${path}/${name}`;
    if (
      !out.includes(implied) &&
      (matchGraphPath('GET', implied, 'delegated') ?? matchGraphPath('GET', implied, 'application'))
    ) {
      out.push(implied);
    }
  }
  return out;
}

const CLIENT_TERMINALS: Readonly<Record<string, GraphMethod>> = {
  get: 'GET',
  getStream: 'GET',
  post: 'POST',
  create: 'POST',
  patch: 'PATCH',
  update: 'PATCH',
  put: 'PUT',
  putStream: 'PUT',
  delete: 'DELETE',
  del: 'DELETE',
};

/** Member calls of HTTP clients (axios, got, superagent, ky, Angular's HttpClient…) named by their method. */
const HTTP_CLIENT_METHODS: Readonly<Record<string, GraphMethod>> = {
  get: 'GET',
  post: 'POST',
  patch: 'PATCH',
  put: 'PUT',
  delete: 'DELETE',
  del: 'DELETE',
};

function memberName(node: TSESTree.Node): string | undefined {
  return node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === 'Identifier'
    ? node.property.name
    : undefined;
}

function toMethod(text: string | undefined): GraphMethod | undefined {
  const upper = text?.toUpperCase();
  return upper === 'GET' || upper === 'POST' || upper === 'PATCH' || upper === 'PUT' || upper === 'DELETE'
    ? upper
    : undefined;
}

/** The method an options object (`{ method: 'POST' }`) gives; GET when it gives none. */
function methodOfOptions(options: TSESTree.Node | undefined, sourceCode: SourceCode): GraphMethod | 'unknown' {
  if (!options) {
    return 'GET';
  }
  const property = findProperty(options, 'method', sourceCode);
  if (!property) {
    return 'GET';
  }
  return toMethod(getStaticString(property.value, sourceCode)) ?? 'unknown';
}

/** What the place a Graph URL is used in says of the request: its method, or that the URL is only a part. */
type Use =
  | { kind: 'request'; method: GraphMethod | 'unknown'; call: TSESTree.CallExpression | TSESTree.NewExpression | null }
  | { kind: 'part' }
  | { kind: 'client' };

function useOf(node: TSESTree.Node, sourceCode: SourceCode, followVariable: boolean): Use {
  let current = node;
  let parent = current.parent;
  while (
    parent &&
    (parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression)
  ) {
    current = parent;
    parent = current.parent;
  }
  if (!parent) {
    return { kind: 'request', method: 'GET', call: null };
  }
  switch (parent.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return { kind: 'part' };
    case AST_NODE_TYPES.BinaryExpression:
      return parent.operator === '+' ? { kind: 'part' } : { kind: 'request', method: 'GET', call: null };
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const index = parent.arguments.indexOf(current as TSESTree.CallExpressionArgument);
      const name = memberName(parent.callee);
      if (index === 0 && parent.type === AST_NODE_TYPES.CallExpression && name === 'api') {
        return { kind: 'client' };
      }
      if (index === 0 && (name === 'set' || name === 'has')) {
        // MSAL Angular's `protectedResourceMap.set(url, scopes)`: which token a URL gets, not a request.
        return { kind: 'part' };
      }
      if (index === 0) {
        const named = name === undefined ? undefined : HTTP_CLIENT_METHODS[name];
        return { kind: 'request', method: named ?? methodOfOptions(parent.arguments[1], sourceCode), call: parent };
      }
      if (index === 1) {
        // superagent's `request('POST', url)`.
        const first = parent.arguments[0];
        const method = first ? toMethod(getStaticString(first, sourceCode)) : undefined;
        if (method) {
          return { kind: 'request', method, call: parent };
        }
      }
      return { kind: 'request', method: 'GET', call: null };
    }
    case AST_NODE_TYPES.Property: {
      if (parent.value !== current || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) {
        return { kind: 'request', method: 'GET', call: null };
      }
      const key =
        parent.key.type === AST_NODE_TYPES.Identifier
          ? parent.key.name
          : String(getStaticString(parent.key, sourceCode));
      if (key.startsWith('@odata')) {
        // `{ '@odata.id': 'https://graph.microsoft.com/v1.0/directoryObjects/{id}' }`: a reference in a body.
        return { kind: 'part' };
      }
      if (key === 'url' || key === 'uri') {
        // `axios({ url, method })`, `request({ uri, method })`.
        return { kind: 'request', method: methodOfOptions(parent.parent, sourceCode), call: null };
      }
      return { kind: 'request', method: 'GET', call: null };
    }
    case AST_NODE_TYPES.ArrayExpression:
      // `[url, ['user.read']]`, an entry of a protected resource map: which token a URL gets, not a request.
      return parent.elements.length === 2 &&
        parent.elements[0] === current &&
        parent.elements[1]?.type === AST_NODE_TYPES.ArrayExpression
        ? { kind: 'part' }
        : { kind: 'request', method: 'GET', call: null };
    case AST_NODE_TYPES.VariableDeclarator: {
      if (!followVariable || parent.init !== current || parent.id.type !== AST_NODE_TYPES.Identifier) {
        return { kind: 'request', method: 'GET', call: null };
      }
      const variable = findVariable(parent.id, sourceCode);
      const uses = (variable?.references ?? [])
        .filter(reference => reference.isRead())
        .map(reference => useOf(reference.identifier, sourceCode, false));
      // A base URL other strings are built from is no request of its own; its first use in a request says the
      // method; a URL kept for another file (`export const graphMeEndpoint`) is read with GET.
      return (
        uses.find(use => use.kind === 'request' && use.call !== null) ??
        uses.find(use => use.kind === 'client') ??
        (uses.length > 0 && uses.every(use => use.kind === 'part')
          ? { kind: 'part' }
          : { kind: 'request', method: 'GET', call: null })
      );
    }
    default:
      return { kind: 'request', method: 'GET', call: null };
  }
}

/** The body a request call sends: `fetch(url, { body })`, `axios.post(url, body)`, a Graph client `post(body)`. */
function bodyOf(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): TSESTree.Node | undefined {
  const name = memberName(call.callee);
  if (name !== undefined && (HTTP_CLIENT_METHODS[name] !== undefined || CLIENT_TERMINALS[name] !== undefined)) {
    const argument = call.arguments[name in CLIENT_TERMINALS && call.arguments.length === 1 ? 0 : 1];
    return argument;
  }
  const options = call.arguments[1];
  return options
    ? (findProperty(options, 'body', sourceCode)?.value ?? findProperty(options, 'data', sourceCode)?.value)
    : undefined;
}

/** The literal requests of a `$batch` body (`{ requests: [{ id, method, url }] }`, or its `JSON.stringify`). */
function batchRequests(
  body: TSESTree.Node | undefined,
  sourceCode: SourceCode,
  version: string | undefined,
): GraphRequest[] {
  if (!body) {
    return [];
  }
  let value = resolveExpression(body, sourceCode);
  if (
    value.type === AST_NODE_TYPES.CallExpression &&
    value.callee.type === AST_NODE_TYPES.MemberExpression &&
    value.callee.object.type === AST_NODE_TYPES.Identifier &&
    value.callee.object.name === 'JSON' &&
    memberName(value.callee) === 'stringify' &&
    value.arguments[0]
  ) {
    value = resolveExpression(value.arguments[0], sourceCode);
  }
  const requests = findProperty(value, 'requests', sourceCode)?.value;
  const list = requests ? resolveExpression(requests, sourceCode) : undefined;
  if (list?.type !== AST_NODE_TYPES.ArrayExpression) {
    return [];
  }
  const out: GraphRequest[] = [];
  for (const element of list.elements) {
    if (!element || element.type === AST_NODE_TYPES.SpreadElement) {
      continue;
    }
    const url = findProperty(element, 'url', sourceCode)?.value;
    const methodProperty = findProperty(element, 'method', sourceCode);
    const method = methodProperty ? toMethod(getStaticString(methodProperty.value, sourceCode)) : 'GET';
    const path = url ? toRequestPath(getPartialString(url, sourceCode)) : undefined;
    if (url && method && path) {
      out.push({ node: url, method, path, version, via: 'batch' });
    }
  }
  return out;
}

/**
 * Whether what `client.api()` is called on is a Graph client (a client kept in a field, `this.graphClient`, by the
 * value the class writes to it), and the default version its `init` options give (`defaultVersion: 'beta'`).
 */
function graphClientOf(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  depth = 0,
): { known: boolean; defaultVersion: string | undefined } {
  const ref = resolveModuleRef(node, sourceCode);
  if (ref !== undefined && matchesSource(ref.source, GRAPH_CLIENT) && ref.path[0] === 'Client') {
    const init = resolveExpression(node, sourceCode);
    const options = init.type === AST_NODE_TYPES.CallExpression ? init.arguments[0] : undefined;
    const version = options && findProperty(options, 'defaultVersion', sourceCode)?.value;
    return { known: true, defaultVersion: version && getStaticString(version, sourceCode)?.toLowerCase() };
  }
  const written = depth === 0 ? findWrittenValue(node, sourceCode) : undefined;
  return written !== undefined && written !== node
    ? graphClientOf(written, sourceCode, depth + 1)
    : { known: false, defaultVersion: undefined };
}

/** The method and version a Graph client chain from `client.api(path)` ends in, following a variable once. */
function clientChain(
  api: TSESTree.Node,
  sourceCode: SourceCode,
  followVariable = true,
  options: QueryOptions = { select: [], expand: [] },
): {
  method: GraphMethod | undefined;
  version: string | undefined;
  terminal: TSESTree.CallExpression | undefined;
  options: QueryOptions;
} {
  let current: TSESTree.Node = api;
  let version: string | undefined;
  for (;;) {
    const parent = current.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current) {
      const call = parent.parent;
      const name = memberName(parent);
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent || name === undefined) {
        return { method: undefined, version, terminal: undefined, options };
      }
      const method = CLIENT_TERMINALS[name];
      if (method) {
        return { method, version, terminal: call, options };
      }
      if (name === 'version' && call.arguments[0]) {
        version = getStaticString(call.arguments[0], sourceCode)?.toLowerCase();
      }
      if ((name === 'select' || name === 'expand') && call.arguments[0]) {
        // `.select('displayName,mailboxSettings')`, `.select(['displayName', 'mailboxSettings'])`.
        const list = name === 'select' ? options.select : options.expand;
        const values = getStaticStringArray(call.arguments[0], sourceCode)?.map(element => element.value) ?? [
          getStaticString(call.arguments[0], sourceCode),
        ];
        for (const value of values) {
          list.push(...(value === undefined ? [] : splitOptionList(value)));
        }
      }
      current = call;
      continue;
    }
    if (
      followVariable &&
      parent?.type === AST_NODE_TYPES.VariableDeclarator &&
      parent.init === current &&
      parent.id.type === AST_NODE_TYPES.Identifier
    ) {
      // `const request = client.api('/me/messages').top(5); … await request.get()`.
      for (const reference of findVariable(parent.id, sourceCode)?.references ?? []) {
        if (reference.isRead()) {
          const chained = clientChain(reference.identifier, sourceCode, false, {
            select: [...options.select],
            expand: [...options.expand],
          });
          if (chained.method) {
            return { ...chained, version: chained.version ?? version };
          }
        }
      }
    }
    return { method: undefined, version, terminal: undefined, options };
  }
}

/**
 * The listeners that find the Microsoft Graph requests of a file, handing each to `onRequest` as it is found:
 * - Graph JS client chains `client.api(path)…get()` (`post`, `patch`, `put`, `delete`/`del`, `update`, `create`,
 *   `.version('beta')`, absolute URLs in `api()`), on a client from `Client.init`/`initWithMiddleware` of
 *   `@microsoft/microsoft-graph-client`, or on any receiver where the path is one Graph's permission data names;
 * - Graph URLs (`https://graph.microsoft.com/v1.0/…`, base URLs from constants, template literals) given to
 *   `fetch`, axios, got, superagent and the like, with the method from the call (`axios.post`) or its options
 *   (`{ method: 'POST' }`); a URL kept in a constant or a configuration object counts as a GET unless its use in the
 *   file says otherwise; a base URL only used to build others is no request;
 * - the literal requests of `$batch` bodies;
 * - requests of the generated SDK (`client.me.messages.get()`, see `graphSdkRequest`) in files that import it.
 * `onUnresolved` gets the Graph client calls whose path is known only at run time.
 */
export function graphRequestListeners(
  sourceCode: SourceCode,
  onRequest: (request: GraphRequest) => void,
  onUnresolved: (node: TSESTree.Node) => void,
): TSESLint.RuleListener {
  const importsSdk = sourceCode.text.includes(GRAPH_SDK) || sourceCode.text.includes(GRAPH_SDK_BETA);
  const urlNode = (node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression): void => {
    const parent = node.parent;
    if (
      parent?.type === AST_NODE_TYPES.TemplateLiteral ||
      (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') ||
      parent?.type === AST_NODE_TYPES.ImportDeclaration ||
      // A link in markup is a page the browser opens, not a call with a token.
      parent?.type === AST_NODE_TYPES.JSXAttribute ||
      parent?.type === AST_NODE_TYPES.TSLiteralType
    ) {
      return;
    }
    const text = getPartialString(node, sourceCode);
    const url =
      text.includes('graph') || text.includes('chinacloudapi')
        ? parseGraphUrl(text)
        : text.startsWith(UNKNOWN_PART)
          ? fromGraphBase(node, text)
          : undefined;
    const path = url && toRequestPath(url.path);
    if (!url || !path) {
      return;
    }
    const use = useOf(node, sourceCode, true);
    if (use.kind !== 'request' || use.method === 'unknown') {
      return;
    }
    if (path === '/$batch') {
      for (const request of use.call ? batchRequests(bodyOf(use.call, sourceCode), sourceCode, url.version) : []) {
        onRequest(request);
      }
      return;
    }
    const options = queryOptionsOfUrl(url.path);
    onRequest({ node, method: use.method, path, version: url.version, via: 'url', select: options.select });
    for (const implied of impliedPaths(use.method, path, options)) {
      onRequest({ node, method: 'GET', path: implied, version: url.version, via: 'url' });
    }
  };
  return {
    CallExpression(node: TSESTree.CallExpression): void {
      if (importsSdk) {
        const sdk = graphSdkRequest(node, sourceCode);
        if (sdk) {
          onRequest({ node, ...sdk, via: 'sdk' });
          return;
        }
      }
      const callee = node.callee;
      const argument = node.arguments[0];
      if (memberName(callee) !== 'api' || !argument || callee.type !== AST_NODE_TYPES.MemberExpression) {
        return;
      }
      const client = graphClientOf(callee.object, sourceCode);
      const known = client.known;
      const text = getPartialString(argument, sourceCode);
      const url = parseGraphUrl(text);
      const relative = url ? url.path : text.startsWith('/') || /^[a-z]/i.test(text) ? text : undefined;
      const path = relative === undefined ? undefined : toRequestPath(relative);
      const chain = clientChain(node, sourceCode);
      if (!chain.method) {
        return;
      }
      if (!path) {
        if (known) {
          onUnresolved(argument);
        }
        return;
      }
      // On a receiver not known to be a Graph client, only a path Graph's permission data names counts.
      if (
        !known &&
        path !== '/$batch' &&
        !matchGraphPath(chain.method, path, 'delegated') &&
        !matchGraphPath(chain.method, path, 'application')
      ) {
        return;
      }
      const version = url?.version ?? chain.version ?? client.defaultVersion ?? 'v1.0';
      if (path === '/$batch') {
        for (const request of chain.terminal
          ? batchRequests(bodyOf(chain.terminal, sourceCode), sourceCode, version)
          : []) {
          onRequest(request);
        }
        return;
      }
      const urlOptions = queryOptionsOfUrl(relative ?? '');
      const options = {
        select: [...chain.options.select, ...urlOptions.select],
        expand: [...chain.options.expand, ...urlOptions.expand],
      };
      onRequest({ node: argument, method: chain.method, path, version, via: 'client', select: options.select });
      for (const implied of impliedPaths(chain.method, path, options)) {
        onRequest({ node: argument, method: 'GET', path: implied, version, via: 'client' });
      }
    },
    Literal(node: TSESTree.Literal): void {
      if (typeof node.value === 'string' && node.value.startsWith('https://')) {
        urlNode(node);
      }
    },
    TemplateLiteral(node: TSESTree.TemplateLiteral): void {
      urlNode(node);
    },
    BinaryExpression(node: TSESTree.BinaryExpression): void {
      if (node.operator === '+') {
        urlNode(node);
      }
    },
  };
}
