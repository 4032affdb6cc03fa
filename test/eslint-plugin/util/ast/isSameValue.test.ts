import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { isSameValue } from '../../../../eslint-plugin/src/util/ast/isSameValue';
import { collectNodes } from '../collectNodes';

function same(code: string): boolean {
  const [result] = collectNodes(code, 'CallExpression[callee.name="same"]', (node, sourceCode) => {
    const [a, b] = (node as TSESTree.CallExpression).arguments;
    return isSameValue(a!, b!, sourceCode);
  });
  return result!;
}

describe('isSameValue', () => {
  it('matches the same variable and the same expression text', () => {
    assert.equal(same('const t = x; same(t, t);'), true);
    assert.equal(same('same(req.headers.authorization, req.headers.authorization);'), true);
    assert.equal(same('same(t as string, t!);'), true);
  });

  it('tells different variables and expressions apart', () => {
    assert.equal(same('same(a, b);'), false);
    assert.equal(same('same(t, x.t);'), false);
    assert.equal(same('same(req.body.token, req.query.token);'), false);
  });
});
