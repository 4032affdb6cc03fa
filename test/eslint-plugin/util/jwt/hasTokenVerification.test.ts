import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { hasTokenVerification } from '../../../../eslint-plugin/src/util/jwt/hasTokenVerification';
import { collectNodes } from '../collectNodes';

function verified(code: string): boolean[] {
  return collectNodes(code, 'CallExpression[callee.property.name="decode"]', (node, sourceCode) =>
    hasTokenVerification((node as TSESTree.CallExpression).arguments[0]!, node, sourceCode),
  );
}

describe('hasTokenVerification', () => {
  it('finds a verify of the same token before or after, in the function or around a callback', () => {
    assert.deepEqual(verified('function f(token) { const h = jwt.decode(token); return jwt.verify(token, key); }'), [
      true,
    ]);
    assert.deepEqual(verified('async function f(t) { await verifyAccessToken(t); return jwt.decode(t); }'), [true]);
    assert.deepEqual(verified('async function f(t) { await tokenValidator.validateToken(t); return jwt.decode(t); }'), [
      true,
    ]);
    assert.deepEqual(verified('jwt.verify(token, key, (err) => { if (err) log(jwt.decode(token)); });'), [true]);
    assert.deepEqual(
      verified(
        'function f(req) { const d = jwt.decode(req.headers.authorization); jwt.verify(req.headers.authorization, ' +
          'k); }',
      ),
      [true],
    );
  });

  it('does not count a verify of another token or in another function', () => {
    assert.deepEqual(verified('function f(a, b) { jwt.verify(a, key); return jwt.decode(b); }'), [false]);
    assert.deepEqual(verified('function f(t) { return jwt.decode(t); } function g(t) { return jwt.verify(t, k); }'), [
      false,
    ]);
  });
});
