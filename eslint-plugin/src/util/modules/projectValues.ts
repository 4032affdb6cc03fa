/**
 * Static values across the project's modules: `resolveExpression` within one file, continued into the module a
 * relative import leads to (`projectModules.ts`). Because the value found may be a node of another file, it comes
 * back with that file's `SourceCode` (every question about the node goes to it) and with its origin, for findings
 * reported at the use: "the scopes imported from `./authConfig` (line 12)".
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';
import { skipWrappers } from '../ast/skipWrappers';
import {
  findProperty,
  getMemberKey,
  getStaticString,
  MAX_RESOLVE_DEPTH,
  resolveExpression,
} from '../evaluate/staticValue';
import { createPerFileValue } from '../rule/perFileCache';
import { IMPORT_BINDING, VARIABLE } from '../evaluate/findVariable';
import { isRelativeSpecifier } from './projectFiles';
import {
  findExport,
  isFollowedFile,
  loadImported,
  MAX_MODULE_HOPS,
  relativeRequireSource,
  requiredValue,
  resolveImportedBinding,
  type ModuleExport,
  type ModuleNamespace,
  type ProjectModule,
} from './projectModules';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Where a value of another module comes from. */
export interface ValueOrigin {
  /** The specifier the linted file imports it by (`./authConfig`). */
  specifier: string;
  /** The absolute path of the file the value is written in. */
  file: string;
  /** The 1-based line of the value in that file. */
  line: number;
}

/** A value: its node and the `SourceCode` of the file the node is in; `origin` when that is another module. */
export interface ProjectValue {
  node: TSESTree.Node;
  sourceCode: SourceCode;
  origin?: ValueOrigin;
}

type Resolved = ProjectValue | { namespace: ProjectModule; origin: ValueOrigin };

/**
 * What `node` stands for, following same-file constants and, where the trail reaches a binding imported from a
 * relative module of the project (or `require`d from one), the export in that module, member accesses included
 * (`config.auth.scopes`, `ns.loginRequest`). `node` itself (with `sourceCode`) where nothing more is known.
 */
export function resolveProjectValue(node: TSESTree.Node, sourceCode: SourceCode): ProjectValue {
  const resolved = resolve(node, sourceCode, undefined, 0, 0);
  if (!resolved || !('node' in resolved)) {
    return { node: resolveExpression(node, sourceCode), sourceCode };
  }
  // The origin's line: where the value finally is.
  return resolved.origin
    ? { ...resolved, origin: { ...resolved.origin, line: resolved.node.loc.start.line } }
    : resolved;
}

/**
 * Whether `node` may stand for a value of another project module: a chain (`a.b.c`, `a.b()`, through same-file
 * constants) that starts at a name a relative `import` or `require` binds, or at such a `require`/`import()`. A
 * cheap test for analyses that meet many values, made before `resolveProjectValue`; always false in a file imports
 * are not followed from.
 */
export function mayBeProjectValue(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (!isFollowedFile(sourceCode)) {
    return false;
  }
  let current = skipWrappers(node);
  for (let step = 0; step < MAX_RESOLVE_DEPTH; step++) {
    switch (current.type) {
      case AST_NODE_TYPES.MemberExpression:
        current = skipWrappers(current.object);
        break;
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.ImportExpression:
        if (relativeRequireSource(current) !== undefined) {
          return true;
        }
        if (current.type !== AST_NODE_TYPES.CallExpression) {
          return false;
        }
        current = skipWrappers(current.callee);
        break;
      case AST_NODE_TYPES.Identifier: {
        if (projectBindings(sourceCode).has(current.name)) {
          return true;
        }
        // `const config = imported;` and the like: where a same-file constant leads.
        const next = resolveExpression(current, sourceCode);
        if (next === current) {
          return false;
        }
        current = skipWrappers(next);
        break;
      }
      default:
        return false;
    }
  }
  return false;
}

const bindings = createPerFileValue<ReadonlySet<string>>();

/** The names a file binds by a relative `import` (not type-only) or `require` (any scope), found once per file. */
function projectBindings(sourceCode: SourceCode): ReadonlySet<string> {
  const known = bindings.get(sourceCode);
  if (known) {
    return known;
  }
  const names = new Set<string>();
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    for (const variable of scope.variables) {
      const def = variable.defs[0];
      if (def?.type === IMPORT_BINDING) {
        const declaration = def.parent;
        const source =
          declaration.type === AST_NODE_TYPES.ImportDeclaration
            ? declaration.importKind === 'type'
              ? undefined
              : declaration.source.value
            : declaration.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
                declaration.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference &&
                declaration.moduleReference.expression.type === AST_NODE_TYPES.Literal
              ? String(declaration.moduleReference.expression.value)
              : undefined;
        if (source !== undefined && isRelativeSpecifier(source)) {
          names.add(variable.name);
        }
      } else if (def?.type === VARIABLE && def.node.init && relativeRequireSource(def.node.init) !== undefined) {
        names.add(variable.name);
      }
    }
  }
  bindings.set(sourceCode, names);
  return names;
}

