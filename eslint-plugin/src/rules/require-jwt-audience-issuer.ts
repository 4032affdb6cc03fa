import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../util/ast';

import { getObjectShape, getStaticString, getStaticStringArray, resolveExpression } from '../util/evaluate';
import type { ObjectShape } from '../util/evaluate';
import { addOptionsFix } from '../util/fixes';
import { classifyVerificationKey, getVerificationKey, resolveJwtCall } from '../util/jwt';
import type { JwtApi, JwtCall, VerificationKeyKind } from '../util/jwt';
import { createRule } from '../util/rule';

type Options = [{ checkSymmetricKeys?: boolean }];
type MessageIds =
  | 'missingAudience'
  | 'missingIssuer'
  | 'missingAudienceAndIssuer'
  | 'googleNoAudience'
  | 'audienceWildcard'
  | 'foreignAudience'
  | 'addAudience'
  | 'addIssuer'
  | 'addAudienceAndIssuer';

/** APIs whose options take `audience` and `issuer`. */
const CHECKED_APIS = new Set<JwtApi>([
  'jsonwebtoken.verify',
  'jose.jwtVerify',
  'jose.JWT.verify',
  'express-jwt',
  'koa-jwt',
  'passport-jwt.Strategy',
]);
/** Microsoft Graph's resource identifiers: a token for these was issued to Graph, not to this API. */
const GRAPH_AUDIENCES = new Set([
  '00000003-0000-0000-c000-000000000000',
  'https://graph.microsoft.com',
  'https://graph.microsoft.com/',
  'https://graph.microsoft.us',
  'https://graph.microsoft.us/',
  'https://dod-graph.microsoft.us',
  'https://microsoftgraph.chinacloudapi.cn',
  'https://graph.microsoft.de',
]);
const AUDIENCE_PLACEHOLDER = 'audience: process.env.API_AUDIENCE';
const ISSUER_PLACEHOLDER = 'issuer: process.env.TOKEN_ISSUER';

