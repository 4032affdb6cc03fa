import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { getObjectShape } from '../../../../eslint-plugin/src/util/evaluate/getObjectShape';
import { collectNodes } from '../collectNodes';

/** The shape of the first argument of `use(…)`. */
function shapeOf(code: string): { complete: boolean; keys: string[]; values: string[] } | undefined {
  const [shape] = collectNodes(code, 'CallExpression[callee.name="use"]', (node, sourceCode) => {
    const s = getObjectShape((node as TSESTree.CallExpression).arguments[0]!, sourceCode);
    return s && { complete: s.complete, keys: [...s.properties.keys()], values: [...s.values.keys()] };
  });
  return shape;
}

describe('getObjectShape', () => {
  it('reads literals and constants, spreads included, last definition winning', () => {
    assert.deepEqual(shapeOf("const base = { a: 1, b: 2 }; const o = { ...base, b: 3, ['c']: 4 }; use(o);"), {
      complete: true,
      keys: ['a', 'b', 'c'],
      values: ['a', 'b', 'c'],
    });
  });

  it('is incomplete with a spread it cannot see or a computed key that does not fold', () => {
    assert.equal(shapeOf('use({ ...options, a: 1 });')?.complete, false);
    assert.equal(shapeOf('use({ [key]: 1 });')?.complete, false);
  });

  it('adds members assigned to the constant later, and gives up on dynamic ones', () => {
    assert.deepEqual(shapeOf('const o = {}; o.secretOrKey = k; o.audience = a; use(o);'), {
      complete: true,
      keys: [],
      values: ['secretOrKey', 'audience'],
    });
    assert.equal(shapeOf('const o = {}; o[name] = k; use(o);')?.complete, false);
    assert.equal(shapeOf('const o = {}; Object.assign(o, extra); use(o);')?.complete, false);
  });

  it('returns undefined for values that are not object literals', () => {
    assert.equal(shapeOf('use(options);'), undefined);
    assert.equal(shapeOf('use(makeOptions());'), undefined);
  });
});
