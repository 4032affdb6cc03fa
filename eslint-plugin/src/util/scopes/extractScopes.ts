import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getPropertyKey } from '../evaluate/staticValue';
import { formParameterListeners } from '../http/formParameterListeners';
import { defineSharedPass, type PassContext } from '../rule/sharedPass';
import { collectedScopes, createExtraction } from './extraction';
import { checkCall, checkNew } from './scopeCalls';
import { checkProperty } from './scopeProperties';
import { checkQueryString, isTopOfConcatenation, SCOPE_PARAM } from './scopeQueries';
import type { ExtractedScope } from './scopeTypes';
import { fromRequest, fromValue } from './scopeValues';
import { isScopeKey } from './scopeVocabulary';

/**
 * All scope rules read the same scopes: one extraction per lint (a shared pass, see `defineSharedPass`) hands them
 * to each, so enabling four rules does not cost four extractions.
 */
const scopeExtraction = defineSharedPass<{ scopes: ((scopes: ExtractedScope[]) => void) | undefined }>({
  name: 'scope extraction',
  listeners(sourceCode, run) {
    const x = createExtraction(sourceCode);
    return {
      CallExpression(node: TSESTree.CallExpression): void {
        checkCall(x, node);
      },
      NewExpression(node: TSESTree.NewExpression): void {
        checkNew(x, node);
      },
      Property(node: TSESTree.Property): void {
        checkProperty(x, node);
      },
      PropertyDefinition(node: TSESTree.PropertyDefinition): void {
        const key = getPropertyKey(node, x.sourceCode);
        if (key !== undefined && node.value && isScopeKey(key)) {
          fromValue(x, node.value, { api: key, flow: 'unknown', anchored: false, fromApi: false });
        }
      },
      VariableDeclarator(node: TSESTree.VariableDeclarator): void {
        if (node.id.type === AST_NODE_TYPES.Identifier && node.init && isScopeKey(node.id.name)) {
          fromValue(x, node.init, { api: node.id.name, flow: 'unknown', anchored: false, fromApi: false });
        }
      },
      JSXAttribute(node: TSESTree.JSXAttribute): void {
        if (
          node.name.type === AST_NODE_TYPES.JSXIdentifier &&
          node.name.name === 'authenticationRequest' &&
          node.value?.type === AST_NODE_TYPES.JSXExpressionContainer
        ) {
          const expression = node.value.expression;
          if (expression.type !== AST_NODE_TYPES.JSXEmptyExpression) {
            fromRequest(x, expression, { api: 'authenticationRequest', flow: 'interactive', anchored: true }, [
              'scopes',
            ]);
          }
        }
      },
      ...formParameterListeners(x.sourceCode, SCOPE_PARAM, node => {
        if (isTopOfConcatenation(node)) {
          checkQueryString(x, node);
        }
      }),
      'Program:exit'(): void {
        run.emit('scopes', collectedScopes(x));
      },
    };
  },
});

/**
 * Collects the scopes a file requests, wherever it requests them: MSAL requests (`scopes`, `extraScopesToConsent`,
 * msal-angular's `protectedResourceMap` and `authRequest`, msal-react's `useMsalAuthentication` and
 * `authenticationRequest`, the samples' `getTokenPopup`), `@azure/identity` `getToken`/`authenticate`/
 * `getBearerTokenProvider`, Microsoft Graph client auth providers, TeamsFx, Google (`generateAuthUrl`, `GoogleAuth`,
 * `JWT`, `initTokenClient`, local-auth), GitHub (`OAuthApp` `defaultScopes`, Octokit helpers, authorize URLs),
 * passport strategies and `authenticate` options, auth libraries' provider options, raw `scope` fields of request
 * objects, `URLSearchParams`, and `scope=` in URLs and form bodies (space, `+`, `%20` or comma separated). Values
 * are followed through same-file constants, spreads and concatenations. Objects that record granted scopes (token
 * responses, stored accounts) are not requests and are skipped.
 *
 * The flow comes from the API called, else from the request object's other fields (`grant_type`, `redirect_uri`…),
 * else from the file: every request in a file that uses MSAL for the browser is a user sign-in.
 *
 * Subscribes a rule (call it from `create`) and returns the listeners to return or merge into its own; `onScopes`
 * receives every scope once, at the end of the file, each with the most specific flow any of its uses showed. The
 * rules get the same array, in the order they subscribed: none may change it. An `onScopes` that throws stops its
 * rule alone.
 */
export function extractScopes(
  context: PassContext,
  onScopes: (scopes: ExtractedScope[]) => void,
): TSESLint.RuleListener {
  return scopeExtraction.subscribe(context, { scopes: onScopes });
}

/** Whether a lint of this `SourceCode` is still being set up with the scope extraction. For tests. */
export function hasPendingScopeExtraction(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return scopeExtraction.isPending(sourceCode);
}
