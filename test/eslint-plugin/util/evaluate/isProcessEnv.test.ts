import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { isProcessEnv } from '../../../../eslint-plugin/src/util/evaluate/isProcessEnv';

import { withNodes } from '../withSourceCode';

describe('isProcessEnv', () => {
  it('takes process.env and process["env"], and nothing else', () => {
    const code = "a(process.env); a(process['env']); a(proc.env); a(process.environment); a(process);";
    withNodes<TSESTree.CallExpression>(code, 'CallExpression', (nodes, sourceCode) => {
      assert.deepEqual(
        nodes.map(n => isProcessEnv(n.arguments[0]!, sourceCode)),
        [true, true, false, false, false],
      );
    });
  });
});
