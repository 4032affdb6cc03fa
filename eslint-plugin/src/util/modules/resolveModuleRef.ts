import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { getMemberKey, getStaticString, MAX_RESOLVE_DEPTH } from '../evaluate/staticValue';
import { findVariable, IMPORT_BINDING, isNeverReassigned, VARIABLE } from '../evaluate/findVariable';
import { createPerFileCache } from '../rule/perFileCache';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A step in a `ModuleRef` path that stands for calling the value before it. */
export const CALL = '()';
/** A step in a `ModuleRef` path that stands for `new` on the value before it. */
export const NEW = 'new()';

/**
 * What a value is, in terms of a package: `source` is the module specifier (`'jsonwebtoken'`), `path` the steps
 * from the module object to the value (`['verify']`; `[]` is the module itself). A default import and
 * `require()` both stand for the module object (CommonJS interop), so `import jwt from 'jsonwebtoken'` and
 * `const jwt = require('jsonwebtoken')` give the same reference, and `.default` right after the module is dropped.
 * Calls and `new` are recorded as the `CALL` / `NEW` steps: `new msal.PublicClientApplication(c)` is
 * `{ source: '@azure/msal-node', path: ['PublicClientApplication', 'new()'] }`.
 */
export interface ModuleRef {
  source: string;
  path: readonly string[];
}

/**
 * Which export of which package an expression refers to, following ESM default, named, renamed and namespace
 * imports, `import x = require()`, CommonJS `require` (with destructuring, renaming and nested patterns),
 * `require('pkg').member`, `await import('pkg')`, same-file `const` aliases, member access, calls and `new`.
 * `undefined` when the expression does not come from an imported module.
 */
export function resolveModuleRef(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): ModuleRef | undefined {
  if (depth === 0) {
    // Many rules ask about the same callee: answer each node once per file (nodes are unique to their file's AST).
    const cached = CACHE.get(sourceCode, node);
    if (cached !== undefined) {
      return cached ?? undefined;
    }
    const result = resolveModuleRefUncached(node, sourceCode, 0);
    CACHE.set(sourceCode, node, result ?? null);
    return result;
  }
  return resolveModuleRefUncached(node, sourceCode, depth);
}

const CACHE = createPerFileCache<TSESTree.Node, ModuleRef | null>();

function resolveModuleRefUncached(node: TSESTree.Node, sourceCode: SourceCode, depth: number): ModuleRef | undefined {
  if (depth >= MAX_RESOLVE_DEPTH) {
    return undefined;
  }
  const current = skipWrappers(node);
  switch (current.type) {
    case AST_NODE_TYPES.Identifier:
      return resolveIdentifier(current, sourceCode, depth);
    case AST_NODE_TYPES.MemberExpression: {
      const key = getMemberKey(current, sourceCode);
      if (key === undefined) {
        return undefined;
      }
      const base = resolveModuleRef(current.object, sourceCode, depth + 1);
      return base && append(base, key);
    }
    case AST_NODE_TYPES.CallExpression: {
      const source = getRequireSource(current, sourceCode);
      if (source !== undefined) {
        return { source, path: [] };
      }
      const base = resolveModuleRef(current.callee, sourceCode, depth + 1);
      return base && append(base, CALL);
    }
    case AST_NODE_TYPES.NewExpression: {
      const base = resolveModuleRef(current.callee, sourceCode, depth + 1);
      return base && append(base, NEW);
    }
    case AST_NODE_TYPES.ImportExpression: {
      const source = getStaticString(current.source, sourceCode);
      return source === undefined ? undefined : { source, path: [] };
    }
    case AST_NODE_TYPES.AwaitExpression:
      // `await import('pkg')` and awaited factories: a promise resolves to the module or value it wraps.
      return resolveModuleRef(current.argument, sourceCode, depth + 1);
    default:
      return undefined;
  }
}

/** `require('pkg')` (where `require` is not a local binding): the specifier; otherwise `undefined`. */
export function getRequireSource(call: TSESTree.CallExpression, sourceCode: SourceCode): string | undefined {
  const callee = skipWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'require' || call.arguments.length !== 1) {
    return undefined;
  }
  const variable = findVariable(callee, sourceCode);
  if (variable && variable.defs.length > 0) {
    return undefined;
  }
  const [arg] = call.arguments;
  return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? getStaticString(arg, sourceCode) : undefined;
}

