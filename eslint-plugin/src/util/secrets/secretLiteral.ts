import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { getPropertyKey, MAX_RESOLVE_DEPTH, resolveExpression } from '../evaluate/staticValue';
import { resolveConstInit } from '../evaluate/resolveConstInit';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A string literal or an expression-free template literal: the nodes a hard-coded secret is written as. */
type StringLiteralNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

export interface SecretLiteral {
  /** The literal that holds the value (possibly in a `const` declared elsewhere in the file). */
  node: StringLiteralNode;
  value: string;
  /** Reached as the fallback of `||`, `??` or a conditional (`process.env.X || 'literal'`). */
  fallback: boolean;
  /** Reached through a same-file constant. */
  viaConst: boolean;
}

/** The value of a string literal or an expression-free template; `undefined` for anything else. */
export function getLiteralString(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) {
    return typeof node.value === 'string' ? node.value : undefined;
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/**
 * The literal a value is hard-coded as: the expression itself, the literal fallback of `a || 'lit'`,
 * `a ?? 'lit'` and `cond ? a : 'lit'` (either branch), `String('lit')`, `Buffer.from('lit')`,
 * `new TextEncoder().encode('lit')`, and same-file constants (and members of constant objects) bound to any of these.
 * `undefined` when no literal is involved (`process.env.X`, `config.get('x')`, parameters).
 */
export function findSecretLiteral(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): SecretLiteral | undefined {
  if (depth >= MAX_RESOLVE_DEPTH) {
    return undefined;
  }
  const current = skipWrappers(node);
  const value = getLiteralString(current);
  if (value !== undefined) {
    return { node: current as StringLiteralNode, value, fallback: false, viaConst: false };
  }
  switch (current.type) {
    case AST_NODE_TYPES.Identifier: {
      const init = resolveConstInit(current, sourceCode);
      const found = init && findSecretLiteral(init, sourceCode, depth + 1);
      return found && { ...found, viaConst: true };
    }
    case AST_NODE_TYPES.MemberExpression: {
      // `config.jwtSecret` where `const config = { jwtSecret: '…' }`.
      const target = resolveExpression(current, sourceCode, depth + 1);
      const found = target !== current ? findSecretLiteral(target, sourceCode, depth + 1) : undefined;
      return found && { ...found, viaConst: true };
    }
    case AST_NODE_TYPES.LogicalExpression: {
      if (current.operator === '&&') {
        return undefined;
      }
      // `'lit' || x` would be the literal always; `x || 'lit'` is the fallback.
      const left = skipWrappers(current.left);
      if (getLiteralString(left) !== undefined) {
        return findSecretLiteral(left, sourceCode, depth + 1);
      }
      const found = findSecretLiteral(current.right, sourceCode, depth + 1);
      return found && { ...found, fallback: true };
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      const found =
        findSecretLiteral(current.alternate, sourceCode, depth + 1) ??
        findSecretLiteral(current.consequent, sourceCode, depth + 1);
      return found && { ...found, fallback: true };
    }
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const [arg] = current.arguments;
      if (!arg || arg.type === AST_NODE_TYPES.SpreadElement || !isEncodingWrapper(current)) {
        return undefined;
      }
      return findSecretLiteral(arg, sourceCode, depth + 1);
    }
    default:
      return undefined;
  }
}

/**
 * Whether `findSecretLiteral` can find a literal in a value, judged from the value's own shape without resolving
 * anything: a string, a name or member (maybe a constant), a fallback (`||`, `??`, `?:`) or an encoding wrapper.
 * Functions, objects, arrays, numbers, other calls and expressions never hold one. The secret rules ask this before
 * they look at the name a value is bound to: most bindings in a file are functions, objects and calls.
 */
export function mayHoldSecretLiteral(node: TSESTree.Node): boolean {
  const current = skipWrappers(node);
  switch (current.type) {
    case AST_NODE_TYPES.Literal:
      return typeof current.value === 'string';
    case AST_NODE_TYPES.TemplateLiteral:
      return current.expressions.length === 0;
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.ConditionalExpression:
      return true;
    case AST_NODE_TYPES.LogicalExpression:
      return current.operator !== '&&';
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return current.arguments.length > 0 && isEncodingWrapper(current);
    default:
      return false;
  }
}

/** `Buffer.from(x)`, `String(x)`, `new TextEncoder().encode(x)`, `Buffer.from(x, 'utf8')`: same secret, other type. */
function isEncodingWrapper(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = skipWrappers(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return callee.name === 'String' && node.type === AST_NODE_TYPES.CallExpression;
  }
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.computed ||
    callee.property.type !== AST_NODE_TYPES.Identifier
  ) {
    return false;
  }
  const object = skipWrappers(callee.object);
  const method = callee.property.name;
  if (method === 'from' && object.type === AST_NODE_TYPES.Identifier && object.name === 'Buffer') {
    return true;
  }
  return (
    method === 'encode' &&
    object.type === AST_NODE_TYPES.NewExpression &&
    object.callee.type === AST_NODE_TYPES.Identifier &&
    object.callee.name === 'TextEncoder'
  );
}

/**
 * The name a value is bound to where it is written: the key of `{ name: value }`, the variable of
 * `const name = value`, the target of `x.name = value`, the parameter default `name = value`, and the class
 * field `name = value`. Looks through `||`/`??`/conditional fallbacks and wrappers between the two.
 */
export function getBindingName(node: TSESTree.Node, sourceCode: SourceCode): string | undefined {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  for (let i = 0; parent && i < 6; i++) {
    switch (parent.type) {
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === child) {
          return undefined;
        }
        child = parent;
        parent = parent.parent;
        continue;
      case AST_NODE_TYPES.Property:
        return parent.value === child ? getPropertyKey(parent, sourceCode) : undefined;
      case AST_NODE_TYPES.PropertyDefinition:
        return parent.value === child ? getPropertyKey(parent, sourceCode) : undefined;
      case AST_NODE_TYPES.JSXExpressionContainer:
        child = parent;
        parent = parent.parent;
        continue;
      case AST_NODE_TYPES.JSXAttribute:
        return parent.value === child && parent.name.type === AST_NODE_TYPES.JSXIdentifier
          ? parent.name.name
          : undefined;
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === child && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
      case AST_NODE_TYPES.AssignmentExpression:
      case AST_NODE_TYPES.AssignmentPattern: {
        if (parent.right !== child) {
          return undefined;
        }
        const left = parent.left;
        if (left.type === AST_NODE_TYPES.Identifier) {
          return left.name;
        }
        if (left.type === AST_NODE_TYPES.MemberExpression) {
          if (!left.computed && left.property.type === AST_NODE_TYPES.Identifier) {
            return left.property.name;
          }
          return left.property.type === AST_NODE_TYPES.Literal && typeof left.property.value === 'string'
            ? left.property.value
            : undefined;
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}
