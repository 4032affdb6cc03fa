import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { getMemberKey } from '../evaluate/staticValue';
import { CLASS_NAME, findVariable, FUNCTION_NAME, getDeclaredNames, IMPORT_BINDING, VARIABLE } from '../evaluate/findVariable';
import type { ModuleRef } from './resolveModuleRef';
import { CALL, NEW, resolveModuleRef } from './resolveModuleRef';

/** What a callee is: the package export it resolves to (if any) and the name it goes by. */
export interface CalleeInfo {
  /** The export name (`ClientSecretCredential` for an alias `CSC`), else the name written (`sign` in `jwt.sign`). */
  name: string;
  ref: ModuleRef | undefined;
}

/**
 * A per-file resolver for callees, for rules that look at every call: `resolve(callee)` gives the export a
 * callee stands for and its name, resolving each variable once (a cache keyed by variable), and `undefined` for
 * local functions and classes (a definition that shares a library name is not the library's) and dynamic keys.
 * Parameters and undeclared globals keep the name written, so `jwt.sign(…)` on a `jwt` parameter is `sign`.
 */
export function createCalleeResolver(sourceCode: Readonly<TSESLint.SourceCode>): (callee: TSESTree.Node) => CalleeInfo | undefined {
  const cache = new Map<TSESLint.Scope.Variable, ModuleRef | undefined | null>();

  function refOfVariable(variable: TSESLint.Scope.Variable, node: TSESTree.Node): ModuleRef | undefined | null {
    if (cache.has(variable)) {
      return cache.get(variable);
    }
    const def = variable.defs[0];
    let result: ModuleRef | undefined | null;
    if (def?.type === FUNCTION_NAME || def?.type === CLASS_NAME) {
      result = null; // a local definition
    } else if (def?.type === IMPORT_BINDING || (def?.type === VARIABLE && def.node.init)) {
      result = resolveModuleRef(node, sourceCode);
    } else {
      result = undefined;
    }
    cache.set(variable, result);
    return result;
  }

  return function resolve(callee: TSESTree.Node): CalleeInfo | undefined {
    const node = skipWrappers(callee);
    if (node.type === AST_NODE_TYPES.Identifier) {
      // A name the file never declares with a value or as a function or class: a global or a parameter.
      const declared = getDeclaredNames(sourceCode);
      if (!declared.withValue.has(node.name) && !declared.definitions.has(node.name)) {
        return { name: node.name, ref: undefined };
      }
      const variable = findVariable(node, sourceCode);
      const ref = variable ? refOfVariable(variable, node) : undefined;
      if (ref === null) {
        return undefined;
      }
      const last = ref?.path.at(-1);
      return { name: last !== undefined && last !== CALL && last !== NEW ? last : node.name, ref };
    }
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const name = getMemberKey(node, sourceCode);
      if (name === undefined) {
        return undefined;
      }
      return { name, ref: undefined };
    }
    return undefined;
  };
}