function append(base: ModuleRef, step: string): ModuleRef {
  if (step === 'default' && base.path.length === 0) {
    return base;
  }
  return { source: base.source, path: [...base.path, step] };
}

function resolveIdentifier(node: TSESTree.Identifier, sourceCode: SourceCode, depth: number): ModuleRef | undefined {
  const variable = findVariable(node, sourceCode);
  return variable && resolveVariableRef(variable, sourceCode, depth);
}

/** `resolveModuleRef` for a variable rather than one of its references. */
export function resolveVariableRef(
  variable: TSESLint.Scope.Variable,
  sourceCode: SourceCode,
  depth = 0,
): ModuleRef | undefined {
  const def = variable.defs[0];
  if (!variable || !def || variable.defs.length !== 1) {
    return undefined;
  }
  if (def.type === IMPORT_BINDING) {
    const declaration = def.parent;
    if (declaration.type === AST_NODE_TYPES.ImportDeclaration) {
      const source = declaration.source.value;
      const specifier = def.node;
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
        const imported =
          specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        return append({ source, path: [] }, imported);
      }
      return { source, path: [] };
    }
    if (declaration.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const reference = declaration.moduleReference;
      if (reference.type === AST_NODE_TYPES.TSExternalModuleReference) {
        const source = getStaticString(reference.expression, sourceCode);
        return source === undefined ? undefined : { source, path: [] };
      }
    }
    return undefined;
  }
  if (def.type !== VARIABLE || !isNeverReassigned(variable) || !def.node.init) {
    return undefined;
  }
  const base = resolveModuleRef(def.node.init, sourceCode, depth + 1);
  if (!base) {
    return undefined;
  }
  if (def.node.id.type === AST_NODE_TYPES.Identifier) {
    return base;
  }
  const steps = patternPath(def.node.id, def.name, sourceCode);
  return steps && steps.reduce(append, base);
}

/**
 * The property steps from the root of a destructuring pattern down to `target`; `undefined` if not found or dynamic.
 */
function patternPath(
  pattern: TSESTree.Node,
  target: TSESTree.Identifier,
  sourceCode: SourceCode,
): string[] | undefined {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return pattern === target ? [] : undefined;
    case AST_NODE_TYPES.AssignmentPattern:
      return patternPath(pattern.left, target, sourceCode);
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) {
          continue;
        }
        const inner = patternPath(property.value, target, sourceCode);
        if (inner) {
          const key = property.computed
            ? getStaticString(property.key, sourceCode)
            : property.key.type === AST_NODE_TYPES.Identifier
              ? property.key.name
              : property.key.type === AST_NODE_TYPES.Literal
                ? String(property.key.value)
                : undefined;
          return key === undefined ? undefined : [key, ...inner];
        }
      }
      return undefined;
    case AST_NODE_TYPES.ArrayPattern:
      for (let i = 0; i < pattern.elements.length; i++) {
        const element = pattern.elements[i];
        const inner = element && patternPath(element, target, sourceCode);
        if (inner) {
          return [String(i), ...inner];
        }
      }
      return undefined;
    default:
      return undefined;
  }
}

/**
 * Whether `ref` is `path` of one of `sources`. A source also matches its subpath exports
 * (`jose/jwt/verify` for `jose`), so callers name the package once.
 */
export function isModuleRef(
  ref: ModuleRef | undefined,
  sources: string | readonly string[],
  path: readonly string[],
): boolean {
  if (!ref || ref.path.length !== path.length || !matchesSource(ref.source, sources)) {
    return false;
  }
  return ref.path.every((step, i) => step === path[i]);
}

/** Whether a module specifier is one of `sources` or a subpath of one (`pkg/sub`). */
export function matchesSource(source: string, sources: string | readonly string[]): boolean {
  if (typeof sources === 'string') {
    return isSourceOrSubpath(source, sources);
  }
  for (const s of sources) {
    if (isSourceOrSubpath(source, s)) {
      return true;
    }
  }
  return false;
}

/** `source === s`, or `source` is `s/…`; without building a string. */
function isSourceOrSubpath(source: string, s: string): boolean {
  return (
    source === s || (source.length > s.length && source.charCodeAt(s.length) === 47 /* / */ && source.startsWith(s))
  );
}
