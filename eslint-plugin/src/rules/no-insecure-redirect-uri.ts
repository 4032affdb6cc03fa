import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../util/ast';

import {
  findProperty,
  getMemberKey,
  getPartialString,
  getPropertyKey,
  getStaticString,
  resolveExpression,
  UNKNOWN_PART,
} from '../util/evaluate';
import { getHttpsFix, removePropertyFix } from '../util/fixes';
import {
  getQueryParams,
  getUrlHost,
  isInsecureHttpUrl,
  isInsecureHttpUrlText,
  isLoopbackUrl,
  isRequestInput,
} from '../util/http';
import { createRule, registerMentions, sourceMentionsAny } from '../util/rule';
import { isTestOrToolingFile } from '../util/vocabulary';

type Options = [];
type MessageIds =
  'allowHttpRedirect' | 'httpRedirect' | 'redirectFromRequest' | 'removeOption' | 'useHttps' | 'wildcardRedirect';

/**
 * Where OAuth/OIDC libraries take the redirect (reply) URI: MSAL, passport strategies, openid-client, raw parameters.
 */
const REDIRECT_KEYS = new Set([
  'redirectUri',
  'redirect_uri',
  'redirectUrl',
  'redirectURL',
  'redirect_url',
  'postLogoutRedirectUri',
  'post_logout_redirect_uri',
  'postLogoutRedirectUrl',
  'logoutRedirectUrl',
  'callbackURL',
  'callback_url',
]);
const PARAM_KEYS = new Set(['redirect_uri', 'post_logout_redirect_uri']);
/**
 * The keys that are the OAuth reply URI and nothing else. Generic names (`redirectUrl`, `callback_url`) also hold
 * an app's own post-login return path, which is often taken from the request and checked later, so request
 * input is only reported under these.
 */
const OAUTH_ONLY_KEYS = new Set([
  'redirectUri',
  'redirect_uri',
  'postLogoutRedirectUri',
  'post_logout_redirect_uri',
  'callbackURL',
]);

/**
 * A `redirect_uri=` query parameter is written out in the file's text: strings are searched for one only in a file
 * that has it somewhere. A string that spells it with escapes (`'redirect_uri\x3d'`) is not read as one.
 */
const QUERY_WORDS = registerMentions(['redirect_uri=']);

