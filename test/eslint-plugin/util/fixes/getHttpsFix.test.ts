import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { getHttpsFix } from '../../../../eslint-plugin/src/util/fixes/getHttpsFix';

import { withNodes } from '../withSourceCode';

const fixer = {
  replaceTextRange: (range: [number, number], text: string) => ({ range, text }),
} as unknown as TSESLint.RuleFixer;

function applyFix(code: string, fix: TSESLint.RuleFix): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('getHttpsFix', () => {
  it('rewrites the scheme of inline literals and templates only', () => {
    const code = "f('http://a.example/x', `HTTP://b.example/${p}`, URL_CONST, 'https://c.example');";
    withNodes<TSESTree.CallExpression>(code, 'CallExpression', nodes => {
      const [a, b, c, d] = nodes[0]!.arguments;
      assert.equal(
        applyFix(code, getHttpsFix(a!)!(fixer)),
        "f('https://a.example/x', `HTTP://b.example/${p}`, URL_CONST, 'https://c.example');",
      );
      assert.equal(
        applyFix(code, getHttpsFix(b!)!(fixer)),
        "f('http://a.example/x', `https://b.example/${p}`, URL_CONST, 'https://c.example');",
      );
      assert.equal(getHttpsFix(c!), undefined);
      assert.equal(getHttpsFix(d!), undefined);
    });
  });
});