/**
 * `findProperty` across modules: the property `key` of the object `objectNode` stands for, that object possibly
 * imported from another module. The property comes with the `SourceCode` of its file and the origin.
 */
export function findProjectProperty(
  objectNode: TSESTree.Node,
  key: string,
  sourceCode: SourceCode,
): { property: TSESTree.Property; sourceCode: SourceCode; origin?: ValueOrigin } | undefined {
  const object = resolveProjectValue(objectNode, sourceCode);
  const property = findProperty(object.node, key, object.sourceCode);
  return property && { property, sourceCode: object.sourceCode, origin: object.origin };
}

/** The static string a value stands for across modules (`getStaticString`, continued into imports). */
export function getProjectString(node: TSESTree.Node, sourceCode: SourceCode): string | undefined {
  const local = getStaticString(node, sourceCode);
  if (local !== undefined) {
    return local;
  }
  const value = resolveProjectValue(node, sourceCode);
  return value.origin ? getStaticString(value.node, value.sourceCode) : undefined;
}

function resolve(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  origin: ValueOrigin | undefined,
  hops: number,
  depth: number,
): Resolved | undefined {
  if (depth >= MAX_RESOLVE_DEPTH || hops > MAX_MODULE_HOPS) {
    return undefined;
  }
  const current = resolveExpression(node, sourceCode);
  switch (current.type) {
    case AST_NODE_TYPES.Identifier: {
      const imported = resolveImportedBinding(current, sourceCode, hops);
      if (!imported) {
        return { node: current, sourceCode, origin };
      }
      return fromExport(imported, origin ?? originOf(imported.specifier), hops + 1, depth + 1);
    }
    case AST_NODE_TYPES.MemberExpression: {
      const key = getMemberKey(current, sourceCode);
      const object = key === undefined ? undefined : resolve(current.object, sourceCode, origin, hops, depth + 1);
      if (!object || key === undefined || (!object.origin && !('namespace' in object))) {
        return { node: current, sourceCode, origin };
      }
      if ('namespace' in object) {
        const found = findExport(object.namespace, key, hops);
        return found ? fromExport(found, object.origin, hops + 1, depth + 1) : undefined;
      }
      if (object.node.type === AST_NODE_TYPES.ObjectExpression) {
        const property = findProperty(object.node, key, object.sourceCode);
        return property ? resolve(property.value, object.sourceCode, object.origin, hops, depth + 1) : undefined;
      }
      if (object.node.type === AST_NODE_TYPES.ArrayExpression && /^\d+$/.test(key)) {
        const element = object.node.elements[Number(key)];
        const spread = object.node.elements.some(e => e?.type === AST_NODE_TYPES.SpreadElement);
        return element && !spread ? resolve(element, object.sourceCode, object.origin, hops, depth + 1) : undefined;
      }
      return undefined;
    }
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.ImportExpression: {
      const specifier = relativeRequireSource(current);
      const module = specifier === undefined ? undefined : loadImported(specifier, sourceCode);
      if (!module || specifier === undefined) {
        return { node: current, sourceCode, origin };
      }
      const value = skipWrappers(current).type === AST_NODE_TYPES.CallExpression ? requiredValue(module) : undefined;
      return fromExport(value ?? { namespace: module }, origin ?? originOf(specifier), hops + 1, depth + 1);
    }
    default:
      return { node: current, sourceCode, origin };
  }
}

function originOf(specifier: string): ValueOrigin {
  return { specifier, file: '', line: 0 };
}

function fromExport(
  found: ModuleExport | ModuleNamespace,
  origin: ValueOrigin,
  hops: number,
  depth: number,
): Resolved | undefined {
  if ('namespace' in found) {
    return { namespace: found.namespace, origin: { ...origin, file: found.namespace.file, line: 1 } };
  }
  const { sourceCode } = found.module;
  const at = { ...origin, file: found.module.file, line: found.node.loc.start.line };
  const value = resolve(found.node, sourceCode, at, hops, depth);
  if (!value || !found.member) {
    return value;
  }
  if (!('node' in value) || value.node.type !== AST_NODE_TYPES.ObjectExpression) {
    return undefined;
  }
  const property = findProperty(value.node, found.member, value.sourceCode);
  return property && resolve(property.value, value.sourceCode, value.origin ?? at, hops, depth + 1);
}
