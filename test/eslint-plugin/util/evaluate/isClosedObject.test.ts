import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { isClosedObject } from '../../../../eslint-plugin/src/util/evaluate/isClosedObject';

import { withNodes } from '../withSourceCode';

function probe(code: string): boolean {
  let result = false;
  withNodes<TSESTree.VariableDeclarator>(code, 'VariableDeclarator[id.name="probe"]', (nodes, sourceCode) => {
    result = isClosedObject(nodes.at(-1)!.init!, sourceCode);
  });
  return result;
}

describe('isClosedObject', () => {
  it('takes object literals whose spreads and keys are all known', () => {
    assert.equal(probe('const probe = { a: 1, b };'), true);
    assert.equal(probe("const base = { a: 1 }; const K = 'k'; const probe = { ...base, [K]: 2 };"), true);
    assert.equal(probe('const req = { a: 1 }; const probe = req;'), true);
    assert.equal(probe("const P = 'x'; const probe = { [`${P}_exp`]: 1, [1]: 2, ['b' + 'c']: 3 };"), true);
  });
  it('rejects unknown spreads, dynamic keys and non-objects', () => {
    assert.equal(probe('const probe = { ...request, a: 1 };'), false);
    assert.equal(probe('const probe = { [key]: 1 };'), false);
    assert.equal(probe('const probe = { [`${key}_exp`]: 1 };'), false);
    assert.equal(probe("import { KEYS } from './keys'; const probe = { [KEYS.EXP]: 1 };"), false);
    assert.equal(probe('const probe = makeRequest();'), false);
  });
});