export default createRule<Options, MessageIds>({
  name: 'no-insecure-redirect-uri',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow OAuth redirect URIs over plain HTTP, with wildcards, or taken from the request',
      recommended: 'recommended',
      principle: 'verify-explicitly',
    },
    hasSuggestions: true,
    messages: {
      httpRedirect:
        'This redirect URI uses plain `http://` on a remote host, so the authorization code or tokens sent to it can ' +
        'be read or stolen on the way; use `https://` (only loopback may use `http://`).',
      allowHttpRedirect:
        '`allowHttpForRedirectUrl: true` lets passport-azure-ad receive codes and tokens over plain HTTP; keep it ' +
        'for a loopback `redirectUrl` only.',
      wildcardRedirect:
        'A wildcard in a redirect URI lets any matching host receive authorization codes and tokens; register and ' +
        'use exact redirect URIs.',
      redirectFromRequest:
        'This redirect URI comes from the request, so an attacker can send the authorization code or tokens to a ' +
        'host of their choosing; use a fixed URI or check it against an allow-list.',
      useHttps: 'Use `https://`.',
      removeOption: 'Remove `allowHttpForRedirectUrl`.',
    },
    schema: [],
  },
  defaultOptions: [],
  // Every key and query parameter it checks names a redirect, except `callbackURL` / `callback_url`.
  mentions: ['redirect', 'callbackURL', 'callback_url'],
  create(context) {
    const { sourceCode } = context;
    /** Tests and fixtures hold URLs as data (an authorization server's test that rejects `http://` reply URIs). */
    const checkUrls = !isTestOrToolingFile(context.filename, context.cwd);

    /** Reports what is wrong with a redirect URI value; whether it reported. */
    function checkValue(value: TSESTree.Node, oauthOnly: boolean): boolean {
      if (checkUrls && isInsecureHttpUrl(value, sourceCode)) {
        const fix = getHttpsFix(value);
        context.report({
          node: value,
          messageId: 'httpRedirect',
          suggest: fix ? [{ messageId: 'useHttps', fix }] : [],
        });
        return true;
      }
      const text = getPartialString(value, sourceCode);
      const host = getUrlHost(text);
      if (checkUrls && host !== undefined && host.includes('*') && !host.includes(UNKNOWN_PART)) {
        context.report({ node: value, messageId: 'wildcardRedirect' });
        return true;
      }
      if (!oauthOnly) {
        return false;
      }
      if (isRequestInput(value, sourceCode)) {
        context.report({ node: value, messageId: 'redirectFromRequest' });
        return true;
      }
      return false;
    }

    function checkAllowHttp(node: TSESTree.Property): void {
      const value = resolveExpression(node.value, sourceCode);
      if (value.type !== AST_NODE_TYPES.Literal || value.value !== true) {
        return;
      }
      const redirect = findProperty(node.parent, 'redirectUrl', sourceCode);
      if (redirect) {
        const text = getStaticString(redirect.value, sourceCode);
        if (text !== undefined && /^http:\/\//i.test(text) && isLoopbackUrl(text)) {
          return; // the documented use: http://localhost during development
        }
        if (isInsecureHttpUrl(redirect.value, sourceCode)) {
          return; // reported on the URI itself
        }
      }
      context.report({
        node,
        messageId: 'allowHttpRedirect',
        suggest: [{ messageId: 'removeOption', fix: removePropertyFix(node, sourceCode) }],
      });
    }

    /** `…/authorize?…&redirect_uri=http://app.contoso.com/cb` (or its encoded form) in a hand-built request. */
    function checkQuery(node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression): void {
      const parent = node.parent;
      if (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') {
        return; // checked once, at the top of the concatenation
      }
      const params = getQueryParams(getPartialString(node, sourceCode));
      const uri = params.get('redirect_uri') ?? params.get('post_logout_redirect_uri');
      if (uri !== undefined && isInsecureHttpUrlText(uri)) {
        context.report({ node, messageId: 'httpRedirect' });
      }
    }

    const mentionsRedirect = (text: string): boolean => text.includes('redirect_uri=');

    return {
      ...(checkUrls &&
        sourceMentionsAny(sourceCode, QUERY_WORDS) && {
          Literal(node: TSESTree.Literal): void {
            if (typeof node.value === 'string' && mentionsRedirect(node.value)) {
              checkQuery(node);
            }
          },
          TemplateLiteral(node: TSESTree.TemplateLiteral): void {
            if (node.quasis.some(q => mentionsRedirect(q.value.raw))) {
              checkQuery(node);
            }
          },
          BinaryExpression(node: TSESTree.BinaryExpression): void {
            if (
              node.operator === '+' &&
              node.parent.type !== AST_NODE_TYPES.BinaryExpression &&
              mentionsRedirect(sourceCode.getText(node))
            ) {
              checkQuery(node);
            }
          },
        }),
      Property(node: TSESTree.Property): void {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) {
          return;
        }
        const key = getPropertyKey(node, sourceCode);
        if (key === undefined) {
          return;
        }
        if (REDIRECT_KEYS.has(key)) {
          checkValue(node.value, OAUTH_ONLY_KEYS.has(key));
        } else if (key === 'allowHttpForRedirectUrl') {
          checkAllowHttp(node);
        }
      },
      /** `url.searchParams.set('redirect_uri', …)`, `params.append('redirect_uri', …)`. */
      CallExpression(node: TSESTree.CallExpression): void {
        const callee = node.callee;
        if (node.arguments.length !== 2 || callee.type !== AST_NODE_TYPES.MemberExpression) {
          return;
        }
        const name = getMemberKey(callee, sourceCode);
        if (name !== 'set' && name !== 'append') {
          return;
        }
        const [key, value] = node.arguments;
        if (
          key &&
          value &&
          value.type !== AST_NODE_TYPES.SpreadElement &&
          PARAM_KEYS.has(getStaticString(key, sourceCode) ?? '')
        ) {
          checkValue(value, true);
        }
      },
    };
  },
});
