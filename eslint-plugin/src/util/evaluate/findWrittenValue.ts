import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { findVariable, FUNCTION_NAME, getDeclaredNames, isNeverReassigned, VARIABLE } from './findVariable';
import { findProperty, getMemberKey, getPropertyKey, MAX_RESOLVE_DEPTH, resolveExpression } from './staticValue';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The value a property of an object gets, the way real code writes it: `findProperty` (object literals, `const`
 * variables, spreads), then assignments after the object is made (`const opts = {}; opts.password = '…'`, the last
 * one in the file wins). `undefined` when neither says.
 */
export function findPropertyValue(
  object: TSESTree.Node,
  key: string,
  sourceCode: SourceCode,
): TSESTree.Node | undefined {
  const property = findProperty(object, key, sourceCode);
  if (property) {
    return property.value;
  }
  const base = skipWrappers(object);
  if (base.type !== AST_NODE_TYPES.Identifier || !getDeclaredNames(sourceCode).withValue.has(base.name)) {
    return undefined;
  }
  const variable = findVariable(base, sourceCode);
  if (!variable || !isNeverReassigned(variable)) {
    return undefined;
  }
  let found: TSESTree.Node | undefined;
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    const assignment = member?.parent;
    if (
      member?.type === AST_NODE_TYPES.MemberExpression &&
      member.object === reference.identifier &&
      assignment?.type === AST_NODE_TYPES.AssignmentExpression &&
      assignment.operator === '=' &&
      assignment.left === member &&
      getMemberKey(member, sourceCode) === key
    ) {
      found = assignment.right;
    }
  }
  return found;
}

/**
 * Every property value of an object (`users: { admin: '…', ops: '…' }`), spreads of same-file objects included;
 * an empty list when the object is not known.
 */
export function findPropertyValues(object: TSESTree.Node, sourceCode: SourceCode, depth = 0): TSESTree.Node[] {
  const resolved = resolveExpression(object, sourceCode);
  if (resolved.type !== AST_NODE_TYPES.ObjectExpression || depth >= MAX_RESOLVE_DEPTH) {
    return [];
  }
  const values: TSESTree.Node[] = [];
  for (const property of resolved.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      values.push(...findPropertyValues(property.argument, sourceCode, depth + 1));
    } else if (property.kind === 'init' && !property.method) {
      values.push(property.value);
    }
  }
  return values;
}

/**
 * Where a value passed along comes from, one step: `this.key` becomes the class field `key = …` or the constructor's
 * `this.key = …`; a call of a same-file function without parameters whose body returns one expression
 * (`function password() { return '…'; }`, `const key = () => '…'`) becomes that expression. `undefined` otherwise.
 */
export function findWrittenValue(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | undefined {
  const current = skipWrappers(node);
  if (current.type === AST_NODE_TYPES.MemberExpression && current.object.type === AST_NODE_TYPES.ThisExpression) {
    const key = getMemberKey(current, sourceCode);
    return key === undefined ? undefined : findClassMemberValue(current, key, sourceCode);
  }
  if (
    current.type === AST_NODE_TYPES.CallExpression &&
    current.arguments.length === 0 &&
    current.callee.type === AST_NODE_TYPES.Identifier
  ) {
    return findReturnedValue(current.callee, sourceCode);
  }
  return undefined;
}

function findClassMemberValue(
  node: TSESTree.MemberExpression,
  key: string,
  sourceCode: SourceCode,
): TSESTree.Node | undefined {
  let scope: TSESTree.Node | undefined = node.parent;
  // The nearest non-arrow function: `this` is its class's instance only in a method, constructor or field.
  while (
    scope &&
    scope.type !== AST_NODE_TYPES.FunctionExpression &&
    scope.type !== AST_NODE_TYPES.FunctionDeclaration &&
    scope.type !== AST_NODE_TYPES.PropertyDefinition
  ) {
    scope = scope.parent;
  }
  const body =
    scope?.type === AST_NODE_TYPES.PropertyDefinition
      ? scope.parent
      : scope?.type === AST_NODE_TYPES.FunctionExpression && scope.parent?.type === AST_NODE_TYPES.MethodDefinition
        ? scope.parent.parent
        : undefined;
  if (body?.type !== AST_NODE_TYPES.ClassBody) {
    return undefined;
  }
  let found: TSESTree.Node | undefined;
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && member.value) {
      if (getPropertyKey(member, sourceCode) === key) {
        found = member.value;
      }
    } else if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
      for (const statement of member.value.body?.body ?? []) {
        const assigned = thisAssignment(statement, key, sourceCode);
        if (assigned) {
          found = assigned;
        }
      }
    }
  }
  return found;
}

/** `this.key = value;` as a statement of its own: its value. */
function thisAssignment(statement: TSESTree.Statement, key: string, sourceCode: SourceCode): TSESTree.Node | undefined {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) {
    return undefined;
  }
  const expression = statement.expression;
  if (
    expression.type === AST_NODE_TYPES.AssignmentExpression &&
    expression.operator === '=' &&
    expression.left.type === AST_NODE_TYPES.MemberExpression &&
    expression.left.object.type === AST_NODE_TYPES.ThisExpression &&
    getMemberKey(expression.left, sourceCode) === key
  ) {
    return expression.right;
  }
  return undefined;
}

function findReturnedValue(callee: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Node | undefined {
  const names = getDeclaredNames(sourceCode);
  if (!names.definitions.has(callee.name) && !names.withValue.has(callee.name)) {
    return undefined;
  }
  const variable = findVariable(callee, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  let fn: TSESTree.Node | undefined;
  if (def?.type === FUNCTION_NAME) {
    fn = def.node;
  } else if (def?.type === VARIABLE && variable && isNeverReassigned(variable) && def.node.init) {
    fn = skipWrappers(def.node.init);
  }
  if (
    !fn ||
    (fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
      fn.type !== AST_NODE_TYPES.FunctionExpression &&
      fn.type !== AST_NODE_TYPES.ArrowFunctionExpression) ||
    fn.params.length > 0 ||
    fn.async ||
    fn.generator
  ) {
    return undefined;
  }
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    return fn.body;
  }
  const statements = fn.body.body;
  const last = statements.length === 1 ? statements[0] : undefined;
  return last?.type === AST_NODE_TYPES.ReturnStatement && last.argument ? last.argument : undefined;
}
