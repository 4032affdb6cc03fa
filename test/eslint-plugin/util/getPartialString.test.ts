import assert from 'node:assert/strict';

import type { TSESTree } from '@typescript-eslint/utils';

import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import { getPartialString } from '../../../eslint-plugin/src/util';

function textOf(code: string): string | undefined {
  let out: string | undefined;
  new Linter({ configType: 'flat' }).verify(code, [
    {
      languageOptions: { parser },
      plugins: {
        t: {
          rules: {
            probe: {
              create: (context: { sourceCode: unknown }) => ({
                'CallExpression[callee.name="check"]'(node: TSESTree.CallExpression) {
                  out = getPartialString(node.arguments[0]!, context.sourceCode as never, '\u0000');
                },
              }),
            },
          },
        },
      },
      rules: { 't/probe': 'error' },
    },
  ] as never);
  return out;
}

describe('getPartialString', () => {
  it('keeps static parts and marks dynamic ones', () => {
    assert.equal(textOf('check(`https://api/x?access_token=${t}`);'), 'https://api/x?access_token=\u0000');
    assert.equal(textOf("check(base + '?id_token=' + t + '&x=1');"), '\u0000?id_token=\u0000&x=1');
    assert.equal(textOf("const BASE = 'https://a'; check(BASE + '/p?q=' + q);"), 'https://a/p?q=\u0000');
    assert.equal(textOf('check(42);'), '\u0000');
  });
});
