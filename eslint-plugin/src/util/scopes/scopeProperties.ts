import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getPropertyKey } from '../evaluate/staticValue';
import { getStaticString } from '../evaluate/staticValue';
import { getStaticTextMap } from '../evaluate/getStaticTextMap';
import type { ScopeProvider } from './normalizeScope';
import { skipWrappers } from '../ast/skipWrappers';
import { calleeOf, moduleOf } from './callees';
import type { Extraction } from './extraction';
import { fromRequest, fromResourceMap, fromValue } from './scopeValues';
import type { ScopeFlow } from './scopeTypes';
import {
  GRANTED_KEYS,
  grantFlow,
  INTERACTIVE_KEYS,
  isScopeKey,
  LOGIN_REQUEST,
  OAUTH_KEYS,
  providerHint,
} from './scopeVocabulary';

/** The flow a request object's other fields show: its `grant_type`, or fields only interactive requests have. */
function siblingFlow(
  x: Extraction,
  object: TSESTree.ObjectExpression,
): { flow: ScopeFlow; anchored: boolean; provider: ScopeProvider | undefined; granted: boolean } {
  let flow: ScopeFlow = 'unknown';
  let anchored = false;
  let granted = false;
  let provider: ScopeProvider | undefined;
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) {
      continue;
    }
    const key = getPropertyKey(property, x.sourceCode);
    if (key !== undefined && GRANTED_KEYS.has(key)) {
      granted = true;
    }
    if (key === undefined || !OAUTH_KEYS.has(key)) {
      continue;
    }
    anchored = true;
    if (key === 'grant_type' || key === 'grantType') {
      flow = grantFlow(getStaticString(property.value, x.sourceCode)) ?? flow;
    } else if (INTERACTIVE_KEYS.has(key) && flow === 'unknown') {
      flow = 'interactive';
    } else if ((key === 'account' || key === 'forceRefresh') && flow === 'unknown') {
      flow = 'delegated';
    }
    if (key === 'authorizationURL' || key === 'authorizationUrl') {
      provider = providerHint(getStaticTextMap(property.value, x.sourceCode)?.text);
    }
  }
  return { flow, anchored, provider, granted };
}

/** `{ scope: … }`, `{ scopes: … }`, `{ defaultScopes: … }`, `{ graphScopes: … }` in any object literal. */
export function checkProperty(x: Extraction, node: TSESTree.Property): void {
  if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) {
    return;
  }
  const key = getPropertyKey(node, x.sourceCode);
  if (key === undefined) {
    return;
  }
  if (key === 'protectedResourceMap') {
    fromResourceMap(x, node.value);
    return;
  }
  if (key === 'authenticationRequest' || key === 'authRequest') {
    const sibling = siblingFlow(x, node.parent);
    if (key === 'authenticationRequest' || sibling.flow === 'interactive') {
      fromRequest(x, node.value, { api: key, flow: 'interactive', anchored: true }, ['scopes']);
    }
    return;
  }
  if (!isScopeKey(key)) {
    return;
  }
  const sibling = siblingFlow(x, node.parent);
  if (sibling.granted) {
    return;
  }
  let provider = sibling.provider;
  // What the object (or an object it is nested in, as next-auth's `authorization.params`) is: an argument of a
  // call, the value of a provider-named key (`github: { scope }`), or a login request constant.
  let flow = sibling.flow;
  let object: TSESTree.Node = node.parent;
  for (let level = 0; level < 4 && !provider; level++) {
    // `signInWithOAuth({ provider: 'github', options: { scopes } })` (Supabase) and similar.
    provider = namedProvider(x, object as TSESTree.ObjectExpression);
    if (provider) {
      break;
    }
    const parent: TSESTree.Node | undefined = object.parent;
    if (
      (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
      parent.arguments.includes(object as TSESTree.Expression)
    ) {
      provider = callProvider(x, parent) ?? enclosingUrlProvider(parent);
      break;
    }
    if (
      parent?.type === AST_NODE_TYPES.VariableDeclarator &&
      parent.id.type === AST_NODE_TYPES.Identifier &&
      LOGIN_REQUEST.test(parent.id.name)
    ) {
      flow = flow === 'unknown' ? 'interactive' : flow;
      break;
    }
    if (parent?.type !== AST_NODE_TYPES.Property || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) {
      break;
    }
    provider = providerHint(getPropertyKey(parent, x.sourceCode));
    object = parent.parent;
  }
  const anchored =
    sibling.anchored || key === 'extraScopesToConsent' || key === 'defaultScopes' || provider !== undefined;
  fromValue(x, node.value, {
    api: key,
    flow: flow === 'unknown' && provider ? 'interactive' : flow,
    provider,
    anchored,
    extraConsent: key === 'extraScopesToConsent',
    fromApi: false,
  });
}

/**
 * The provider a call's callee shows: its package (`passport-github2`, `next-auth/providers/google`), its name
 * (`GitHubStrategy`, `githubEventHandler`), or, for `super({ … })` in a strategy class, what the class extends
 * (`PassportStrategy(Strategy, 'github')`).
 */
function callProvider(
  x: Extraction,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): ScopeProvider | undefined {
  if (call.callee.type === AST_NODE_TYPES.Super) {
    let node: TSESTree.Node | undefined = call.parent;
    for (let level = 0; node && level < 12; level++, node = node.parent) {
      if (
        (node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) &&
        node.superClass
      ) {
        const heritage = skipWrappers(node.superClass);
        const parts = heritage.type === AST_NODE_TYPES.CallExpression ? heritage.arguments : [heritage];
        for (const part of parts) {
          const hint =
            part.type === AST_NODE_TYPES.SpreadElement
              ? undefined
              : (providerHint(moduleOf(x, part)) ?? providerHint(getStaticString(part, x.sourceCode)));
          if (hint) {
            return hint;
          }
        }
        return undefined;
      }
    }
    return undefined;
  }
  return providerHint(moduleOf(x, call.callee)) ?? providerHint(calleeOf(x, call.callee)?.name);
}

/** The provider an object's own `provider: 'github'` field names. */
function namedProvider(x: Extraction, object: TSESTree.ObjectExpression): ScopeProvider | undefined {
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property && getPropertyKey(property, x.sourceCode) === 'provider') {
      return providerHint(getStaticString(property.value, x.sourceCode));
    }
  }
  return undefined;
}

/** `https://github.com/login/oauth/authorize?${stringify({ scope })}`: the URL a call's result is part of. */
function enclosingUrlProvider(call: TSESTree.Node): ScopeProvider | undefined {
  let node: TSESTree.Node | undefined = call.parent;
  for (let level = 0; node && level < 3; level++, node = node.parent) {
    if (node.type === AST_NODE_TYPES.TemplateLiteral) {
      return providerHint(/^https?:\/\/([^/?#]+)/i.exec(node.quasis[0]?.value.cooked ?? '')?.[1]);
    }
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.BinaryExpression) {
      return undefined;
    }
  }
  return undefined;
}
