import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, skipWrappers } from '../util/ast';

import { findProperty, getMemberKey, getStaticStringArray, resolveExpression } from '../util/evaluate';
import { CALL, createCalleeResolver, matchesSource, resolveModuleRef } from '../util/modules';
import type { ModuleRef } from '../util/modules';
import { isExampleConfigFile } from '../util/configFiles';
import { createRule, mergeListeners, registerMentions, sourceMentionsAny } from '../util/rule';
import {
  findSecretLiteral,
  getBindingName,
  getSecretNameKind,
  isFillInPlaceholder,
  isLikelySecretValue,
  maskSecret,
  namedValueListeners,
  startSecretRule,
  toEnvVarName,
} from '../util/secrets';
import type { SecretLiteral } from '../util/secrets';
import type { CredentialKind } from '../util/data';
import { sinkCredentialListeners } from '../util/sinks';

type Options = [];
type MessageIds =
  | 'hardcodedKey'
  | 'weakHardcodedKey'
  | 'useEnv'
  | 'hardcodedKeyInConfig'
  | 'weakHardcodedKeyInConfig'
  | 'sinkCredential';

/** Where the key is an argument: `export name` of `sources` → argument index and the env var to suggest. */
interface ArgSink {
  sources: readonly string[];
  arg: number;
  env: string;
}
const ARG_SINKS: Readonly<Record<string, ArgSink>> = {
  sign: { sources: ['jsonwebtoken'], arg: 1, env: 'JWT_SECRET' },
  verify: { sources: ['jsonwebtoken'], arg: 1, env: 'JWT_SECRET' },
  jwtVerify: { sources: ['jose'], arg: 1, env: 'JWT_SECRET' },
  jwtDecrypt: { sources: ['jose'], arg: 1, env: 'JWT_SECRET' },
  compactVerify: { sources: ['jose'], arg: 1, env: 'JWT_SECRET' },
  flattenedVerify: { sources: ['jose'], arg: 1, env: 'JWT_SECRET' },
  createHmac: { sources: ['crypto', 'node:crypto'], arg: 1, env: 'HMAC_SECRET' },
  createSecretKey: { sources: ['crypto', 'node:crypto'], arg: 0, env: 'JWT_SECRET' },
};
/** Middleware factories whose options carry the key: package → option names and env var. */
const OPTION_SINKS: readonly { sources: readonly string[]; keys: readonly string[]; env: string }[] = [
  {
    sources: ['express-jwt', 'koa-jwt', '@fastify/jwt', 'fastify-jwt', 'express-oauth2-jwt-bearer'],
    keys: ['secret'],
    env: 'JWT_SECRET',
  },
  {
    sources: [
      'express-session',
      '@fastify/session',
      '@fastify/secure-session',
      'koa-session',
      'next-session',
      'iron-session',
    ],
    keys: ['secret', 'password', 'key'],
    env: 'SESSION_SECRET',
  },
  { sources: ['cookie-session'], keys: ['secret', 'keys'], env: 'SESSION_SECRET' },
  { sources: ['@fastify/cookie', 'fastify-cookie'], keys: ['secret'], env: 'COOKIE_SECRET' },
];
/** Calls whose first argument is the key (or an array of keys). */
const FIRST_ARG_SINKS: readonly string[] = ['cookie-parser'];
/** Factory names reached as members (`session.default(…)`, `cookieSession.default(…)`) worth resolving. */
const FACTORY_MEMBERS = new Set([
  'default',
  'expressjwt',
  'expressJwt',
  'session',
  'cookieSession',
  'cookieParser',
  'koaJwt',
]);
/** jose builders whose `.sign(key)` / `.encrypt(key)` takes the key. */
const JOSE_BUILDERS = new Set([
  'SignJWT',
  'CompactSign',
  'FlattenedSign',
  'GeneralSign',
  'EncryptJWT',
  'CompactEncrypt',
]);
/**
 * Every call this rule checks names one of these in the file: the packages of its sinks (resolved from an import
 * or `require`), a `jwt` namespace, or a jose builder class.
 */
