import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { removePropertyFix } from '../../../eslint-plugin/src/util';
import { applyFix } from './collectNodes';

function removed(code: string): string | undefined {
  return applyFix(code, 'Property[key.name="drop"]', (node, sourceCode) => removePropertyFix(node as TSESTree.Property, sourceCode));
}

describe('removePropertyFix', () => {
  it('removes the property with its comma, first, middle, last or alone', () => {
    assert.equal(removed('f({ drop: 1, b: 2 });'), 'f({ b: 2 });');
    assert.equal(removed('f({ a: 1, drop: 2, b: 3 });'), 'f({ a: 1, b: 3 });');
    assert.equal(removed('f({ a: 1, drop: 2 });'), 'f({ a: 1 });');
    assert.equal(removed('f({ drop: 1 });'), 'f({});');
  });

  it('removes the whole line of a property on a line of its own', () => {
    assert.equal(removed('f({\n  a: 1,\n  drop: true,\n  b: 2,\n});'), 'f({\n  a: 1,\n  b: 2,\n});');
  });
});
