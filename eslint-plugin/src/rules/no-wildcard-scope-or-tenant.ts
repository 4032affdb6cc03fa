import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, skipWrappers } from '../util/ast';

import { getMemberKey, getPropertyKey, getStaticString, getStaticStringArray } from '../util/evaluate';
import { createRule, mergeListeners, registerMentions, sourceMentionsAny } from '../util/rule';
import { extractScopes } from '../util/scopes';
import type { ExtractedScope } from '../util/scopes';

type Options = [];
type MessageIds = 'wildcardScope' | 'wildcardTenant' | 'wildcardTenantEnv';

const ENV_NAME = 'AZURE_ADDITIONALLY_ALLOWED_TENANTS';
/** In `additionallyAllowedTenants` and `AZURE_ADDITIONALLY_ALLOWED_TENANTS`. */
const TENANT_WORDS = registerMentions(['additionally']);

/** Whether a tenant list (`'*'`, or the environment variable's `;`/`,`-separated form) includes the wildcard. */
function hasWildcardTenant(value: string): boolean {
  return value.split(/[;,]/).some(part => part.trim() === '*');
}

export default createRule<Options, MessageIds>({
  name: 'no-wildcard-scope-or-tenant',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow wildcard OAuth scopes and wildcard additionally allowed tenants',
      recommended: 'recommended',
      principle: 'least-privilege',
    },
    messages: {
      wildcardScope:
        'The wildcard scope `{{scope}}` asks for every permission the resource has; least privilege: name the ' +
        'specific scopes the app needs.',
      wildcardTenant:
        '`additionallyAllowedTenants: ["*"]` lets this credential get tokens for any tenant the app is installed in; ' +
        'list the tenant IDs it must reach.',
      wildcardTenantEnv:
        '`AZURE_ADDITIONALLY_ALLOWED_TENANTS` set to `*` lets the credentials get tokens for any tenant the app is ' +
        'installed in; list the tenant IDs they must reach.',
    },
    schema: [],
  },
  defaultOptions: [],
  // What anchors a scope request in extractScopes (scope keys and `scope=`, the token APIs that take scopes directly),
  // and the tenant option and variable.
  // Its words hold `scope`, so a file that requests scopes imported from another module passes; reports of such
  // scopes are at their use.
  followsImports: { local: [], imported: [] },
  mentions: [
    'scope',
    'getToken',
    'authenticate',
    'getBearerTokenProvider',
    'createMicrosoftGraphClientWithCredential',
    'ManagedIdentityApplication',
    'TeamsUserCredential',
    'protectedResource',
    'AzureIdentityAuthenticationProvider',
    'jwt',
    'additionally',
  ],
  create(context) {
    const { sourceCode } = context;

    function checkScope(scope: ExtractedScope): void {
      // Only where a scope is surely requested: `{ foo: { scope: '*' } }` in some config is not an OAuth request.
      // An imported list under a scope-like name is reported in its own module.
      if (!scope.anchored || scope.origin?.reportedWhereDefined) {
        return;
      }
      const name = scope.text;
      if (name.includes('*') || name.toLowerCase() === 'all') {
        context.report({
          loc: { start: sourceCode.getLocFromIndex(scope.range[0]), end: sourceCode.getLocFromIndex(scope.range[1]) },
          messageId: 'wildcardScope',
          data: { scope: name },
        });
      }
    }

    /** `additionallyAllowedTenants: ['*']` (or a constant holding it) on any credential options. */
    function checkTenants(value: TSESTree.Node): void {
      const elements = getStaticStringArray(value, sourceCode);
      if (elements) {
        for (const element of elements) {
          if (element.value !== undefined && hasWildcardTenant(element.value)) {
            context.report({ node: element.node, messageId: 'wildcardTenant' });
          }
        }
        return;
      }
      const text = getStaticString(value, sourceCode);
      if (text !== undefined && hasWildcardTenant(text)) {
        context.report({ node: value, messageId: 'wildcardTenant' });
      }
    }

    function isProcessEnv(node: TSESTree.Node): boolean {
      const object = skipWrappers(node);
      if (object.type !== AST_NODE_TYPES.MemberExpression || getMemberKey(object, sourceCode) !== 'env') {
        return false;
      }
      const base = skipWrappers(object.object);
      return base.type === AST_NODE_TYPES.Identifier && base.name === 'process';
    }

    function checkEnvValue(value: TSESTree.Node): void {
      const text = getStaticString(value, sourceCode);
      if (text !== undefined && hasWildcardTenant(text)) {
        context.report({ node: value, messageId: 'wildcardTenantEnv' });
      }
    }

    const scopes = extractScopes(context, found => found.forEach(checkScope));
    if (!sourceMentionsAny(sourceCode, TENANT_WORDS)) {
      return scopes; // the tenant checks below need the option or the variable named
    }
    return mergeListeners(scopes, {
      Property(node: TSESTree.Property): void {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) {
          return;
        }
        const key = getPropertyKey(node, sourceCode);
        if (key === 'additionallyAllowedTenants') {
          checkTenants(node.value);
        } else if (key === ENV_NAME) {
          checkEnvValue(node.value);
        }
      },
      AssignmentExpression(node: TSESTree.AssignmentExpression): void {
        const left = skipWrappers(node.left);
        if (
          left.type === AST_NODE_TYPES.MemberExpression &&
          getMemberKey(left, sourceCode) === ENV_NAME &&
          isProcessEnv(left.object)
        ) {
          checkEnvValue(node.right);
        }
      },
    });
  },
});