export default createRule<Options, MessageIds>({
  name: 'require-jwt-audience-issuer',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require JWT verification to check the audience and the issuer',
      recommended: 'recommended',
      principle: 'verify-explicitly',
    },
    hasSuggestions: true,
    messages: {
      missingAudience:
        'This verification does not check the audience, so a token issued for another application is accepted; set ' +
        "`audience` to this API's client ID or App ID URI.",
      missingIssuer:
        'This verification does not check the issuer, so a token signed by any party that shares the key set is ' +
        'accepted; set `issuer` to the trusted issuer.',
      missingAudienceAndIssuer:
        'This verification checks neither the audience nor the issuer, so a token issued for another application or ' +
        'by another tenant is accepted; set `audience` and `issuer`.',
      googleNoAudience:
        '`verifyIdToken` without `audience` accepts ID tokens issued to any Google client; pass `audience` with your ' +
        'client ID.',
      audienceWildcard:
        'This audience pattern is not anchored (or matches anything), so tokens for other applications pass; anchor ' +
        'it with `^…$` or use the exact audience.',
      foreignAudience:
        'A Microsoft Graph audience means this token was issued to Graph, not to this API; only Graph can validate ' +
        'it, so validate tokens issued to your own API.',
      addAudience: "Add `audience` (fill in this API's client ID or App ID URI).",
      addIssuer: 'Add `issuer` (fill in the trusted issuer).',
      addAudienceAndIssuer: 'Add `audience` and `issuer` (fill in the real values).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkSymmetricKeys: {
            type: 'boolean',
            description:
              'Also report tokens verified with a shared HMAC secret or a key the rule cannot classify (first-party ' +
              'session tokens, as a rule).',
          },
        },
      },
    ],
  },
  defaultOptions: [{ checkSymmetricKeys: false }],
  // Reports only calls resolved to jsonwebtoken, jose, express-jwt, koa-jwt or passport-jwt, and
  // google-auth-library's `verifyIdToken` (resolved, or recognised by that method name).
  mentions: ['jsonwebtoken', 'jose', 'jwt', 'verifyIdToken'],
  create(context, [{ checkSymmetricKeys }]) {
    const { sourceCode } = context;
    const reported = new Set<TSESTree.Node>();

    function keyKind(call: JwtCall, shape: ObjectShape | undefined): VerificationKeyKind {
      const algorithms = shape?.values.get('algorithms');
      const list = algorithms && getStaticStringArray(algorithms, sourceCode);
      if (list && list.length > 0 && list.every(e => e.value !== undefined && /^HS\d+$/i.test(e.value))) {
        return 'symmetric';
      }
      return classifyVerificationKey(getVerificationKey(call, shape), sourceCode);
    }

    function check(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const call = resolveJwtCall(node, sourceCode);
      if (!call) {
        return;
      }
      const shape = call.options ? getObjectShape(call.options, sourceCode) : undefined;
      if (call.api === 'google-auth-library.verifyIdToken') {
        const audience = shape?.values.get('audience');
        if (audience) {
          checkAudienceValue(audience);
        } else if (shape?.complete) {
          const fix = addOptionsFix(call, ['audience: process.env.GOOGLE_CLIENT_ID'], sourceCode);
          context.report({
            node: call.callee,
            messageId: 'googleNoAudience',
            suggest: fix ? [{ messageId: 'addAudience', fix }] : [],
          });
        }
        return;
      }
      if (!CHECKED_APIS.has(call.api)) {
        return;
      }
      const audience = shape?.values.get('audience');
      if (audience) {
        checkAudienceValue(audience);
      }
      if (!call.argumentsKnown || (call.options && !shape?.complete)) {
        return;
      }
      const issuer = shape?.values.get('issuer');
      if (audience && issuer) {
        return;
      }
      // Third-party and public-key tokens: a key callback, a key set, a public key. A shared secret is a
      // first-party session token; a key the rule cannot classify is most often one too (`JWT_KEY`).
      const kind = keyKind(call, shape);
      if (!checkSymmetricKeys && (kind === 'symmetric' || kind === 'unknown')) {
        return;
      }
      const [messageId, suggestionId, properties]: [MessageIds, MessageIds, string[]] =
        !audience && !issuer
          ? ['missingAudienceAndIssuer', 'addAudienceAndIssuer', [AUDIENCE_PLACEHOLDER, ISSUER_PLACEHOLDER]]
          : !audience
            ? ['missingAudience', 'addAudience', [AUDIENCE_PLACEHOLDER]]
            : ['missingIssuer', 'addIssuer', [ISSUER_PLACEHOLDER]];
      const fix = addOptionsFix(call, properties, sourceCode);
      context.report({ node: call.callee, messageId, suggest: fix ? [{ messageId: suggestionId, fix }] : [] });
    }

    function checkAudienceValue(value: TSESTree.Node): void {
      const resolved = resolveExpression(value, sourceCode);
      // Report where it is written: the option's value, or the element of a written array.
      const items = resolved.type === AST_NODE_TYPES.ArrayExpression ? resolved.elements : [value];
      for (const item of items) {
        if (!item || item.type === AST_NODE_TYPES.SpreadElement) {
          continue;
        }
        const element = resolveExpression(item, sourceCode);
        if (reported.has(element)) {
          continue;
        }
        if (element.type === AST_NODE_TYPES.Literal && 'regex' in element && element.regex) {
          const { pattern } = element.regex;
          if (!pattern.startsWith('^') || !pattern.endsWith('$') || /^\^?\.[*+]\$?$/.test(pattern)) {
            reported.add(element);
            context.report({ node: item, messageId: 'audienceWildcard' });
          }
          continue;
        }
        const text = getStaticString(element, sourceCode);
        if (text !== undefined && GRAPH_AUDIENCES.has(text.toLowerCase())) {
          reported.add(element);
          context.report({ node: item, messageId: 'foreignAudience' });
        }
      }
    }

    return {
      CallExpression: check,
      NewExpression: check,
    };
  },
});
