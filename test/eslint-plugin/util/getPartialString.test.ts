import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { getPartialString, UNKNOWN_PART } from '../../../eslint-plugin/src/util';

import { withNodes } from './withSourceCode';

function probe(code: string): string {
  let result = '';
  withNodes<TSESTree.VariableDeclarator>(code, 'VariableDeclarator[id.name="probe"]', (nodes, sourceCode) => {
    result = getPartialString(nodes.at(-1)!.init!, sourceCode);
  });
  return result;
}

describe('getPartialString', () => {
  it('keeps static parts and marks the unknown ones', () => {
    assert.equal(probe("const X = 'y'; const probe = `https://${host}/authorize?x=${X}`;"), `https://${UNKNOWN_PART}/authorize?x=y`);
    assert.equal(probe("const BASE = 'https://a'; const probe = BASE + '/b?c=' + c;"), `https://a/b?c=${UNKNOWN_PART}`);
    assert.equal(probe('const probe = value;'), UNKNOWN_PART);
    assert.equal(probe('const probe = 42;'), UNKNOWN_PART);
  });
});
