import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { findVariable, findVariableByName, IMPORT_BINDING, VARIABLE } from '../evaluate/findVariable';
import { isModuleRef, resolveVariableRef } from '../modules/resolveModuleRef';

/**
 * Edits that make a constructor callee name `target` from package `source` instead of what it names now: `ns.Old`
 * becomes `ns.Target`; a named import or `require` destructuring of `Old` is swapped for `Target` when this was its
 * only use, or gets `, Target` added after it otherwise; an existing `Target` binding from `source` is reused.
 * `undefined` when no safe edit exists (a local `Target` that is something else, a callee of another shape).
 */
export function replaceImportedClass(
  callee: TSESTree.Node,
  source: string,
  target: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
    return fixer => [fixer.replaceText(callee.property, target)];
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const existing = findVariableByName(target, callee, sourceCode);
  if (existing && isModuleRef(resolveVariableRef(existing, sourceCode), source, [target])) {
    return fixer => [fixer.replaceText(callee, target)];
  }
  if (existing) {
    return undefined;
  }
  const variable = findVariable(callee, sourceCode);
  const def = variable?.defs[0];
  if (!variable || !def) {
    return undefined;
  }
  // The import specifier or destructuring property that brought the old class in.
  let binding: TSESTree.Node | undefined;
  if (def.type === IMPORT_BINDING && def.node.type === AST_NODE_TYPES.ImportSpecifier) {
    binding = def.node;
  } else if (def.type === VARIABLE && def.node.id.type === AST_NODE_TYPES.ObjectPattern) {
    binding = def.node.id.properties.find(p => p.type === AST_NODE_TYPES.Property && p.value === def.name);
  }
  if (!binding) {
    return undefined;
  }
  const bindingNode = binding;
  // Sole use: swap the import itself, so no unused import is left behind.
  if (variable.references.filter(ref => !ref.init).length === 1) {
    return fixer => [fixer.replaceText(bindingNode, target), fixer.replaceText(callee, target)];
  }
  return fixer => [fixer.insertTextAfter(bindingNode, `, ${target}`), fixer.replaceText(callee, target)];
}
