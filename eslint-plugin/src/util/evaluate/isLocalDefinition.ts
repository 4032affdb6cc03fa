import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { CLASS_NAME, findVariable, FUNCTION_NAME } from './findVariable';

/** Whether an identifier is bound to a function or class declared in this file (a definition, not a library's). */
export function isLocalDefinition(node: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const def = findVariable(node, sourceCode)?.defs[0];
  return def?.type === FUNCTION_NAME || def?.type === CLASS_NAME;
}
