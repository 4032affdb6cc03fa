import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { CREDENTIAL_SINK_PACKAGES, CREDENTIAL_SINKS } from '../data/credentialSinks.generated';
import type { SinkPosition } from '../data/credentialSinks.generated';
import { getDeclaredNames, IMPORT_BINDING, VARIABLE } from '../evaluate/findVariable';
import { resolveConstInit } from '../evaluate/resolveConstInit';
import { getMemberKey, MAX_RESOLVE_DEPTH } from '../evaluate/staticValue';
import { CALL, getRequireSource, NEW, resolveModuleRef } from '../modules/resolveModuleRef';
import { createPerFileValue } from '../rule/perFileCache';
import { registerMentions, sourceMentionsAny } from '../rule/sourceMentions';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A call that the catalog lists: the package it resolved to and its credential positions. */
export interface SinkCall {
  /** The package name (`pg`, `@aws-sdk/client-s3`), or `(global)` for the runtime's `fetch`, `Headers`, `Request`. */
  pkg: string;
  positions: readonly SinkPosition[];
}

/** The runtime's globals the catalog lists (`(global)`). */
const GLOBALS = new Set(['fetch', 'Headers', 'Request']);
export const GLOBAL_PACKAGE = '(global)';

/** `node:crypto` → `crypto`, `@scope/pkg/sub` → `@scope/pkg`, `aws-sdk/clients/s3` → `aws-sdk`. */
export function packageOf(source: string): string {
  const bare = source.startsWith('node:') ? source.slice(5) : source;
  const slash = bare.indexOf('/');
  if (slash < 0) {
    return bare;
  }
  if (bare.startsWith('@')) {
    const second = bare.indexOf('/', slash + 1);
    return second < 0 ? bare : bare.slice(0, second);
  }
  return bare.slice(0, slash);
}

function isCall(step: string): boolean {
  return step === CALL || step === NEW;
}

/**
 * The catalog's positions for a call or `new`, or `undefined` when its callee does not resolve (through imports,
 * `require`, same-file constants and member chains) to a package API the catalog lists. One map lookup, and a second
 * for a method chain (`get(url).set(…).auth(…)` is looked up as `get () … auth ()` too).
 */
export function resolveSinkCall(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): SinkCall | undefined {
  const ref = resolveModuleRef(node, sourceCode) ?? resolveGlobalRef(node, sourceCode, 0);
  if (!ref || ref.path.length === 0) {
    return undefined;
  }
  const pkg = ref.source === GLOBAL_PACKAGE ? GLOBAL_PACKAGE : packageOf(ref.source);
  const path = ref.path;
  const exact = CREDENTIAL_SINKS.get(`${pkg}|${path.join(' ')}`);
  if (exact) {
    return { pkg, positions: exact };
  }
  // `first () … method ()`: the steps up to the first call, then the last method and its call.
  const first = path.findIndex(isCall);
  const n = path.length;
  if (first < 0 || first >= n - 2 || isCall(path[n - 2]!)) {
    return undefined;
  }
  const chained = CREDENTIAL_SINKS.get(
    `${pkg}|${[...path.slice(0, first + 1), '…', path[n - 2], path[n - 1]].join(' ')}`,
  );
  return chained && { pkg, positions: chained };
}

/**
 * The path of a value made from one of the runtime's globals (`fetch`, `new Headers()`), through same-file
 * constants: `const headers = new Headers(); headers.set(…)` is `Headers new() set ()`.
 */
function resolveGlobalRef(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  depth: number,
): { source: string; path: string[] } | undefined {
  if (depth >= MAX_RESOLVE_DEPTH) {
    return undefined;
  }
  const current = skipWrappers(node);
  switch (current.type) {
    case AST_NODE_TYPES.Identifier: {
      if (GLOBALS.has(current.name)) {
        const names = getDeclaredNames(sourceCode);
        return names.withValue.has(current.name) ||
          names.definitions.has(current.name) ||
          names.fileLevel.has(current.name)
          ? undefined
          : { source: GLOBAL_PACKAGE, path: [current.name] };
      }
      const init = resolveConstInit(current, sourceCode);
      return init && resolveGlobalRef(init, sourceCode, depth + 1);
    }
    case AST_NODE_TYPES.MemberExpression: {
      const key = getMemberKey(current, sourceCode);
      const base = key === undefined ? undefined : resolveGlobalRef(current.object, sourceCode, depth + 1);
      return base && { source: base.source, path: [...base.path, key!] };
    }
    case AST_NODE_TYPES.CallExpression: {
      const base = resolveGlobalRef(current.callee, sourceCode, depth + 1);
      return base && { source: base.source, path: [...base.path, CALL] };
    }
    case AST_NODE_TYPES.NewExpression: {
      const base = resolveGlobalRef(current.callee, sourceCode, depth + 1);
      return base && { source: base.source, path: [...base.path, NEW] };
    }
    case AST_NODE_TYPES.AwaitExpression:
      return resolveGlobalRef(current.argument, sourceCode, depth + 1);
    default:
      return undefined;
  }
}

const PACKAGES = new Set(CREDENTIAL_SINK_PACKAGES);
/** The words a file that uses one of `GLOBALS` contains (`headers.set(…)` needs a `new Headers(…)` to be a sink). */
const GLOBAL_WORDS = registerMentions(['fetch(', 'new headers', 'new request']);
const ROOTS = createPerFileValue<ReadonlySet<string>>();

