import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { DefinitionType } from '@typescript-eslint/scope-manager';

import { createPerFileValue } from '../rule/perFileCache';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Definition kinds, as values that narrow the scope manager's enum without loading it at run time. */
export const IMPORT_BINDING = 'ImportBinding' as DefinitionType.ImportBinding;
export const VARIABLE = 'Variable' as DefinitionType.Variable;
export const FUNCTION_NAME = 'FunctionName' as DefinitionType.FunctionName;
export const CLASS_NAME = 'ClassName' as DefinitionType.ClassName;
export const PARAMETER = 'Parameter' as DefinitionType.Parameter;

/**
 * The variable a name refers to at `node`, searching outwards from the innermost scope; `undefined` for globals never
 * declared.
 */
export function findVariable(node: TSESTree.Identifier, sourceCode: SourceCode): TSESLint.Scope.Variable | undefined {
  return findVariableByName(node.name, node, sourceCode);
}

/** The variable `name` refers to where `at` stands; `undefined` for globals never declared. */
export function findVariableByName(
  name: string,
  at: TSESTree.Node,
  sourceCode: SourceCode,
): TSESLint.Scope.Variable | undefined {
  // Most names are declared once, at the top of the file, or not at all: they mean the same variable (or global)
  // everywhere, and need no scope walk.
  const declared = getDeclaredNames(sourceCode);
  const single = declared.fileLevel.get(name);
  if (single !== undefined) {
    if (single !== null) {
      return single;
    }
  } else if (declared.globalScope) {
    return declared.globalScope.set.get(name);
  }
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
  /**
   * Every name declared in a scope other than the global one: the variable, where that is the only declaration
   * and it is at the file's top level (the module scope, or CommonJS's function scope around the file), so every
   * use of the name in the file means it; `null` where a use may mean another variable (declared more than once,
   * or inside a function or block). A name not in the map is a global wherever it is used.
   */
  fileLevel: ReadonlyMap<string, TSESLint.Scope.Variable | null>;
  /** The global scope, where names not in `fileLevel` are looked up; `undefined` without a scope manager. */
  globalScope: TSESLint.Scope.Scope | undefined;
}

const declaredNames = createPerFileValue<DeclaredNames>();

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
    const fileLevel = new Map<string, TSESLint.Scope.Variable | null>();
    const globalScope = sourceCode.scopeManager?.globalScope ?? undefined;
    const skipGlobal = globalScope !== undefined && !mayDeclareGlobals(globalScope);
    for (const scope of sourceCode.scopeManager?.scopes ?? []) {
      const local = scope !== globalScope;
      if (!local && skipGlobal) {
        continue;
      }
      const top = local && scope.block.type === 'Program';
      for (const variable of scope.variables) {
        if (local) {
          fileLevel.set(variable.name, top && !fileLevel.has(variable.name) ? variable : null);
        }
        for (const def of variable.defs) {
          if (def.type === IMPORT_BINDING || (def.type === VARIABLE && def.node.init)) {
            withValue.add(variable.name);
          } else if (def.type === FUNCTION_NAME || def.type === CLASS_NAME) {
            definitions.add(variable.name);
          }
        }
      }
    }
    names = { withValue, definitions, fileLevel, globalScope };
    declaredNames.set(sourceCode, names);
  }
  return names;
}

/**
 * Whether the file can declare anything in the global scope. The global scope also holds the parser's implicit
 * library globals (some 200 with typescript-eslint), none of them declared by the file, and walking them costs more
 * than the file's own variables. A module's or CommonJS file's top-level names are in the scope under the global one
 * whose block is the program (and TypeScript's `declare global { … }` has a scope of its own); only a script
 * declares in the global scope itself.
 */
function mayDeclareGlobals(globalScope: TSESLint.Scope.Scope): boolean {
  return !globalScope.childScopes.some(scope => scope.block.type === 'Program');
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
