import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { findVariable } from '../evaluate/findVariable';
import { getMemberKey, getPropertyKey } from '../evaluate/staticValue';
import { REQUEST_NAMES } from '../http/isRequestInput';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Claims whose value decides who may do what (Entra and generic OAuth/OIDC names). */
const AUTHZ_CLAIMS = new Set([
  'roles',
  'role',
  'scp',
  'scope',
  'scopes',
  'groups',
  'wids',
  'tid',
  'oid',
  'sub',
  'isAdmin',
  'admin',
  'permissions',
  'exp',
]);
/** Request/response members that downstream handlers trust as the authenticated principal. */
const PRINCIPAL_MEMBERS = new Set(['user', 'auth', 'principal', 'identity', 'claims', 'session']);

/** How a decoded token is used, as far as the function it sits in shows. */
export interface DecodedUse {
  /** A claim that decides access is read and tested or returned, or the result becomes `req.user` and the like. */
  authz: boolean;
  /** The top-level properties read from the result (`header`, `payload`, claims). */
  reads: Set<string>;
  /** The result (or a part of it other than a property read) goes somewhere the analysis does not follow. */
  escapes: boolean;
}

/**
 * Follows the value of `result` (a decode call, after `JSON.parse`, `.toString()` and `await` around it):
 * property reads (`r.roles`, `r['scp']`, `const { roles } = r`, one `const` hop), and whether a claim that
 * decides access is used in a condition or returned, or the whole value is stored as `req.user`, `req.auth`,
 * `res.locals.*` or `ctx.state.user`.
 */
export function getDecodedUse(result: TSESTree.Node, sourceCode: SourceCode): DecodedUse {
  const use: DecodedUse = { authz: false, reads: new Set(), escapes: false };
  followValue(outermost(result, sourceCode), use, sourceCode, 0);
  return use;
}

/** Climbs from a decode call to the expression that holds the decoded object. */
function outermost(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node {
  let current = node;
  for (let i = 0; i < 8; i++) {
    const parent = current.parent;
    if (!parent) break;
    if (
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.TSTypeAssertion ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.AwaitExpression ||
      parent.type === AST_NODE_TYPES.ChainExpression
    ) {
      current = parent;
    } else if (
      parent.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === current &&
      getMemberKey(parent, sourceCode) === 'toString' &&
      parent.parent?.type === AST_NODE_TYPES.CallExpression
    ) {
      current = parent.parent;
    } else if (
      parent.type === AST_NODE_TYPES.CallExpression &&
      parent.arguments[0] === current &&
      isJsonParse(parent.callee, sourceCode)
    ) {
      current = parent;
    } else {
      break;
    }
  }
  return current;
}

function isJsonParse(callee: TSESTree.Node, sourceCode: SourceCode): boolean {
  const c = skipWrappers(callee);
  return (
    c.type === AST_NODE_TYPES.MemberExpression &&
    c.object.type === AST_NODE_TYPES.Identifier &&
    c.object.name === 'JSON' &&
    getMemberKey(c, sourceCode) === 'parse'
  );
}

function followValue(node: TSESTree.Node, use: DecodedUse, sourceCode: SourceCode, depth: number): void {
  if (depth > 3) {
    use.escapes = true;
    return;
  }
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.ChainExpression ||
      current.parent.type === AST_NODE_TYPES.AwaitExpression)
  ) {
    current = current.parent;
  }
  const parent = current.parent;
  if (!parent) {
    return;
  }
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      if (parent.object !== current) {
        use.escapes = true;
        return;
      }
      const key = getMemberKey(parent, sourceCode);
      if (key === undefined) {
        use.escapes = true;
        return;
      }
      use.reads.add(key);
      if (AUTHZ_CLAIMS.has(key) && decides(parent, sourceCode, depth)) {
        use.authz = true;
      }
      // `decoded.payload.roles` (a complete decode): one level further.
      if ((key === 'payload' || key === 'claims') && depth < 3) {
        const inner: DecodedUse = { authz: false, reads: new Set(), escapes: false };
        followValue(parent, inner, sourceCode, depth + 1);
        use.authz ||= inner.authz;
      }
      return;
    }
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.init === current) {
        followPattern(parent.id, use, sourceCode, depth);
      }
      return;
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.right === current) {
        if (isPrincipalTarget(parent.left, sourceCode)) {
          use.authz = true;
        } else {
          followPattern(parent.left, use, sourceCode, depth);
        }
      }
      return;
    case AST_NODE_TYPES.ExpressionStatement:
      return;
    default:
      use.escapes = true;
  }
}

