import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { classifyVerificationKey } from '../../../../eslint-plugin/src/util/jwt/classifyVerificationKey';
import { collectNodes } from '../collectNodes';

/** The kind of the second argument of each `verify(…)` call. */
function kinds(code: string): string[] {
  return collectNodes(code, 'CallExpression[callee.name="verify"]', (node, sourceCode) =>
    classifyVerificationKey((node as TSESTree.CallExpression).arguments[1], sourceCode),
  );
}

describe('classifyVerificationKey', () => {
  it('tells callbacks and key sets from fixed keys', () => {
    assert.deepEqual(kinds('function getKey(h, cb) {} verify(t, getKey); verify(t, (h, cb) => cb(null, k));'), [
      'callback',
      'callback',
    ]);
    assert.deepEqual(
      kinds(
        'const JWKS = createRemoteJWKSet(new URL(u)); verify(t, JWKS); verify(t, jwksRsa.expressJwtSecret({ jwksUri ' +
          '}));',
      ),
      ['jwks', 'jwks'],
    );
  });

  it('tells public keys from shared secrets', () => {
    assert.deepEqual(
      kinds(
        "verify(t, await importSPKI(pem, 'RS256')); verify(t, fs.readFileSync('keys/public.pem')); verify(t, " +
          'config.publicKey);',
      ),
      ['asymmetric', 'asymmetric', 'asymmetric'],
    );
    assert.deepEqual(
      kinds(
        "verify(t, 'shhh'); verify(t, process.env.JWT_SECRET); verify(t, new TextEncoder().encode(s)); verify(t, " +
          "Buffer.from(secret, 'base64'));",
      ),
      ['symmetric', 'symmetric', 'symmetric', 'symmetric'],
    );
  });

  it('says unknown when nothing tells', () => {
    assert.deepEqual(kinds('verify(t, key); verify(t); verify(t, load());'), ['unknown', 'unknown', 'unknown']);
  });
});
