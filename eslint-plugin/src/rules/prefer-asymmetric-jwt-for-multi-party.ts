import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, getWrittenName, skipWrappers } from '../util/ast';

import { findProperty, getStaticString, getStaticStringArray } from '../util/evaluate';
import { getJoseBuilderChain, getJsonwebtokenSignArguments, isJsonwebtokenSign } from '../util/jwt';
import { isModuleRef, matchesSource, resolveModuleRef } from '../util/modules';
import { createRule } from '../util/rule';

type Options = [];
type MessageIds = 'sharedSecretForManyAudiences' | 'hmacBesideJwks';

const HMAC = /^HS(256|384|512)$/;

export default createRule<Options, MessageIds>({
  name: 'prefer-asymmetric-jwt-for-multi-party',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce asymmetric signatures for JWTs that more than one service verifies',
      recommended: 'strict',
      principle: 'assume-breach',
      severity: 'warn',
    },
    messages: {
      sharedSecretForManyAudiences:
        'An {{alg}} token for {{count}} audiences means every one of them holds the signing secret and can mint ' +
        'tokens for the others; sign with RS256 or ES256 and let verifiers use the public key.',
      hmacBesideJwks:
        'This middleware accepts {{alg}} while this file verifies other tokens with a JWKS: keep HMAC and public-key ' +
        'verification apart, or drop {{alg}}.',
    },
    schema: [],
  },
  defaultOptions: [],
  // Reports only calls resolved to jsonwebtoken's `sign`, jose's `SignJWT` or express-jwt.
  mentions: ['jsonwebtoken', 'jose', 'jwt'],
  create(context) {
    const sourceCode = context.sourceCode;
    let usesJwks = false;
    const hmacMiddlewares: { node: TSESTree.Node; alg: string }[] = [];

    /** The distinct static audiences of an `aud` array (or constant), when there are at least two. */
    function audienceCount(node: TSESTree.Node | undefined): number {
      if (!node) {
        return 0;
      }
      const values = getStaticStringArray(node, sourceCode);
      if (!values) {
        return 0;
      }
      // Unknown elements count as distinct audiences only if the known ones do not already say so.
      return new Set(values.map((v, i) => v.value ?? `\u0000${i}`)).size;
    }

    function checkJsonwebtoken(call: TSESTree.CallExpression): void {
      const args = getJsonwebtokenSignArguments(call, sourceCode);
      if (!args) {
        return;
      }
      const { payload, options: opts } = args;
      const algorithm = opts && findProperty(opts, 'algorithm', sourceCode);
      // jsonwebtoken signs with HS256 when no algorithm is given.
      const alg = algorithm ? getStaticString(algorithm.value, sourceCode) : 'HS256';
      if (alg === undefined || !HMAC.test(alg)) {
        return;
      }
      const audience = (opts && findProperty(opts, 'audience', sourceCode)) ?? findProperty(payload, 'aud', sourceCode);
      const count = audienceCount(audience?.value);
      if (audience && count >= 2) {
        context.report({
          node: audience,
          messageId: 'sharedSecretForManyAudiences',
          data: { alg, count: String(count) },
        });
      }
    }

    function firstArgument(call: TSESTree.CallExpression | undefined): TSESTree.Node | undefined {
      const arg = call?.arguments[0];
      return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? arg : undefined;
    }

    /** `new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience([a, b]).sign(secret)`. */
    function checkJose(callee: TSESTree.MemberExpression): void {
      const chain = getJoseBuilderChain(callee, sourceCode);
      const header = firstArgument(chain?.steps.get('setProtectedHeader'));
      if (!chain || !header || !isModuleRef(resolveModuleRef(chain.root.callee, sourceCode), 'jose', ['SignJWT'])) {
        return;
      }
      const algProperty = findProperty(header, 'alg', sourceCode);
      const alg = algProperty && getStaticString(algProperty.value, sourceCode);
      if (alg === undefined || !HMAC.test(alg)) {
        return;
      }
      const [claims] = chain.root.arguments;
      const target =
        firstArgument(chain.steps.get('setAudience')) ??
        (claims && claims.type !== AST_NODE_TYPES.SpreadElement
          ? findProperty(claims, 'aud', sourceCode)?.value
          : undefined);
      const count = audienceCount(target);
      if (target && count >= 2) {
        context.report({
          node: target,
          messageId: 'sharedSecretForManyAudiences',
          data: { alg, count: String(count) },
        });
      }
    }

    /** `expressjwt({ secret, algorithms: ['HS256'] })` (express-jwt 7+, and the default export of 6 and earlier). */
    function checkExpressJwt(call: TSESTree.CallExpression): void {
      const ref = resolveModuleRef(call.callee, sourceCode);
      if (
        !ref ||
        !matchesSource(ref.source, 'express-jwt') ||
        !(ref.path.length === 0 || (ref.path.length === 1 && ref.path[0] === 'expressjwt'))
      ) {
        return;
      }
      const [options] = call.arguments;
      if (!options || options.type === AST_NODE_TYPES.SpreadElement) {
        return;
      }
      const algorithms = findProperty(options, 'algorithms', sourceCode);
      const hmac =
        algorithms &&
        getStaticStringArray(algorithms.value, sourceCode)?.find(a => a.value !== undefined && HMAC.test(a.value));
      if (algorithms && hmac?.value) {
        hmacMiddlewares.push({ node: algorithms, alg: hmac.value });
      }
    }

    function noteJwksSource(source: string): void {
      if (source === 'jwks-rsa') {
        usesJwks = true;
      }
    }

    return {
      ImportDeclaration(node: TSESTree.ImportDeclaration): void {
        noteJwksSource(node.source.value);
      },
      CallExpression(node: TSESTree.CallExpression): void {
        if (node.arguments.length === 0) {
          return;
        }
        const callee = skipWrappers(node.callee);
        if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require') {
          const [arg] = node.arguments;
          const source =
            arg && arg.type !== AST_NODE_TYPES.SpreadElement ? getStaticString(arg, sourceCode) : undefined;
          if (source !== undefined) {
            noteJwksSource(source);
          }
          return;
        }
        const name = getWrittenName(callee, sourceCode);
        if (name === undefined) {
          return;
        }
        if (name === 'createRemoteJWKSet' || name === 'createLocalJWKSet') {
          usesJwks = true;
          return;
        }
        if (
          name === 'sign' &&
          callee.type === AST_NODE_TYPES.MemberExpression &&
          skipWrappers(callee.object).type === AST_NODE_TYPES.CallExpression
        ) {
          checkJose(callee);
          return;
        }
        if (isJsonwebtokenSign(node, callee, name, sourceCode)) {
          checkJsonwebtoken(node);
          return;
        }
        if (node.arguments.length === 1 && callee.type === AST_NODE_TYPES.Identifier && /jwt/i.test(name)) {
          checkExpressJwt(node);
        }
      },
      'Program:exit'(): void {
        if (!usesJwks) {
          return;
        }
        for (const { node, alg } of hmacMiddlewares) {
          context.report({ node, messageId: 'hmacBesideJwks', data: { alg } });
        }
      },
    };
  },
});
