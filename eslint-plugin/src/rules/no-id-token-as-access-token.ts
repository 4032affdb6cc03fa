import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, skipWrappers } from '../util/ast';

import { findVariable, getMemberKey, getPropertyKey, getStaticString, VARIABLE } from '../util/evaluate';
import { createRule } from '../util/rule';

type Options = [];
type MessageIds = 'idTokenBearer' | 'useAccessToken';

/** MSAL packages: in a file that uses one, `.idToken` is an MSAL `AuthenticationResult`'s ID token. */
const MSAL_IMPORT = /@azure\/msal-|['"]msal['"]|['"]@azure\/msal['"]/;
/** MSAL calls whose result carries both `idToken` and `accessToken`. */
const MSAL_RESULT_CALLS = /^(?:acquireToken\w*|loginPopup|ssoSilent|handleRedirectPromise)$/;
const HEADER_SETTERS = new Set(['set', 'append', 'setRequestHeader', 'setHeader', 'header']);

export default createRule<Options, MessageIds>({
  name: 'no-id-token-as-access-token',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending an ID token as a bearer token to call an API',
      recommended: 'strict',
      principle: 'verify-explicitly',
    },
    hasSuggestions: true,
    messages: {
      idTokenBearer:
        'An ID token proves who signed in to this client; it is not a grant to call an API. Send the access token ' +
        "acquired for the API's scopes instead.",
      useAccessToken: 'Send `accessToken` instead.',
    },
    schema: [],
  },
  defaultOptions: [],
  // Reports only `.idToken` member accesses.
  mentions: ['idToken'],
  create(context) {
    const { sourceCode } = context;
    const usesMsal = MSAL_IMPORT.test(sourceCode.text);

    /** Whether a value ends up as an `Authorization` header (or a `Bearer …` string). */
    function isBearerUse(value: TSESTree.Node, depth = 0): boolean {
      let current: TSESTree.Node = value;
      while (
        current.parent?.type === AST_NODE_TYPES.TSAsExpression ||
        current.parent?.type === AST_NODE_TYPES.TSNonNullExpression ||
        current.parent?.type === AST_NODE_TYPES.ChainExpression
      ) {
        current = current.parent;
      }
      const parent = current.parent;
      if (!parent) {
        return false;
      }
      if (parent.type === AST_NODE_TYPES.TemplateLiteral) {
        const index = parent.expressions.indexOf(current as TSESTree.Expression);
        const before = parent.quasis[index]?.value.cooked ?? '';
        return /\bbearer\s+$/i.test(before) || isHeaderValue(parent);
      }
      if (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+' && parent.right === current) {
        const left = getStaticString(parent.left, sourceCode);
        return (left !== undefined && /\bbearer\s+$/i.test(left)) || isHeaderValue(parent);
      }
      if (isHeaderValue(current)) {
        return true;
      }
      // `const token = result.idToken;` then the token goes into the header.
      if (
        parent.type === AST_NODE_TYPES.VariableDeclarator &&
        parent.init === current &&
        parent.id.type === AST_NODE_TYPES.Identifier &&
        depth < 2
      ) {
        const variable = findVariable(parent.id, sourceCode);
        return (
          variable?.references.some(ref => !ref.init && isBearerUse(ref.identifier as TSESTree.Node, depth + 1)) ??
          false
        );
      }
      return false;
    }

    /** `{ Authorization: v }`, `headers.set('Authorization', v)`, `x.headers['Authorization'] = v`. */
    function isHeaderValue(node: TSESTree.Node): boolean {
      const parent = node.parent;
      if (!parent) {
        return false;
      }
      if (parent.type === AST_NODE_TYPES.Property && parent.value === node) {
        return /^authorization$/i.test(getPropertyKey(parent, sourceCode) ?? '');
      }
      if (
        parent.type === AST_NODE_TYPES.CallExpression &&
        parent.arguments[1] === node &&
        parent.callee.type === AST_NODE_TYPES.MemberExpression
      ) {
        const method = getMemberKey(parent.callee, sourceCode);
        const name = parent.arguments[0] && getStaticString(parent.arguments[0], sourceCode);
        return (
          method !== undefined && HEADER_SETTERS.has(method) && name !== undefined && /^authorization$/i.test(name)
        );
      }
      if (
        parent.type === AST_NODE_TYPES.AssignmentExpression &&
        parent.right === node &&
        parent.left.type === AST_NODE_TYPES.MemberExpression
      ) {
        return /^authorization$/i.test(getMemberKey(parent.left, sourceCode) ?? '');
      }
      return false;
    }

    /** `const r = await pca.acquireTokenSilent(…)` (or any MSAL call that returns an `AuthenticationResult`). */
    function isMsalResult(object: TSESTree.Node): boolean {
      const node = skipWrappers(object);
      if (node.type !== AST_NODE_TYPES.Identifier) {
        return false;
      }
      const def = findVariable(node, sourceCode)?.defs[0];
      if (def?.type !== VARIABLE || !def.node.init) {
        return false;
      }
      let init = skipWrappers(def.node.init);
      if (init.type === AST_NODE_TYPES.AwaitExpression) {
        init = skipWrappers(init.argument);
      }
      if (init.type !== AST_NODE_TYPES.CallExpression || init.callee.type !== AST_NODE_TYPES.MemberExpression) {
        return false;
      }
      return MSAL_RESULT_CALLS.test(getMemberKey(init.callee, sourceCode) ?? '');
    }

    return {
      MemberExpression(node: TSESTree.MemberExpression): void {
        const { property } = node;
        if (
          node.computed ||
          (property.type !== AST_NODE_TYPES.Identifier && property.type !== AST_NODE_TYPES.PrivateIdentifier) ||
          property.name !== 'idToken'
        ) {
          return;
        }
        if (!(usesMsal || isMsalResult(node.object)) || !isBearerUse(node)) {
          return;
        }
        // `accessToken` sits beside `idToken` on an MSAL result (not on an `AccountInfo`).
        const object = skipWrappers(node.object);
        const isResult =
          isMsalResult(object) || (object.type === AST_NODE_TYPES.Identifier && /result|response/i.test(object.name));
        context.report({
          node: node.property,
          messageId: 'idTokenBearer',
          suggest: isResult
            ? [{ messageId: 'useAccessToken', fix: fixer => fixer.replaceText(node.property, 'accessToken') }]
            : [],
        });
      },
    };
  },
});
