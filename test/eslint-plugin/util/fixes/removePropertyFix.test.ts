import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { removePropertyFix } from '../../../../eslint-plugin/src/util/fixes/removePropertyFix';

import { applyFix as applyFixAt } from '../collectNodes';
import { withNodes } from '../withSourceCode';

const fixer = {
  removeRange: (range: [number, number]) => ({ range, text: '' }),
} as unknown as TSESLint.RuleFixer;

function applyFix(code: string, fix: TSESLint.RuleFix): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

/** Removes the property named `drop` from the object in `code`. */
function remove(code: string): string {
  let out = '';
  withNodes<TSESTree.Property>(code, 'Property[key.name="drop"]', (nodes, sourceCode) => {
    out = applyFix(code, removePropertyFix(nodes[0]!, sourceCode)(fixer));
  });
  return out;
}

describe('removePropertyFix', () => {
  it('removes inline properties with the right comma', () => {
    assert.equal(remove('f({ a, drop: false });'), 'f({ a });');
    assert.equal(remove('f({ drop: false, a });'), 'f({ a });');
    assert.equal(remove('f({ a, drop: false, b });'), 'f({ a, b });');
    assert.equal(remove('f({ drop: false });'), 'f({});');
  });
  it('removes whole lines for a property on its own lines', () => {
    assert.equal(remove('f({\n  a,\n  drop: false,\n  b,\n});'), 'f({\n  a,\n  b,\n});');
    assert.equal(remove('f({\n  a,\n  drop: false,\n});'), 'f({\n  a,\n});');
    assert.equal(remove('f({\n  a,\n  drop: false\n});'), 'f({\n  a\n});');
  });
});

function removedFromCall(code: string): string | undefined {
  return applyFixAt(code, 'Property[key.name="drop"]', (node, sourceCode) =>
    removePropertyFix(node as TSESTree.Property, sourceCode),
  );
}

describe('removePropertyFix inside calls', () => {
  it('removes the property with its comma, first, middle, last or alone', () => {
    assert.equal(removedFromCall('f({ drop: 1, b: 2 });'), 'f({ b: 2 });');
    assert.equal(removedFromCall('f({ a: 1, drop: 2, b: 3 });'), 'f({ a: 1, b: 3 });');
    assert.equal(removedFromCall('f({ a: 1, drop: 2 });'), 'f({ a: 1 });');
    assert.equal(removedFromCall('f({ drop: 1 });'), 'f({});');
  });

  it('removes the whole line of a property on a line of its own', () => {
    assert.equal(removedFromCall('f({\n  a: 1,\n  drop: true,\n  b: 2,\n});'), 'f({\n  a: 1,\n  b: 2,\n});');
  });
});