const CALL_WORDS = registerMentions([
  'jsonwebtoken',
  'jose',
  'crypto',
  'jwt',
  'session',
  'cookie',
  'CompactSign',
  'FlattenedSign',
  'GeneralSign',
  'CompactEncrypt',
]);
/** Keys that are public (verification only): not secrets. */
const PUBLIC_KEY = /-----BEGIN (?:RSA |EC )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----|^ssh-(?:rsa|ed25519) /;
/** RFC 7518 §3.2: an HMAC key must be at least as long as the hash (32 bytes for HS256). */
const MIN_HMAC_BYTES = 32;

/** The credential-sink kinds this rule reports (see docs/credential-sinks.md). */
const SINK_KINDS: ReadonlySet<CredentialKind> = new Set<CredentialKind>(['signing-key']);

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-jwt-secret',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow hard-coded keys for signing or verifying JWTs, sessions, cookies and HMACs',
      recommended: 'recommended',
      principle: 'assume-breach',
    },
    hasSuggestions: true,
    messages: {
      sinkCredential:
        'Hard-coded credential ({{preview}}) in {{sink}}: anyone with the code can use it; load it from the ' +
        'environment or a secret store and rotate it, since removing it from code does not un-leak it.',
      hardcodedKey:
        'Hard-coded signing key ({{preview}}) in `{{where}}`: anyone with the code can forge tokens or sessions; ' +
        'load it from the environment or Key Vault and rotate it, since removing it from code does not un-leak it.',
      weakHardcodedKey:
        'Hard-coded signing key ({{preview}}) in `{{where}}`, shorter than the 32 bytes HS256 needs: anyone with the ' +
        'code can forge tokens or sessions; load a long random key from the environment or Key Vault and rotate it.',
      hardcodedKeyInConfig:
        'Hard-coded signing key ({{preview}}) in `{{where}}` of a configuration file: anyone who can read the ' +
        'repository can forge tokens or sessions; keep it in Key Vault (an `@Microsoft.KeyVault(…)` reference in app ' +
        'settings) or a secret store, out of committed files, and rotate it, since deleting it does not un-leak it.',
      weakHardcodedKeyInConfig:
        'Hard-coded signing key ({{preview}}) in `{{where}}` of a configuration file, shorter than the 32 bytes ' +
        'HS256 needs: anyone who can read the repository can forge tokens or sessions; keep a long random key in Key ' +
        'Vault or a secret store, out of committed files, and rotate it.',
      useEnv: 'Read it from `{{env}}` instead (then rotate the key).',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const start = startSecretRule(context);
    const { sourceCode, reported, envFix } = start;
    // A dotenv template (`.env.example`) says what to fill in: only a real-looking key there is one.
    const template = isExampleConfigFile(context.filename);

    function report(node: TSESTree.Node, found: SecretLiteral, where: string, env: string): void {
      if (reported.has(found.node) || isFillInPlaceholder(found.value) || PUBLIC_KEY.test(found.value)) {
        return;
      }
      if (template && !isLikelySecretValue(found.value)) {
        return;
      }
      reported.add(found.node);
      const weak = Buffer.byteLength(found.value, 'utf8') < MIN_HMAC_BYTES && !found.value.includes('-----BEGIN');
      context.report({
        node,
        messageId: weak ? 'weakHardcodedKey' : 'hardcodedKey',
        data: { preview: maskSecret(found.value), where },
        suggest: [
          {
            messageId: 'useEnv',
            data: { env: found.fallback ? 'process.env' : `process.env.${env}` },
            fix: envFix(found, env),
          },
        ],
      });
    }

    function checkKey(node: TSESTree.Node, where: string, env: string): void {
      const found = findSecretLiteral(node, sourceCode);
      if (found) {
        const bound = found.viaConst ? getBindingName(found.node, sourceCode) : undefined;
        report(node, found, where, bound && /^[A-Z][A-Z0-9_]*$/.test(bound) ? bound : env);
        return;
      }
      // `keys: ['k1', 'k2']` (cookie-session, cookie-parser, Keygrip).
      for (const element of getStaticStringArray(node, sourceCode) ?? []) {
        const literal = findSecretLiteral(element.node, sourceCode);
        if (literal) {
          report(element.node, literal, where, env);
        }
      }
    }

    const resolveCallee = createCalleeResolver(sourceCode);

    /** The package export a callee is (resolving member callees too), and the name it goes by. */
    function callee(node: TSESTree.Node): { ref: ModuleRef | undefined; name: string | undefined } {
      const current = skipWrappers(node);
      if (current.type === AST_NODE_TYPES.CallExpression) {
        // `require('express-session')({ … })`
        const ref = resolveModuleRef(current, sourceCode);
        return { ref, name: ref?.path.at(-1) ?? ref?.source };
      }
      const info = resolveCallee(current);
      return info ? { ref: info.ref, name: info.name } : { ref: undefined, name: undefined };
    }

    /** `jwt.sign(…)` where `jwt` cannot be resolved (a parameter, a global) but is plainly jsonwebtoken. */
    function isJwtNamespace(node: TSESTree.Node): boolean {
      const current = skipWrappers(node);
      return (
        current.type === AST_NODE_TYPES.MemberExpression &&
        current.object.type === AST_NODE_TYPES.Identifier &&
        /^(?:jwt|jsonwebtoken|JWT)$/.test(current.object.name)
      );
    }

    /** The `new SignJWT(…)` at the root of a builder chain `new SignJWT(p).setProtectedHeader(h).sign(key)`. */
    function joseBuilderRoot(node: TSESTree.Node): string | undefined {
      let current = skipWrappers(node);
      for (let i = 0; i < 20; i++) {
        if (current.type === AST_NODE_TYPES.MemberExpression) {
          current = skipWrappers(current.object);
        } else if (current.type === AST_NODE_TYPES.CallExpression) {
          current = skipWrappers(current.callee);
        } else if (current.type === AST_NODE_TYPES.NewExpression) {
          const name = callee(current.callee).name;
          return name !== undefined && JOSE_BUILDERS.has(name) ? name : undefined;
        } else if (current.type === AST_NODE_TYPES.Identifier) {
          const init = resolveExpression(current, sourceCode);
          if (init === current) {
            return undefined;
          }
          current = init;
        } else {
          return undefined;
        }
      }
      return undefined;
    }

    function checkCall(node: TSESTree.CallExpression): void {
      // Every sink takes the key, or options holding it, as an argument.
      if (node.arguments.length === 0) {
        return;
      }
      // A member callee goes by its written key: most calls (`this.logger.info(…)`) are none of the sinks.
      const written = skipWrappers(node.callee);
      if (written.type === AST_NODE_TYPES.MemberExpression) {
        const key = getMemberKey(written, sourceCode);
        if (
          key === undefined ||
          !(
            key === 'sign' ||
            key === 'encrypt' ||
            key === 'register' ||
            Object.hasOwn(ARG_SINKS, key) ||
            FACTORY_MEMBERS.has(key)
          )
        ) {
          return;
        }
      }
      const resolved = callee(node.callee);
      const name = resolved.name;
      let ref = resolved.ref;
      if (name === undefined) {
        return;
      }
      const args = node.arguments;
      if ((name === 'sign' || name === 'encrypt') && args.length === 1) {
        const callee = skipWrappers(node.callee);
        const builder = callee.type === AST_NODE_TYPES.MemberExpression ? joseBuilderRoot(callee.object) : undefined;
        if (builder && args[0]!.type !== AST_NODE_TYPES.SpreadElement) {
          checkKey(args[0]!, `${builder}.${name}(…)`, 'JWT_SECRET');
          return;
        }
      }
      if (Object.hasOwn(ARG_SINKS, name)) {
        const sink = ARG_SINKS[name]!;
        const full =
          ref ??
          (skipWrappers(node.callee).type === AST_NODE_TYPES.MemberExpression
            ? resolveModuleRef(node.callee, sourceCode)
            : undefined);
        const resolved = full
          ? matchesSource(full.source, sink.sources)
          : sink.sources[0] === 'jsonwebtoken' && isJwtNamespace(node.callee);
        const key = args[sink.arg];
        if (resolved && key && key.type !== AST_NODE_TYPES.SpreadElement && args.length > sink.arg) {
          checkKey(key, `${name}(…)`, sink.env);
        }
        return;
      }
      // `fastify.register(require('@fastify/jwt'), { secret })`.
      if (name === 'register' && args.length >= 2) {
        const plugin = args[0]!;
        const pluginRef =
          plugin.type === AST_NODE_TYPES.SpreadElement ? undefined : resolveModuleRef(plugin, sourceCode);
        if (pluginRef && pluginRef.path.length === 0 && args[1]!.type !== AST_NODE_TYPES.SpreadElement) {
          checkOptions(pluginRef.source, args[1]!);
        }
        return;
      }
      if (!ref && skipWrappers(node.callee).type === AST_NODE_TYPES.MemberExpression && FACTORY_MEMBERS.has(name)) {
        ref = resolveModuleRef(node.callee, sourceCode);
      }
      if (!ref) {
        return;
      }
      // Factories: `session({ secret })`, `expressjwt({ secret })`, `cookieParser('secret')`.
      const isFactory = ref.path.length === 0 || (ref.path.length === 1 && ref.path[0] !== CALL);
      if (!isFactory) {
        return;
      }
      const [first] = args;
      if (!first || first.type === AST_NODE_TYPES.SpreadElement) {
        return;
      }
      if (matchesSource(ref.source, FIRST_ARG_SINKS)) {
        checkKey(first, `${name}(…)`, 'COOKIE_SECRET');
        return;
      }
      checkOptions(ref.source, first);
    }

    function checkOptions(source: string, options: TSESTree.Node): void {
      for (const sink of OPTION_SINKS) {
        if (!matchesSource(source, sink.sources)) {
          continue;
        }
        for (const key of sink.keys) {
          const property = findProperty(options, key, sourceCode);
          if (property) {
            checkKey(property.value, key, sink.env);
          }
        }
        return;
      }
    }

    /**
     * A JWK written out with its secret part: the symmetric key `k` of `{ kty: 'oct' }`, or the private exponent
     * `d` of an RSA, EC or OKP key (what `importJWK` and `createPrivateKey({ format: 'jwk' })` take).
     */
    function checkJwk(object: TSESTree.ObjectExpression, name: 'k' | 'd', value: TSESTree.Node): void {
      const kty = findProperty(object, 'kty', sourceCode);
      const type = kty && findSecretLiteral(kty.value, sourceCode)?.value;
      if ((name === 'k' && type === 'oct') || (name === 'd' && (type === 'RSA' || type === 'EC' || type === 'OKP'))) {
        const found = findSecretLiteral(value, sourceCode);
        if (found && found.value.length >= 16) {
          report(value, found, `JWK ${name}`, 'JWT_SIGNING_JWK');
        }
      }
    }

    /** `const JWT_SECRET = '…'`, `{ secretOrKey: '…' }`, `this.sessionSecret = '…'`. */
    function checkNamed(name: string, value: TSESTree.Node): void {
      if (getSecretNameKind(name) !== 'signingKey') {
        return;
      }
      const found = findSecretLiteral(value, sourceCode);
      // Env var names (`jwtSecret: 'JWT_SECRET'` in a config schema) and paths are names, not keys.
      if (found && !/^[A-Z][A-Z0-9_]*$/.test(found.value) && !/^(?:\.{0,2}\/|[A-Za-z]:\\)/.test(found.value)) {
        report(value, found, name, /^[A-Z][A-Z0-9_]*$/.test(name) ? name : toEnvVarName(name));
      }
    }

    return mergeListeners(
      sourceMentionsAny(sourceCode, CALL_WORDS) ? { CallExpression: checkCall } : {},
      namedValueListeners(context, {
        property(name, node, object) {
          if (name === 'k' || name === 'd') {
            checkJwk(object, name, node.value);
          } else {
            checkNamed(name, node.value);
          }
        },
        named: (name, value) => checkNamed(name, value),
      }),
      sinkCredentialListeners(context, start, SINK_KINDS),
    );
  },
});
