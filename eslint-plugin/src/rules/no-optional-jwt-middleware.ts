import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, enclosingFunction } from '../util/ast';
import type { FunctionNode } from '../util/ast';

import { getBooleanValue, getMemberKey, getObjectShape } from '../util/evaluate';
import { removePropertyFix } from '../util/fixes';
import { REQUEST_OBJECT_NAMES } from '../util/http';
import { resolveJwtCall } from '../util/jwt';
import { createRule } from '../util/rule';

type Options = [];
type MessageIds = 'optionalMiddleware' | 'optionalUnchecked' | 'requireToken';

/** The option that makes each middleware let requests without a token through, and the value that does it. */
const OPTIONAL_FLAGS: Record<string, { key: string; value: boolean }> = {
  'express-jwt': { key: 'credentialsRequired', value: false },
  'koa-jwt': { key: 'passthrough', value: true },
  'express-oauth2-jwt-bearer.auth': { key: 'authRequired', value: false },
};

export default createRule<Options, MessageIds>({
  name: 'no-optional-jwt-middleware',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow JWT middleware that lets requests without a token through unless handlers check for one',
      recommended: 'strict',
      principle: 'verify-explicitly',
      severity: 'warn',
    },
    hasSuggestions: true,
    messages: {
      optionalMiddleware:
        '`{{name}}: {{value}}` lets requests without a token reach the handlers as anonymous; require the token, or ' +
        'make sure every handler checks for a missing principal.',
      optionalUnchecked:
        '`{{name}}: {{value}}` lets requests without a token through, and a handler in this file reads the principal ' +
        'without checking that it is there; require the token or check for it.',
      requireToken: 'Remove `{{name}}` so that requests without a valid token are rejected.',
    },
    schema: [],
  },
  defaultOptions: [],
  // Reports only the options of calls resolved to express-jwt, koa-jwt or express-oauth2-jwt-bearer.
  mentions: ['jwt'],
  create(context) {
    const { sourceCode } = context;
    const flags: { property: TSESTree.Property; name: string; value: string }[] = [];
    const reads: { node: TSESTree.Node; fn: FunctionNode | undefined }[] = [];
    const checked = new Set<FunctionNode | undefined>();

    function checkCall(node: TSESTree.CallExpression): void {
      const call = resolveJwtCall(node, sourceCode);
      const flag = call && OPTIONAL_FLAGS[call.api];
      if (!call?.options || !flag) {
        return;
      }
      const property = getObjectShape(call.options, sourceCode)?.properties.get(flag.key);
      if (property && getBooleanValue(property.value, sourceCode) === flag.value) {
        flags.push({ property, name: flag.key, value: String(flag.value) });
      }
    }

    /** `req.auth`, `req.user`, `request.user`, `ctx.state.user`: the principal the middleware sets. */
    function isPrincipal(node: TSESTree.MemberExpression): boolean {
      const key = getMemberKey(node, sourceCode);
      if (key !== 'auth' && key !== 'user') {
        return false;
      }
      const object = node.object;
      if (object.type === AST_NODE_TYPES.Identifier) {
        return REQUEST_OBJECT_NAMES.has(object.name);
      }
      return (
        object.type === AST_NODE_TYPES.MemberExpression &&
        getMemberKey(object, sourceCode) === 'state' &&
        key === 'user'
      );
    }

    function classify(node: TSESTree.MemberExpression): void {
      if (!isPrincipal(node)) {
        return;
      }
      let current: TSESTree.Node = node;
      while (
        current.parent?.type === AST_NODE_TYPES.TSNonNullExpression ||
        current.parent?.type === AST_NODE_TYPES.TSAsExpression
      ) {
        current = current.parent;
      }
      const parent = current.parent;
      const fn = enclosingFunction(node);
      if (!parent) {
        return;
      }
      const isTest =
        (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') ||
        (parent.type === AST_NODE_TYPES.IfStatement && parent.test === current) ||
        (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === current) ||
        (parent.type === AST_NODE_TYPES.LogicalExpression && parent.left === current) ||
        (parent.type === AST_NODE_TYPES.BinaryExpression && ['==', '!=', '===', '!=='].includes(parent.operator)) ||
        (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current && parent.optional);
      if (isTest) {
        checked.add(fn);
      } else if (
        (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current) ||
        (parent.type === AST_NODE_TYPES.VariableDeclarator &&
          parent.init === current &&
          parent.id.type === AST_NODE_TYPES.ObjectPattern)
      ) {
        reads.push({ node, fn });
      }
    }

    return {
      CallExpression: checkCall,
      MemberExpression(node: TSESTree.MemberExpression): void {
        const { property } = node;
        if (
          (property.type === AST_NODE_TYPES.Identifier || property.type === AST_NODE_TYPES.PrivateIdentifier) &&
          (property.name === 'user' || property.name === 'auth')
        ) {
          classify(node);
        }
      },
      'Program:exit'(): void {
        if (flags.length === 0) {
          return;
        }
        const unchecked = reads.some(read => !checked.has(read.fn));
        if (!unchecked && checked.size > 0) {
          return; // the handlers in this file branch on a missing principal
        }
        for (const { property, name, value } of flags) {
          context.report({
            node: property,
            messageId: unchecked ? 'optionalUnchecked' : 'optionalMiddleware',
            data: { name, value },
            suggest: [{ messageId: 'requireToken', data: { name }, fix: removePropertyFix(property, sourceCode) }],
          });
        }
      },
    };
  },
});
