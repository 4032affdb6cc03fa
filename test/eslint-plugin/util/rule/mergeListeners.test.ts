import assert from 'node:assert/strict';

import type { TSESLint } from '@typescript-eslint/utils';

import { mergeListeners } from '../../../../eslint-plugin/src/util/rule/mergeListeners';

describe('mergeListeners', () => {
  it('runs every handler of a selector, in order, and keeps the others', () => {
    const calls: string[] = [];
    const merged = mergeListeners(
      { Identifier: () => calls.push('a'), Literal: () => calls.push('literal') } as TSESLint.RuleListener,
      { Identifier: () => calls.push('b') } as TSESLint.RuleListener,
    ) as Record<string, (node: never) => void>;
    merged.Identifier!(undefined as never);
    merged.Literal!(undefined as never);
    assert.deepEqual(calls, ['a', 'b', 'literal']);
    assert.deepEqual(Object.keys(merged).sort(), ['Identifier', 'Literal']);
  });
});
