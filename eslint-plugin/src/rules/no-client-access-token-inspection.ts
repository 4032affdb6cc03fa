import type { TSESTree } from '@typescript-eslint/utils';

import { getWrittenName, skipWrappers } from '../util/ast';

import { resolveExpression } from '../util/evaluate';
import { matchManualDecode, resolveJwtCall } from '../util/jwt';
import type { JwtApi } from '../util/jwt';
import { createRule } from '../util/rule';
import { getTokenKind } from '../util/vocabulary';

type Options = [];
type MessageIds = 'accessTokenInspection';

/** Client (browser) code: MSAL.js for the browser, and the other SPA sign-in libraries and UI frameworks. */
const CLIENT_IMPORT =
  /['"](?:@azure\/msal-(?:browser|react|angular)|msal|@auth0\/auth0-(?:react|spa-js|vue|angular)|oidc-client(?:-ts)?|react-oidc-context|angular-oauth2-oidc|react|react-dom|vue|@angular\/core|svelte|next\/router|next\/navigation)['"]/;
const DECODE_APIS = new Set<JwtApi>([
  'jsonwebtoken.decode',
  'jose.decodeJwt',
  'jose.JWT.decode',
  'jose.UnsecuredJWT.decode',
  'jwt-decode',
]);

export default createRule<Options, MessageIds>({
  name: 'no-client-access-token-inspection',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow decoding access tokens in client-side code',
      recommended: 'strict',
      principle: 'verify-explicitly',
      severity: 'warn',
    },
    messages: {
      accessTokenInspection:
        'An access token is meant for the API only: the client must not decode or inspect it (it may be encrypted or ' +
        'change format at any time). Read the ID token claims MSAL already parsed (`idTokenClaims`) instead.',
    },
    schema: [],
  },
  defaultOptions: [],
  // A report needs a decode: resolved to jsonwebtoken, jose or jwt-decode, or a manual one through a base64
  // decoder, every one of which is named with `atob`, `base64` or `b64`.
  mentions: ['jsonwebtoken', 'jose', 'jwt', 'atob', 'base64', 'b64'],
  create(context) {
    const { sourceCode } = context;
    if (!CLIENT_IMPORT.test(sourceCode.text)) {
      return {};
    }

    /** `result.accessToken`, `accessToken`, `ACCESS_TOKEN`, or a constant bound to `x.accessToken`. */
    function isAccessToken(node: TSESTree.Node): boolean {
      const written = skipWrappers(node);
      for (const candidate of [written, resolveExpression(written, sourceCode)]) {
        const current = skipWrappers(candidate);
        const name = getWrittenName(current, sourceCode);
        if (name !== undefined && getTokenKind(name) === 'access') {
          return true;
        }
      }
      return false;
    }

    function check(node: TSESTree.CallExpression): void {
      if (node.arguments.length === 0) {
        return;
      }
      const call = resolveJwtCall(node, sourceCode);
      const token = call ? (DECODE_APIS.has(call.api) ? call.token : undefined) : matchManualDecode(node, sourceCode);
      if (token && isAccessToken(token)) {
        context.report({ node: call ? call.callee : node, messageId: 'accessTokenInspection' });
      }
    }

    return { CallExpression: check };
  },
});
