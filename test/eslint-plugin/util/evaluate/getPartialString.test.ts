import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { getPartialString, UNKNOWN_PART } from '../../../../eslint-plugin/src/util/evaluate/getPartialString';

import { withNodes } from '../withSourceCode';

function probe(code: string, placeholder?: string): string {
  let result = '';
  withNodes<TSESTree.VariableDeclarator>(code, 'VariableDeclarator[id.name="probe"]', (nodes, sourceCode) => {
    result = getPartialString(nodes.at(-1)!.init!, sourceCode, placeholder);
  });
  return result;
}

describe('getPartialString', () => {
  it('keeps static parts and marks the unknown ones', () => {
    assert.equal(
      probe("const X = 'y'; const probe = `https://${host}/authorize?x=${X}`;"),
      `https://${UNKNOWN_PART}/authorize?x=y`,
    );
    assert.equal(probe("const BASE = 'https://a'; const probe = BASE + '/b?c=' + c;"), `https://a/b?c=${UNKNOWN_PART}`);
    assert.equal(probe('const probe = value;'), UNKNOWN_PART);
    assert.equal(probe('const probe = 42;'), UNKNOWN_PART);
  });

  it('reads nested templates and concatenations piece by piece, with the placeholder asked for', () => {
    assert.equal(probe('const probe = `https://api/x?access_token=${t}`;', '*'), 'https://api/x?access_token=*');
    assert.equal(probe("const probe = base + '?id_token=' + t + '&x=1';", '*'), '*?id_token=*&x=1');
    assert.equal(probe('const probe = `a${`b${c}d`}e`;'), `ab${UNKNOWN_PART}de`);
  });
});
