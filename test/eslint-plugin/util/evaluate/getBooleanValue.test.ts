import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { getBooleanValue } from '../../../../eslint-plugin/src/util/evaluate/getBooleanValue';
import { collectNodes } from '../collectNodes';

describe('getBooleanValue', () => {
  it('reads boolean literals and constants bound to them, and nothing else', () => {
    const values = collectNodes(
      "const OFF = false; b(true); b(OFF); b(!0); b('true'); b(flag);",
      'CallExpression[callee.name="b"]',
      (node, sourceCode) => getBooleanValue((node as TSESTree.CallExpression).arguments[0], sourceCode),
    );
    assert.deepEqual(values, [true, false, undefined, undefined, undefined]);
  });
});
