import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { isLocalDefinition } from '../../../../eslint-plugin/src/util/evaluate/isLocalDefinition';

import { withNodes } from '../withSourceCode';

describe('isLocalDefinition', () => {
  it('tells local classes and functions from imports', () => {
    const code = "import { A } from 'a'; class B {} function C() {} const D = 1; A; B; C; D;";
    withNodes<TSESTree.Identifier>(code, 'ExpressionStatement > Identifier', (nodes, sourceCode) => {
      assert.deepEqual(
        nodes.map(n => isLocalDefinition(n, sourceCode)),
        [false, true, true, false],
      );
    });
  });
});
