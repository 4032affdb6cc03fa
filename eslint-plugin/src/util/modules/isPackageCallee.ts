import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getCalleeName } from '../ast/getCalleeName';
import { skipWrappers } from '../ast/skipWrappers';
import { isLocalDefinition } from '../evaluate/isLocalDefinition';
import { matchesSource, resolveModuleRef } from './resolveModuleRef';

/**
 * Whether a callee goes by `name` (as written, or as the export it resolves to) and belongs to one of `sources`:
 * it resolves into that package, or to nothing at all (an unresolved global keeps the benefit of the doubt when
 * the name is distinctive). A function or class declared in this file, or an import from another module, is not it.
 */
export function isPackageCallee(
  callee: TSESTree.Node,
  name: string,
  sources: string | readonly string[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const node = skipWrappers(callee);
  if (getCalleeName(node, sourceCode)?.name !== name) {
    return false;
  }
  if (node.type === AST_NODE_TYPES.Identifier && isLocalDefinition(node, sourceCode)) {
    return false;
  }
  const ref = resolveModuleRef(node, sourceCode);
  return !ref || matchesSource(ref.source, sources);
}
