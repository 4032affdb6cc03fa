import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/types';

import { findVariable, findVariableByName, IMPORT_BINDING, VARIABLE } from './findVariable';
import { isModuleRef, resolveVariableRef } from './resolveModuleRef';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Edits that make `callee` (an identifier imported from `source`, by ESM import or CommonJS destructuring) name
 * the export `target` of the same module instead: the callee is renamed, and `target` is added to the import
 * (replacing the old name when the callee was its only use). Uses an existing binding of `target` from the same
 * module when there is one. `undefined` when the import cannot be edited safely (a name clash, a default or
 * namespace import, an unresolvable binding).
 */
export function renameImportedCallee(
  callee: TSESTree.Identifier,
  source: string,
  target: string,
  sourceCode: SourceCode,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
  const existing = findVariableByName(target, callee, sourceCode);
  if (existing) {
    return isModuleRef(resolveVariableRef(existing, sourceCode), source, [target]) ? fixer => [fixer.replaceText(callee, target)] : undefined;
  }
  const variable = findVariable(callee, sourceCode);
  const def = variable?.defs[0];
  if (!variable || !def) {
    return undefined;
  }
  let binding: TSESTree.Node | undefined;
  if (def.type === IMPORT_BINDING && def.node.type === AST_NODE_TYPES.ImportSpecifier) {
    binding = def.node;
  } else if (def.type === VARIABLE && def.node.id.type === AST_NODE_TYPES.ObjectPattern) {
    binding = def.node.id.properties.find(p => p.type === AST_NODE_TYPES.Property && p.value === def.name);
  }
  if (!binding) {
    return undefined;
  }
  const node = binding;
  if (variable.references.filter(ref => !ref.init).length === 1) {
    return fixer => [fixer.replaceText(node, target), fixer.replaceText(callee, target)];
  }
  return fixer => [fixer.insertTextAfter(node, `, ${target}`), fixer.replaceText(callee, target)];
}
