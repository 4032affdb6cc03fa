import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../util/ast';

import { getBooleanValue, getObjectShape, getStaticString, getStaticStringArray } from '../util/evaluate';
import type { ObjectShape } from '../util/evaluate';
import { addOptionsFix } from '../util/fixes';
import { classifyVerificationKey, getVerificationKey, resolveJwtCall } from '../util/jwt';
import type { JwtApi, JwtCall } from '../util/jwt';
import { getInstalledMajorVersion, isModuleRef, resolveModuleRef } from '../util/modules';
import { createRule } from '../util/rule';

type Options = [
  {
    jsonwebtokenVersion?: number;
    expressJwtVersion?: number;
    requireAlgorithms?: boolean;
  },
];
type MessageIds =
  | 'algNone'
  | 'signNone'
  | 'unsecuredJwt'
  | 'algMixed'
  | 'algNotPinnedLegacy'
  | 'algNotPinnedCallback'
  | 'algNotPinned'
  | 'algNotPinnedExpressJwt'
  | 'embeddedJwk'
  | 'insecureKeyOptions'
  | 'removeNone'
  | 'pinAlgorithms';

/** APIs whose options carry the accepted `algorithms` list. */
const VERIFY_APIS = new Set<JwtApi>([
  'jsonwebtoken.verify',
  'jose.jwtVerify',
  'jose.compactVerify',
  'jose.flattenedVerify',
  'jose.generalVerify',
  'jose.JWT.verify',
  'express-jwt',
  'koa-jwt',
  'passport-jwt.Strategy',
]);
const JOSE_VERIFY = new Set<JwtApi>([
  'jose.jwtVerify',
  'jose.compactVerify',
  'jose.flattenedVerify',
  'jose.generalVerify',
]);
const SYMMETRIC_ALG = /^HS\d+$/i;
const ASYMMETRIC_ALG = /^(?:RS|PS|ES)\d+K?$|^EdDSA$|^Ed25519$/i;
const INSECURE_KEY_FLAGS = ['allowInsecureKeySizes', 'allowInvalidAsymmetricKeyTypes'];
/**
 * The package whose installed version decides whether an unpinned call accepts `none` or a key of the wrong type:
 * passport-jwt and koa-jwt verify with the project's jsonwebtoken. jose never accepts `none` and limits algorithms
 * to the key's type.
 */
const VERIFIER: Partial<Record<JwtApi, 'jsonwebtoken' | 'express-jwt'>> = {
  'jsonwebtoken.verify': 'jsonwebtoken',
  'passport-jwt.Strategy': 'jsonwebtoken',
  'koa-jwt': 'jsonwebtoken',
  'express-jwt': 'express-jwt',
};

