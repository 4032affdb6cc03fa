import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { CREDENTIAL_SINKS } from '../data/credentialSinks.generated';
import type { SinkPosition } from '../data/credentialSinks.generated';
import { getDeclaredNames } from '../evaluate/findVariable';
import { resolveConstInit } from '../evaluate/resolveConstInit';
import { getMemberKey, MAX_RESOLVE_DEPTH } from '../evaluate/staticValue';
import { CALL, NEW, resolveModuleRef } from '../modules/resolveModuleRef';

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