function followPattern(pattern: TSESTree.Node, use: DecodedUse, sourceCode: SourceCode, depth: number): void {
  if (pattern.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(pattern, sourceCode);
    if (!variable) {
      use.escapes = true;
      return;
    }
    for (const ref of variable.references) {
      if (ref.init || ref.identifier === pattern) {
        continue;
      }
      followValue(ref.identifier as TSESTree.Node, use, sourceCode, depth + 1);
    }
    return;
  }
  if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of pattern.properties) {
      if (property.type === AST_NODE_TYPES.RestElement) {
        use.escapes = true;
        continue;
      }
      const key = getPropertyKey(property, sourceCode);
      if (key === undefined) {
        use.escapes = true;
        continue;
      }
      use.reads.add(key);
      const local = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (AUTHZ_CLAIMS.has(key) && local.type === AST_NODE_TYPES.Identifier) {
        const variable = findVariable(local, sourceCode);
        if (
          variable?.references.some(ref => !ref.init && decides(ref.identifier as TSESTree.Node, sourceCode, depth))
        ) {
          use.authz = true;
        }
      } else if ((key === 'payload' || key === 'claims') && local.type === AST_NODE_TYPES.Identifier) {
        const inner: DecodedUse = { authz: false, reads: new Set(), escapes: false };
        followPattern(local, inner, sourceCode, depth + 1);
        use.authz ||= inner.authz;
      }
    }
    return;
  }
  use.escapes = true;
}

/** `req.user = …`, `req.auth = …`, `res.locals.user = …`, `ctx.state.user = …`. */
function isPrincipalTarget(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const target = skipWrappers(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  const key = getMemberKey(target, sourceCode);
  const object = skipWrappers(target.object);
  if (object.type === AST_NODE_TYPES.MemberExpression) {
    const objectKey = getMemberKey(object, sourceCode);
    return objectKey === 'locals' || (objectKey === 'state' && key !== undefined && PRINCIPAL_MEMBERS.has(key));
  }
  return (
    object.type === AST_NODE_TYPES.Identifier &&
    REQUEST_NAMES.has(object.name) &&
    key !== undefined &&
    PRINCIPAL_MEMBERS.has(key)
  );
}

/** Whether a value flows (through member reads, calls, comparisons and negation) into a condition or a return. */
function decides(node: TSESTree.Node, sourceCode: SourceCode, depth: number): boolean {
  let current = node;
  for (let i = 0; i < 8; i++) {
    const parent = current.parent;
    if (!parent) {
      return false;
    }
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
        return parent.test === current;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === current) return true;
        current = parent;
        break;
      case AST_NODE_TYPES.SwitchStatement:
        return parent.discriminant === current;
      case AST_NODE_TYPES.ReturnStatement:
        return true;
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return parent.body === current;
      case AST_NODE_TYPES.MemberExpression:
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
        current = parent;
        break;
      case AST_NODE_TYPES.VariableDeclarator:
        // `const roles = claims.roles;` then `if (roles.includes('Admin'))`: one hop.
        if (parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier && depth < 3) {
          const variable = findVariable(parent.id, sourceCode);
          return (
            variable?.references.some(
              ref => !ref.init && decides(ref.identifier as TSESTree.Node, sourceCode, depth + 1),
            ) ?? false
          );
        }
        return false;
      default:
        return false;
    }
  }
  return false;
}