export default createRule<Options, MessageIds>({
  name: 'no-unsafe-jwt-algorithm',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow JWT verification that accepts unsigned tokens, mixed algorithm families or keys taken from the token',
      recommended: 'recommended',
      principle: 'verify-explicitly',
    },
    hasSuggestions: true,
    messages: {
      algNone:
        "Accepting the `none` algorithm lets anyone send unsigned tokens that pass verification; remove `'none'`.",
      signNone: 'Signing with the `none` algorithm produces tokens anyone can forge; sign with RS256, ES256 or HS256.',
      unsecuredJwt: '`UnsecuredJWT` creates unsigned tokens that anyone can forge; sign tokens with `SignJWT`.',
      algMixed:
        'This list mixes HMAC (HS*) with public-key algorithms, which enables algorithm confusion (a public key used ' +
        'as an HMAC secret); accept one family only.',
      algNotPinnedLegacy:
        'jsonwebtoken {{version}} picks the algorithm from the token when `algorithms` is not set ' +
        '(CVE-2022-23540/23541); pin `algorithms` or upgrade to jsonwebtoken 9.',
      algNotPinnedCallback:
        'The key is chosen at run time by a callback, so without `algorithms` the token header decides the ' +
        'algorithm; pin `algorithms` to the key type.',
      algNotPinned:
        "Pin the accepted `algorithms`: without them, jsonwebtoken before 9 and express-jwt before 6 let the token's " +
        'header choose the algorithm.',
      algNotPinnedExpressJwt:
        'express-jwt {{version}} accepts any algorithm when `algorithms` is not set (CVE-2020-15084); pin ' +
        '`algorithms` or upgrade to express-jwt 6 or later.',
      embeddedJwk:
        '`EmbeddedJWK` verifies a token with a key the token itself supplies, so anyone can sign a token that ' +
        "passes; verify with the issuer's key set (`createRemoteJWKSet`).",
      insecureKeyOptions:
        "`{{name}}: true` turns off jsonwebtoken's key strength checks; remove it and use a key of at least 2048 " +
        'bits of the right type.',
      removeNone: "Remove `'none'` from the accepted algorithms.",
      pinAlgorithms: 'Pin `algorithms: {{algorithms}}` (match it to the key type).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          jsonwebtokenVersion: {
            type: 'integer',
            minimum: 0,
            description:
              'The jsonwebtoken major version to assume instead of reading it from the nearest node_modules.',
          },
          expressJwtVersion: {
            type: 'integer',
            minimum: 0,
            description: 'The express-jwt major version to assume instead of reading it from the nearest node_modules.',
          },
          requireAlgorithms: {
            type: 'boolean',
            description:
              'Also report jsonwebtoken 9 `verify` calls without `algorithms` where the key is a fixed secret or ' +
              'public key.',
          },
        },
      },
    ],
  },
  defaultOptions: [{ requireAlgorithms: false }],
  // Reports only calls resolved to jsonwebtoken, jose, express-jwt, koa-jwt or passport-jwt.
  mentions: ['jsonwebtoken', 'jose', 'jwt'],
  create(context, [options]) {
    const { sourceCode } = context;
    const reported = new Set<TSESTree.Node>();

    function report(descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: TSESTree.Node }): void {
      if (reported.has(descriptor.node)) {
        return;
      }
      reported.add(descriptor.node);
      context.report(descriptor);
    }

    function version(pkg: 'jsonwebtoken' | 'express-jwt'): number | undefined {
      const configured = pkg === 'jsonwebtoken' ? options.jsonwebtokenVersion : options.expressJwtVersion;
      return configured ?? getInstalledMajorVersion(pkg, context.filename);
    }

    function check(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const call = resolveJwtCall(node, sourceCode);
      if (!call) {
        return;
      }
      if (call.api === 'jose.UnsecuredJWT') {
        report({ node: call.callee, messageId: 'unsecuredJwt' });
        return;
      }
      const shape = call.options ? getObjectShape(call.options, sourceCode) : undefined;
      if (call.api === 'jsonwebtoken.sign') {
        const algorithm = shape?.properties.get('algorithm');
        if (algorithm && getStaticString(algorithm.value, sourceCode)?.toLowerCase() === 'none') {
          report({ node: algorithm, messageId: 'signNone' });
        }
        checkInsecureKeyFlags(shape);
        return;
      }
      if (!VERIFY_APIS.has(call.api)) {
        return;
      }
      if (
        JOSE_VERIFY.has(call.api) &&
        call.key &&
        isModuleRef(resolveModuleRef(call.key, sourceCode), 'jose', ['EmbeddedJWK'])
      ) {
        report({ node: call.key, messageId: 'embeddedJwk' });
      }
      if (call.api === 'jsonwebtoken.verify') {
        checkInsecureKeyFlags(shape);
      }
      const algorithms = shape?.values.get('algorithms');
      if (algorithms) {
        checkAlgorithmList(algorithms);
        return;
      }
      // No `algorithms`: only where the arguments and options are fully known (or the options absent).
      if (!call.argumentsKnown || (call.options && !shape?.complete)) {
        return;
      }
      checkUnpinned(call, shape);
    }

    function checkInsecureKeyFlags(shape: ObjectShape | undefined): void {
      for (const name of INSECURE_KEY_FLAGS) {
        const property = shape?.properties.get(name);
        if (property && getBooleanValue(property.value, sourceCode) === true) {
          report({ node: property, messageId: 'insecureKeyOptions', data: { name } });
        }
      }
    }

    function checkAlgorithmList(value: TSESTree.Node): void {
      const list = getStaticStringArray(value, sourceCode);
      if (!list) {
        return;
      }
      for (const element of list) {
        if (element.value?.toLowerCase() === 'none') {
          report({ node: element.node, messageId: 'algNone', suggest: removeNoneSuggestion(element.node) });
        }
      }
      const names = list.map(e => e.value ?? '');
      if (names.some(n => SYMMETRIC_ALG.test(n)) && names.some(n => ASYMMETRIC_ALG.test(n))) {
        report({ node: value, messageId: 'algMixed' });
      }
    }

    function removeNoneSuggestion(element: TSESTree.Node): TSESLint.ReportSuggestionArray<MessageIds> {
      const array = element.parent;
      if (array?.type !== AST_NODE_TYPES.ArrayExpression || array.elements.length < 2) {
        return [];
      }
      const index = array.elements.indexOf(element as TSESTree.Expression);
      const neighbour = index > 0 ? array.elements[index - 1] : array.elements[index + 1];
      if (!neighbour) {
        return [];
      }
      const range: [number, number] =
        index > 0 ? [neighbour.range[1], element.range[1]] : [element.range[0], neighbour.range[0]];
      return [{ messageId: 'removeNone', fix: fixer => fixer.removeRange(range) }];
    }

    function checkUnpinned(call: JwtCall, shape: ObjectShape | undefined): void {
      let messageId: MessageIds | undefined;
      let data: Record<string, string> | undefined;
      const keyKind = classifyVerificationKey(getVerificationKey(call, shape), sourceCode);
      const verifier = VERIFIER[call.api];
      if (verifier === 'jsonwebtoken') {
        const major = version('jsonwebtoken');
        if (major !== undefined && major < 9) {
          messageId = 'algNotPinnedLegacy';
          data = { version: String(major) };
        } else if (keyKind === 'callback' || keyKind === 'jwks') {
          messageId = 'algNotPinnedCallback';
        } else if (major === undefined || options.requireAlgorithms) {
          messageId = 'algNotPinned';
        }
      } else if (verifier === 'express-jwt') {
        const major = version('express-jwt');
        if (major !== undefined && major < 6) {
          messageId = 'algNotPinnedExpressJwt';
          data = { version: String(major) };
        } else if (
          major === undefined &&
          !isModuleRef(resolveModuleRef(call.node.callee, sourceCode), 'express-jwt', ['expressjwt'])
        ) {
          // The default export is express-jwt 5/6; 7 and later export `expressjwt`, which throws without `algorithms`.
          messageId = 'algNotPinned';
        }
      } else {
        return;
      }
      if (!messageId) {
        return;
      }
      const algorithms = keyKind === 'symmetric' ? "['HS256']" : "['RS256']";
      const fix = addOptionsFix(call, [`algorithms: ${algorithms}`], sourceCode);
      report({
        node: call.callee,
        messageId,
        data,
        suggest: fix ? [{ messageId: 'pinAlgorithms', data: { algorithms }, fix }] : [],
      });
    }

    return {
      CallExpression: check,
      NewExpression: check,
    };
  },
});
