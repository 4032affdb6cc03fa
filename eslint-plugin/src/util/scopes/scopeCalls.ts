import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { findProperty, getMemberKey } from '../evaluate/staticValue';
import { findVariable } from '../evaluate/findVariable';
import { getConstructedUrlArgument } from '../http/getConstructedUrlArgument';
import { getStaticString } from '../evaluate/staticValue';
import { getStaticTextMap } from '../evaluate/getStaticTextMap';
import { resolveExpression } from '../evaluate/staticValue';
import { skipWrappers } from '../ast/skipWrappers';
import { calleeOf, credentialOf, credentialSite, moduleOf } from './callees';
import { isBrowserFile, type Extraction } from './extraction';
import { fromRequest, fromValue } from './scopeValues';
import type { ScopeFlow } from './scopeTypes';
import {
  BROWSER_MSAL,
  grantFlow,
  MSAL_METHODS,
  OAUTH_KEYS,
  OAUTH_URL,
  PROVIDER_SIGN_IN_METHODS,
  providerHint,
  TOKEN_HELPER,
} from './scopeVocabulary';

export function checkCall(x: Extraction, node: TSESTree.CallExpression): void {
  // Every API and helper read here takes the scopes (or the request holding them) as an argument.
  if (node.arguments.length === 0) {
    return;
  }
  const callee = calleeOf(x, node.callee);
  if (!callee) {
    return;
  }
  const { name, member } = callee;
  const [first, second] = node.arguments;
  const msalFlow = Object.hasOwn(MSAL_METHODS, name) ? MSAL_METHODS[name] : undefined;
  if (msalFlow && member) {
    let flow = msalFlow;
    if (name === 'acquireTokenSilent') {
      const source = moduleOf(x, member.object);
      const browser = source ? BROWSER_MSAL.some(b => source.startsWith(b)) : isBrowserFile(x);
      flow = browser ? 'interactive' : 'delegated';
    }
    fromRequest(x, first, { api: name, flow, anchored: true });
    return;
  }
  const signIn = Object.hasOwn(PROVIDER_SIGN_IN_METHODS, name) ? PROVIDER_SIGN_IN_METHODS[name] : undefined;
  if (signIn) {
    if (member || !signIn.method) {
      fromRequest(x, first, { api: name, flow: 'interactive', provider: signIn.provider, anchored: true }, signIn.keys);
    }
    return;
  }
  switch (name) {
    case 'getToken':
    case 'authenticate':
      if (member) {
        const site = credentialSite(x, name, member.object);
        if (name === 'getToken' || site.flow === 'interactive') {
          fromValue(x, first, site);
          return;
        }
      }
      if (name === 'authenticate') {
        checkAuthenticate(x, node, member, first, second);
      }
      return;
    case 'acquireToken':
      // msal-node ManagedIdentityApplication: `acquireToken({ resource })`.
      if (member && credentialOf(x, member.object) === 'ManagedIdentityApplication') {
        fromRequest(x, first, { api: name, flow: 'managedIdentity', anchored: true, resource: true }, ['resource']);
      }
      return;
    case 'getBearerTokenProvider':
    case 'createMicrosoftGraphClientWithCredential':
      fromValue(x, second, credentialSite(x, name, first));
      return;
    case 'login':
      // TeamsFx: `teamsUserCredential.login(['User.Read'])`.
      if (member && credentialOf(x, member.object) === 'TeamsUserCredential') {
        fromValue(x, first, { api: name, flow: 'interactive', credential: 'TeamsUserCredential', anchored: true });
      }
      return;
    case 'useMsalAuthentication':
      fromRequest(x, second, { api: name, flow: 'interactive', anchored: true });
      return;
    case 'getTokenPopup':
    case 'getTokenRedirect':
      // The helpers MSAL's browser samples define (silent first, then a popup or redirect), copied into many apps.
      if (!member) {
        fromRequest(x, first, { api: name, flow: 'interactive', anchored: true });
      }
      return;
    case 'append':
    case 'set':
      if (member && node.arguments.length === 2 && first && first.type !== AST_NODE_TYPES.SpreadElement) {
        const key = getStaticString(first, x.sourceCode);
        if (key === 'scope') {
          const url = urlOfSearchParams(x, member.object);
          const oauth = (url !== undefined && OAUTH_URL.test(url)) || paramsLookOAuth(x, member.object);
          fromValue(x, second, {
            api: 'URLSearchParams',
            flow: typeof oauth === 'string' ? oauth : 'unknown',
            provider:
              url !== undefined && OAUTH_URL.test(url)
                ? providerHint(/^https?:\/\/([^/?#]+)/i.exec(url)?.[1])
                : undefined,
            anchored: oauth !== false,
          });
        } else if (name === 'set' && key !== undefined && isProtectedResourceMap(x, member.object)) {
          fromValue(x, second, { api: 'protectedResourceMap', flow: 'interactive', anchored: true });
        }
      }
      return;
    default:
      if (TOKEN_HELPER.test(name)) {
        // An app's own token helper (`getAccessToken(['Files.ReadWrite.All'])`): a request, flow unknown.
        for (const argument of node.arguments) {
          if (
            argument.type !== AST_NODE_TYPES.SpreadElement &&
            resolveExpression(argument, x.sourceCode).type === AST_NODE_TYPES.ArrayExpression
          ) {
            fromValue(x, argument, { api: name, flow: 'unknown', anchored: false, fromApi: false });
          }
        }
      }
  }
}

/** passport's `authenticate('github', { scope })` and local-auth's `authenticate({ scopes })`. */
function checkAuthenticate(
  x: Extraction,
  node: TSESTree.CallExpression,
  member: TSESTree.MemberExpression | undefined,
  first: TSESTree.CallExpressionArgument | undefined,
  second: TSESTree.CallExpressionArgument | undefined,
): void {
  if (member && first && first.type !== AST_NODE_TYPES.SpreadElement) {
    const strategy = getStaticString(first, x.sourceCode);
    if (strategy !== undefined) {
      fromRequest(
        x,
        second,
        { api: 'authenticate', flow: 'interactive', provider: providerHint(strategy), anchored: true },
        ['scope'],
      );
    }
    return;
  }
  if (!member && moduleOf(x, node.callee) === '@google-cloud/local-auth') {
    fromRequest(x, first, { api: 'authenticate', flow: 'interactive', provider: 'google', anchored: true }, ['scopes']);
  }
}

/**
 * Whether a `URLSearchParams` (a same-file variable) also gets OAuth request fields (`client_id`, `grant_type`…):
 * the flow its `grant_type` shows, `true` when it has OAuth fields but no grant, `false` when it has none.
 */
function paramsLookOAuth(x: Extraction, object: TSESTree.Node): ScopeFlow | boolean {
  const node = skipWrappers(object);
  if (node.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const variable = findVariable(node, x.sourceCode);
  let result: ScopeFlow | boolean = false;
  for (const reference of variable?.references.slice(0, 50) ?? []) {
    const member = reference.identifier.parent;
    const call = member?.parent;
    if (
      member?.type !== AST_NODE_TYPES.MemberExpression ||
      call?.type !== AST_NODE_TYPES.CallExpression ||
      call.callee !== member
    ) {
      continue;
    }
    const [key, value] = call.arguments;
    const name = key && key.type !== AST_NODE_TYPES.SpreadElement ? getStaticString(key, x.sourceCode) : undefined;
    if (name === 'grant_type' && value && value.type !== AST_NODE_TYPES.SpreadElement) {
      return grantFlow(getStaticString(value, x.sourceCode)) ?? 'unknown';
    }
    if (name !== undefined && name !== 'scope' && OAUTH_KEYS.has(name)) {
      result = true;
    }
  }
  return result;
}

/** The URL string behind `url.searchParams`, when `url` is a same-file `new URL('…')`. */
function urlOfSearchParams(x: Extraction, object: TSESTree.Node): string | undefined {
  const params = skipWrappers(object);
  if (params.type !== AST_NODE_TYPES.MemberExpression || getMemberKey(params, x.sourceCode) !== 'searchParams') {
    return undefined;
  }
  const url = getConstructedUrlArgument(params.object, x.sourceCode);
  return url && getStaticTextMap(url, x.sourceCode)?.text;
}

function isProtectedResourceMap(x: Extraction, object: TSESTree.Node): boolean {
  const node = skipWrappers(object);
  const name =
    node.type === AST_NODE_TYPES.Identifier
      ? node.name
      : node.type === AST_NODE_TYPES.MemberExpression
        ? getMemberKey(node, x.sourceCode)
        : undefined;
  return name !== undefined && /protectedResource/i.test(name);
}

export function checkNew(x: Extraction, node: TSESTree.NewExpression): void {
  const callee = calleeOf(x, node.callee);
  if (!callee) {
    return;
  }
  const [first, second] = node.arguments;
  switch (callee.name) {
    case 'TokenCredentialAuthenticationProvider':
      fromRequest(x, second, credentialSite(x, callee.name, first), ['scopes']);
      return;
    case 'AzureIdentityAuthenticationProvider':
      fromValue(x, second, credentialSite(x, callee.name, first));
      return;
    case 'AuthCodeMSALBrowserAuthenticationProvider':
      fromRequest(x, second, { api: callee.name, flow: 'interactive', anchored: true }, ['scopes']);
      return;
    case 'GoogleAuth':
      fromRequest(x, first, { api: callee.name, flow: 'serviceAccount', provider: 'google', anchored: true }, [
        'scopes',
      ]);
      return;
    case 'JWT': {
      if (first?.type === AST_NODE_TYPES.SpreadElement) {
        return;
      }
      const options = first && resolveExpression(first, x.sourceCode);
      if (options?.type === AST_NODE_TYPES.ObjectExpression) {
        const dwd = findProperty(options, 'subject', x.sourceCode) !== undefined;
        fromRequest(
          x,
          options,
          { api: 'JWT', flow: dwd ? 'domainWideDelegation' : 'serviceAccount', provider: 'google', anchored: true },
          ['scopes'],
        );
      } else if (node.arguments.length >= 4) {
        // The positional form: `new JWT(email, keyFile, key, scopes, subject)`.
        const subject = node.arguments[4];
        const dwd =
          subject !== undefined && !(subject.type === AST_NODE_TYPES.Identifier && subject.name === 'undefined');
        fromValue(x, node.arguments[3], {
          api: 'JWT',
          flow: dwd ? 'domainWideDelegation' : 'serviceAccount',
          provider: 'google',
          anchored: true,
        });
      }
      return;
    }
    case 'OAuthApp':
      fromRequest(x, first, { api: callee.name, flow: 'interactive', provider: 'github', anchored: true }, [
        'defaultScopes',
      ]);
      return;
    default:
  }
}
