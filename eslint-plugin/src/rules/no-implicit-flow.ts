import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, skipWrappers } from '../util/ast';

import {
  findProperty,
  findVariable,
  getMemberKey,
  getPartialString,
  getPropertyKey,
  getStaticString,
  UNKNOWN_PART,
} from '../util/evaluate';
import { formParameterListeners, getQueryParams, registerFormParameter, splitResponseType } from '../util/http';
import { isModuleRef, matchesSource, NEW, resolveModuleRef } from '../util/modules';
import { createRule } from '../util/rule';
import { isTestOrToolingFile } from '../util/vocabulary';

type Options = [];
type MessageIds = 'adalJs' | 'implicitRequest' | 'implicitUrl' | 'msal1' | 'oidcImplicit' | 'useCode';

const ADAL_JS = ['adal-angular', 'adal-angular4', 'adal-angular5', 'react-adal'];
const OIDC_IMPLICIT = new Set(['useIdTokenResponseType', 'implicitAuthentication']);
const RESPONSE_TYPE_KEYS = new Set(['response_type', 'responseType']);
/** Keys that make an object an authorization request (rather than, say, an HTTP client's `responseType`). */
const AUTHORIZE_KEYS = [
  'client_id',
  'clientId',
  'client_ID',
  'clientID',
  'redirect_uri',
  'redirectUri',
  'redirectUrl',
  'scope',
  'nonce',
];
const GRANT_KEYS = ['grant_type', 'grantType'];

/** A hand-built authorize URL's response type: `…/authorize?response_type=token&…`. */
const RESPONSE_TYPE = registerFormParameter('response_type=');

