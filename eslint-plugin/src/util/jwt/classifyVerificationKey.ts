import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getWrittenName } from '../ast/getCalleeName';
import { skipWrappers } from '../ast/skipWrappers';
import { findVariable, FUNCTION_NAME } from '../evaluate/findVariable';
import { getStaticString, MAX_RESOLVE_DEPTH, resolveExpression } from '../evaluate/staticValue';
import { resolveModuleRef } from '../modules/resolveModuleRef';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * What a verification key argument is: `callback` (a function that picks the key at run time, like
 * jsonwebtoken's `getKey`), `jwks` (jose `createRemoteJWKSet`/`createLocalJWKSet`, jwks-rsa's `expressJwtSecret`
 * and friends), `asymmetric` (a PEM, `importSPKI`/`importX509`/`importJWK`, `createPublicKey`, a name that says
 * public key or certificate), `symmetric` (a shared secret: a plain string, `TextEncoder().encode(…)`,
 * `createSecretKey`, a name that says secret), or `unknown`.
 */
export type VerificationKeyKind = 'callback' | 'jwks' | 'asymmetric' | 'symmetric' | 'unknown';

const JWKS_FACTORIES = new Set([
  'createRemoteJWKSet',
  'createLocalJWKSet',
  'expressJwtSecret',
  'passportJwtSecret',
  'koaJwtSecret',
  'hapiJwt2Key',
  'hapiJwt2KeyAsync',
]);
const ASYMMETRIC_FACTORIES = new Set([
  'importSPKI',
  'importX509',
  'importJWK',
  'createPublicKey',
  'getPublicKey',
  'getSigningKey',
  'getSigningKeyAsync',
]);
const SYMMETRIC_FACTORIES = new Set(['createSecretKey']);
const ASYMMETRIC_NAME = /public|pubkey|pem|cert|jwks|x509|spki|signingkey|rsa|ecdsa/i;
const SYMMETRIC_NAME = /secret|hmac|passphrase|password/i;

export function classifyVerificationKey(
  node: TSESTree.Node | undefined,
  sourceCode: SourceCode,
  depth = 0,
): VerificationKeyKind {
  if (!node || depth >= MAX_RESOLVE_DEPTH) {
    return 'unknown';
  }
  const written = skipWrappers(node);
  const value = resolveExpression(written, sourceCode);
  switch (value.type) {
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return 'callback';
    case AST_NODE_TYPES.Literal:
      if (typeof value.value === 'string') {
        return value.value.includes('-----BEGIN')
          ? value.value.includes('PRIVATE')
            ? 'unknown'
            : 'asymmetric'
          : 'symmetric';
      }
      return value.value === null ? 'unknown' : 'unknown';
    case AST_NODE_TYPES.TemplateLiteral: {
      const text = getStaticString(value, sourceCode);
      if (text?.includes('-----BEGIN') || value.quasis.some(q => q.value.raw.includes('-----BEGIN'))) {
        return 'asymmetric';
      }
      return text === undefined ? byName(written, sourceCode) : 'symmetric';
    }
    case AST_NODE_TYPES.AwaitExpression:
      return classifyVerificationKey(value.argument, sourceCode, depth + 1);
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const name = getWrittenName(skipWrappers(value.callee), sourceCode);
      if (name !== undefined) {
        if (JWKS_FACTORIES.has(name)) return 'jwks';
        if (ASYMMETRIC_FACTORIES.has(name)) return 'asymmetric';
        if (SYMMETRIC_FACTORIES.has(name)) return 'symmetric';
        if (name === 'encode' && isTextEncoder(value.callee)) return 'symmetric';
        if (name === 'readFileSync' || name === 'readFile') {
          const [file] = value.arguments;
          const path = file && file.type !== AST_NODE_TYPES.SpreadElement ? sourceCode.getText(file) : '';
          return ASYMMETRIC_NAME.test(path) ? 'asymmetric' : 'unknown';
        }
        if (name === 'from' || name === 'toString') {
          // `Buffer.from(secret, 'base64')`: what it wraps.
          const [inner] = value.arguments;
          if (name === 'from' && inner && inner.type !== AST_NODE_TYPES.SpreadElement) {
            return classifyVerificationKey(inner, sourceCode, depth + 1);
          }
        }
      }
      const ref = resolveModuleRef(value, sourceCode);
      if (ref?.source === 'jwks-rsa' && ref.path.at(-2) === 'getSigningKey') return 'asymmetric';
      return byName(written, sourceCode);
    }
    case AST_NODE_TYPES.Identifier: {
      const def = findVariable(value, sourceCode)?.defs[0];
      if (def?.type === FUNCTION_NAME) {
        return 'callback';
      }
      return byName(value, sourceCode);
    }
    default:
      return byName(written, sourceCode);
  }
}

function isTextEncoder(callee: TSESTree.Node): boolean {
  const c = skipWrappers(callee);
  if (c.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = skipWrappers(c.object);
  return (
    object.type === AST_NODE_TYPES.NewExpression &&
    object.callee.type === AST_NODE_TYPES.Identifier &&
    object.callee.name === 'TextEncoder'
  );
}

/** The last name in `process.env.JWT_SECRET`, `config.jwt.publicKey`, `secret`: what it says it holds. */
function byName(node: TSESTree.Node, sourceCode: SourceCode): VerificationKeyKind {
  const n = skipWrappers(node);
  const name = getWrittenName(n, sourceCode);
  if (n.type === AST_NODE_TYPES.LogicalExpression) {
    const left = byName(n.left, sourceCode);
    return left !== 'unknown' ? left : byName(n.right, sourceCode);
  }
  if (name === undefined) return 'unknown';
  if (/getkey|keyprovider|getsecret|secretprovider|keyresolver/i.test(name)) return 'callback';
  if (ASYMMETRIC_NAME.test(name)) return 'asymmetric';
  if (SYMMETRIC_NAME.test(name)) return 'symmetric';
  return 'unknown';
}