/** Whether a module specifier is a catalogued package or one of its subpaths; relative paths are answered at once. */
function isCataloguedSource(source: string): boolean {
  return source.charCodeAt(0) !== 46 /* . */ && (PACKAGES.has(source) || PACKAGES.has(packageOf(source)));
}

/**
 * Where a chain of members, calls and `new` starts: `a` of `a.b(c).d()`, the `require(…)` call of
 * `require('pg').Client`; `undefined` for anything else (`this`, literals, functions).
 */
function chainRoot(node: TSESTree.Node): TSESTree.Identifier | TSESTree.CallExpression | undefined {
  let current = skipWrappers(node);
  for (let i = 0; i < 64; i++) {
    switch (current.type) {
      case AST_NODE_TYPES.Identifier:
        return current;
      case AST_NODE_TYPES.MemberExpression:
        current = skipWrappers(current.object);
        break;
      case AST_NODE_TYPES.CallExpression:
        if (current.callee.type === AST_NODE_TYPES.Identifier && current.callee.name === 'require') {
          return current;
        }
        current = skipWrappers(current.callee);
        break;
      case AST_NODE_TYPES.NewExpression:
        current = skipWrappers(current.callee);
        break;
      case AST_NODE_TYPES.AwaitExpression:
        current = skipWrappers(current.argument);
        break;
      default:
        return undefined;
    }
  }
  return undefined;
}

/**
 * The names in a file that can start a chain leading to a catalogued API: variables imported or required from a
 * catalogued package, the runtime's `fetch`, `Headers` and `Request` where the file does not declare its own, and
 * variables initialised from a chain that starts at one of those (`const client = ldap.createClient()`). By name, so
 * an over-approximation: a call whose chain starts elsewhere (`console.log`, `this.x()`, a parameter) is not resolved.
 */
export function getSinkRoots(sourceCode: SourceCode): ReadonlySet<string> {
  let roots = ROOTS.get(sourceCode);
  if (roots) {
    return roots;
  }
  const names = new Set<string>();
  if (sourceMentionsAny(sourceCode, GLOBAL_WORDS)) {
    const declared = getDeclaredNames(sourceCode);
    for (const name of GLOBALS) {
      if (!declared.withValue.has(name) && !declared.definitions.has(name) && !declared.fileLevel.has(name)) {
        names.add(name);
      }
    }
  }
  const scopes = sourceCode.scopeManager?.scopes ?? [];
  const requires = requiresCatalogued(sourceCode.text);
  // Imports (and `require`s) at the top of the file first: a file with none of a catalogued package needs no more.
  for (const scope of scopes) {
    if (scope.block.type === AST_NODE_TYPES.Program) {
      collectRoots(scope, names, undefined, requires, sourceCode);
    }
  }
  const derived: [string, string][] = [];
  // Then every scope, for `require`s inside functions and the variables made from a root.
  for (const scope of names.size > 0 || requires ? scopes : []) {
    collectRoots(scope, names, derived, requires, sourceCode);
  }
  for (let changed = derived.length > 0, round = 0; changed && round < 8; round++) {
    changed = false;
    for (const [name, root] of derived) {
      if (!names.has(name) && names.has(root)) {
        names.add(name);
        changed = true;
      }
    }
  }
  roots = names;
  ROOTS.set(sourceCode, roots);
  return roots;
}

/** `require(` with its argument when that is a plain string. */
const REQUIRE_CALL = /\brequire\s*\(\s*(?:(['"])([^'"\n]*)\1)?/g;

/**
 * Whether a file may `require` a catalogued package: a `require` of one by name, or of a computed name (resolved
 * later). A CommonJS file that only requires other packages and its own modules needs no walk of its scopes.
 */
function requiresCatalogued(text: string): boolean {
  if (!text.includes('require')) {
    return false;
  }
  for (const match of text.matchAll(REQUIRE_CALL)) {
    const source = match[2];
    if (source === undefined || isCataloguedSource(source)) {
      return true;
    }
  }
  return false;
}

function collectRoots(
  scope: TSESLint.Scope.Scope,
  names: Set<string>,
  derived: [string, string][] | undefined,
  requires: boolean,
  sourceCode: SourceCode,
): void {
  for (const variable of scope.variables) {
    const def = variable.defs[0];
    if (def?.type === IMPORT_BINDING) {
      const declaration = def.parent;
      if (declaration.type === AST_NODE_TYPES.ImportDeclaration) {
        if (isCataloguedSource(declaration.source.value)) {
          names.add(variable.name);
        }
      } else if (declaration.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
        names.add(variable.name);
      }
    } else if (def?.type === VARIABLE && def.node.init && (derived || requires)) {
      const root = chainRoot(def.node.init);
      if (root?.type === AST_NODE_TYPES.Identifier) {
        derived?.push([variable.name, root.name]);
      } else if (root) {
        const source = getRequireSource(root, sourceCode);
        if (source !== undefined && isCataloguedSource(source)) {
          names.add(variable.name);
        }
      } else if (derived && def.node.init.type === AST_NODE_TYPES.AwaitExpression) {
        names.add(variable.name); // `await import('pkg')`
      }
    }
  }
}

/**
 * Whether a call's chain starts at a name that can lead to a catalogued API (`getSinkRoots`): the one test made of
 * every call of a file, before anything is resolved.
 */
export function mayBeSinkCall(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): boolean {
  const root = chainRoot(node.callee);
  if (root === undefined) {
    return false;
  }
  return root.type !== AST_NODE_TYPES.Identifier || getSinkRoots(sourceCode).has(root.name);
}
