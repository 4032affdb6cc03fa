import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { getMemberKey } from '../evaluate/staticValue';
import {
  CLASS_NAME,
  findVariable,
  FUNCTION_NAME,
  getDeclaredNames,
  IMPORT_BINDING,
  VARIABLE,
} from '../evaluate/findVariable';
import { createPerFileCache } from '../rule/perFileCache';
import type { ModuleRef } from './resolveModuleRef';
import { CALL, NEW, resolveModuleRef } from './resolveModuleRef';

/** What a callee is: the package export it resolves to (if any) and the name it goes by. */
export interface CalleeInfo {
  /** The export name (`ClientSecretCredential` for an alias `CSC`), else the name written (`sign` in `jwt.sign`). */
  name: string;
  ref: ModuleRef | undefined;
}

/**
 * What each variable a callee names stands for, per file (shared by every rule's resolver): the export it resolves
 * to, `null` for a local function or class, `false` for neither.
 */
const VARIABLE_REFS = createPerFileCache<TSESLint.Scope.Variable, ModuleRef | null | false>();

/**
 * A per-file resolver for callees, for rules that look at every call: `resolve(callee)` gives the export a
 * callee stands for and its name, resolving each variable once per file (a cache keyed by variable, shared by the
 * rules), and `undefined` for local functions and classes (a definition that shares a library name is not the
 * library's) and dynamic keys. Parameters and undeclared globals keep the name written, so `jwt.sign(…)` on a `jwt`
 * parameter is `sign`.
 */
export function createCalleeResolver(
  sourceCode: Readonly<TSESLint.SourceCode>,
): (callee: TSESTree.Node) => CalleeInfo | undefined {
  function refOfVariable(variable: TSESLint.Scope.Variable, node: TSESTree.Node): ModuleRef | undefined | null {
    const known = VARIABLE_REFS.get(sourceCode, variable);
    if (known !== undefined) {
      return known === false ? undefined : known;
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
    VARIABLE_REFS.set(sourceCode, variable, result === undefined ? false : result);
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