export default createRule<Options, MessageIds>({
  name: 'no-implicit-flow',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the OAuth implicit flow, which returns tokens in the URL',
      recommended: 'recommended',
      principle: 'assume-breach',
    },
    hasSuggestions: true,
    messages: {
      implicitUrl:
        'This authorize URL asks for `response_type` `token`, the implicit flow, which returns access tokens in the ' +
        'URL where history, logs and scripts can read them; use the authorization code flow with PKCE.',
      implicitRequest:
        'This authorization request asks for `response_type` `token`, the implicit flow, which returns access tokens ' +
        'in the URL; use the authorization code flow with PKCE.',
      msal1:
        'MSAL.js 1.x `UserAgentApplication` only supports the implicit flow, which returns tokens in the URL; move ' +
        'to `@azure/msal-browser` `PublicClientApplication` (authorization code with PKCE).',
      adalJs:
        'ADAL.js `AuthenticationContext` only supports the implicit flow, which returns tokens in the URL; move to ' +
        '`@azure/msal-browser` (authorization code with PKCE).',
      oidcImplicit:
        "openid-client's `{{name}}` uses the implicit (`id_token`) response type; use the authorization code flow " +
        'with PKCE.',
      useCode:
        'Ask for `response_type` `code` instead (then add PKCE: `code_challenge` with `code_challenge_method` `S256`).',
    },
    schema: [],
  },
  defaultOptions: [],
  // MSAL.js 1.x, ADAL.js and openid-client's implicit APIs, and `response_type` / `responseType` in requests and URLs.
  mentions: [
    'UserAgentApplication',
    'adal',
    'useIdTokenResponseType',
    'implicitAuthentication',
    'response_type',
    'responseType',
  ],
  create(context) {
    const { sourceCode } = context;
    /**
     * Tests and fixtures build implicit requests as data (an authorization server's tests of its implicit
     * support); only the libraries that can do nothing else are reported there.
     */
    const checkRequests = !isTestOrToolingFile(context.filename, context.cwd);

    function hasToken(value: string | undefined): boolean {
      return value !== undefined && !value.includes(UNKNOWN_PART) && splitResponseType(value).includes('token');
    }

    /** A suggestion that rewrites an inline string value to `'code'`, keeping its quotes. */
    function codeSuggestion(value: TSESTree.Node): TSESLint.ReportSuggestionArray<MessageIds> {
      const node = skipWrappers(value);
      if (node.type !== AST_NODE_TYPES.Literal || typeof node.value !== 'string') {
        return [];
      }
      const quote = node.raw[0] ?? "'";
      return [{ messageId: 'useCode', fix: fixer => fixer.replaceText(node, `${quote}code${quote}`) }];
    }

    /** In a literal or a template piece: a suggestion that rewrites the `response_type=…` value to `code`. */
    function urlSuggestion(node: TSESTree.Node): TSESLint.ReportSuggestionArray<MessageIds> {
      const pieces: { raw: string; start: number }[] = [];
      if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
        pieces.push({ raw: node.raw.slice(1, -1), start: node.range[0] + 1 });
      } else if (node.type === AST_NODE_TYPES.TemplateLiteral) {
        for (const quasi of node.quasis) {
          pieces.push({ raw: quasi.value.raw, start: quasi.range[0] + 1 });
        }
      }
      for (const piece of pieces) {
        const match = /(?:^|[?&])response_type=([^&#]+)(?=$|[&#])/.exec(piece.raw);
        if (match) {
          const start = piece.start + match.index + match[0].length - match[1]!.length;
          const end = start + match[1]!.length;
          return [{ messageId: 'useCode', fix: fixer => fixer.replaceTextRange([start, end], 'code') }];
        }
      }
      return [];
    }

    function checkString(node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression): void {
      const parent = node.parent;
      if (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') {
        return; // checked once, at the top of the concatenation
      }
      if (
        parent?.type === AST_NODE_TYPES.ImportDeclaration ||
        parent?.type === AST_NODE_TYPES.TSLiteralType ||
        (parent?.type === AST_NODE_TYPES.Property && parent.key === node)
      ) {
        return;
      }
      const text = getPartialString(node, sourceCode);
      const params = getQueryParams(text);
      if (!hasToken(params.get('response_type')) || params.has('grant_type')) {
        return;
      }
      if (!/authorize/i.test(text) && !params.has('client_id') && !params.has('redirect_uri')) {
        return;
      }
      context.report({ node, messageId: 'implicitUrl', suggest: urlSuggestion(node) });
    }

    function checkProperty(node: TSESTree.Property): void {
      const object = node.parent;
      if (object.type !== AST_NODE_TYPES.ObjectExpression) {
        return;
      }
      const key = getPropertyKey(node, sourceCode);
      if (key === undefined || !RESPONSE_TYPE_KEYS.has(key) || !hasToken(getStaticString(node.value, sourceCode))) {
        return;
      }
      if (GRANT_KEYS.some(k => findProperty(object, k, sourceCode))) {
        return; // a token-endpoint body: the server ignores `response_type` there
      }
      const passed =
        object.parent.type === AST_NODE_TYPES.CallExpression || object.parent.type === AST_NODE_TYPES.NewExpression;
      if (!passed && !AUTHORIZE_KEYS.some(k => findProperty(object, k, sourceCode))) {
        return;
      }
      context.report({ node: node.value, messageId: 'implicitRequest', suggest: codeSuggestion(node.value) });
    }

    /** `url.searchParams.set('response_type', 'token')`, `params.append(…)`. */
    function checkSet(callee: TSESTree.MemberExpression): void {
      const name = getMemberKey(callee, sourceCode);
      if (name !== 'set' && name !== 'append') {
        return;
      }
      const [key, value] = (callee.parent as TSESTree.CallExpression).arguments;
      if (
        key &&
        value &&
        getStaticString(key, sourceCode) === 'response_type' &&
        hasToken(getStaticString(value, sourceCode))
      ) {
        context.report({ node: value, messageId: 'implicitRequest', suggest: codeSuggestion(value) });
      }
    }

    function checkNew(node: TSESTree.NewExpression): void {
      const callee = skipWrappers(node.callee);
      const ref = resolveModuleRef(node, sourceCode);
      if (ref && ref.path.at(-1) === NEW) {
        if (isModuleRef(ref, 'msal', ['UserAgentApplication', NEW])) {
          context.report({ node: callee, messageId: 'msal1' });
        } else if (
          matchesSource(ref.source, ADAL_JS) &&
          (ref.path.length === 1 || ref.path.at(-2) === 'AuthenticationContext' || ref.path.at(-2) === 'default')
        ) {
          context.report({ node: callee, messageId: 'adalJs' });
        }
        return;
      }
      // The script-tag build: `new Msal.UserAgentApplication(config)` with `Msal` a global.
      if (
        !ref &&
        callee.type === AST_NODE_TYPES.MemberExpression &&
        getMemberKey(callee, sourceCode) === 'UserAgentApplication' &&
        callee.object.type === AST_NODE_TYPES.Identifier &&
        callee.object.name === 'Msal' &&
        (findVariable(callee.object, sourceCode)?.defs.length ?? 0) === 0
      ) {
        context.report({ node: callee, messageId: 'msal1' });
      }
    }

    function checkOidc(node: TSESTree.Identifier | TSESTree.MemberExpression): void {
      const ref = resolveModuleRef(node, sourceCode);
      const name = ref?.path[0];
      if (
        ref &&
        ref.path.length === 1 &&
        name &&
        OIDC_IMPLICIT.has(name) &&
        matchesSource(ref.source, 'openid-client')
      ) {
        context.report({ node, messageId: 'oidcImplicit', data: { name } });
      }
    }

    function checkCall(node: TSESTree.CallExpression): void {
      const callee = node.callee;
      if (callee.type === AST_NODE_TYPES.Identifier) {
        if (OIDC_IMPLICIT.has(callee.name)) {
          checkOidc(callee);
        }
        return;
      }
      if (callee.type !== AST_NODE_TYPES.MemberExpression) {
        return;
      }
      const property = callee.property;
      if (
        (property.type === AST_NODE_TYPES.Identifier || property.type === AST_NODE_TYPES.PrivateIdentifier) &&
        OIDC_IMPLICIT.has(property.name)
      ) {
        checkOidc(callee);
      }
      if (checkRequests && node.arguments.length === 2) {
        checkSet(callee);
      }
    }

    const libraries = {
      NewExpression: checkNew,
      CallExpression: checkCall,
    };
    if (!checkRequests) {
      return libraries;
    }
    return {
      ...libraries,
      ...formParameterListeners(sourceCode, RESPONSE_TYPE, node => {
        // A concatenation compared or combined with something else (`url === base + '…'`) is not a request.
        if (node.type !== AST_NODE_TYPES.BinaryExpression || node.parent.type !== AST_NODE_TYPES.BinaryExpression) {
          checkString(node);
        }
      }),
      Property: checkProperty,
    };
  },
});
