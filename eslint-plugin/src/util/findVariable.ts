import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { DefinitionType } from '@typescript-eslint/scope-manager';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Definition kinds, as values that narrow the scope manager's enum without loading it at run time. */
export const IMPORT_BINDING = 'ImportBinding' as DefinitionType.ImportBinding;
export const VARIABLE = 'Variable' as DefinitionType.Variable;
export const FUNCTION_NAME = 'FunctionName' as DefinitionType.FunctionName;
export const CLASS_NAME = 'ClassName' as DefinitionType.ClassName;
export const PARAMETER = 'Parameter' as DefinitionType.Parameter;

/** The variable a name refers to at `node`, searching outwards from the innermost scope; `undefined` for globals never declared. */
export function findVariable(node: TSESTree.Identifier, sourceCode: SourceCode): TSESLint.Scope.Variable | undefined {
  return findVariableByName(node.name, node, sourceCode);
}

/** The variable `name` refers to where `at` stands; `undefined` for globals never declared. */
export function findVariableByName(
  name: string,
  at: TSESTree.Node,
  sourceCode: SourceCode,
): TSESLint.Scope.Variable | undefined {
  let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(at);
  while (scope) {
    const variable = scope.set.get(name);
    if (variable) {
      return variable;
    }
    scope = scope.upper;
  }
  return undefined;
}

/** The names a file declares, by how (see `getDeclaredNames`). */
export interface DeclaredNames {
  /** Names of imports and of variables declared with an initializer. */
  withValue: ReadonlySet<string>;
  /** Names of function and class declarations. */
  definitions: ReadonlySet<string>;
}

const declaredNames = new WeakMap<object, DeclaredNames>();

/**
 * The names a file declares anywhere, by kind, collected once per file. A name in neither set is, wherever it is
 * used, a global, a parameter or a variable declared without a value: callers that only care about imports,
 * initialized variables or local definitions answer such names with a set lookup instead of a scope walk.
 */
export function getDeclaredNames(sourceCode: SourceCode): DeclaredNames {
  let names = declaredNames.get(sourceCode);
  if (!names) {
    const withValue = new Set<string>();
    const definitions = new Set<string>();
    for (const scope of sourceCode.scopeManager?.scopes ?? []) {
      for (const variable of scope.variables) {
        for (const def of variable.defs) {
          if (def.type === IMPORT_BINDING || (def.type === VARIABLE && def.node.init)) {
            withValue.add(variable.name);
          } else if (def.type === FUNCTION_NAME || def.type === CLASS_NAME) {
            definitions.add(variable.name);
          }
        }
      }
    }
    names = { withValue, definitions };
    declaredNames.set(sourceCode, names);
  }
  return names;
}

/** Whether a variable keeps the value it was declared with: `const`, or a `let`/`var` that nothing writes to again. */
export function isNeverReassigned(variable: TSESLint.Scope.Variable): boolean {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.type !== VARIABLE) {
    return false;
  }
  if (def.parent.kind === 'const') {
    return true;
  }
  return variable.references.every(ref => !ref.isWrite() || ref.init === true);
}
