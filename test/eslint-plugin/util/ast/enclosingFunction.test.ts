import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import {
  enclosingFunction,
  enclosingFunctionOrProgram,
} from '../../../../eslint-plugin/src/util/ast/enclosingFunction';
import { dedent } from '../../../dedent';

import { withNodes } from '../withSourceCode';

describe('enclosingFunction', () => {
  const code = dedent`
    top();
    function outer() { inner(); const f = async () => arrow(); }
    const g = function named() { expr(); };
  `;

  it('finds the nearest function around a call, or nothing at top level', () => {
    withNodes<TSESTree.CallExpression>(code, 'CallExpression', (nodes, sourceCode) => {
      const around = nodes.map(n => {
        const fn = enclosingFunction(n);
        return fn ? `${fn.type}:${sourceCode.getText(fn).slice(0, 14)}` : undefined;
      });
      assert.deepEqual(around, [
        undefined,
        'FunctionDeclaration:function outer',
        'ArrowFunctionExpression:async () => ar',
        'FunctionExpression:function named',
      ]);
    });
  });

  it('never answers the node itself, and enclosingFunctionOrProgram falls back to the Program', () => {
    withNodes<TSESTree.FunctionDeclaration>(code, 'FunctionDeclaration', ([outer], sourceCode) => {
      assert.equal(enclosingFunction(outer!), undefined);
      assert.equal(enclosingFunctionOrProgram(outer!), sourceCode.ast);
      assert.equal(enclosingFunctionOrProgram(sourceCode.ast), sourceCode.ast);
    });
  });
});
