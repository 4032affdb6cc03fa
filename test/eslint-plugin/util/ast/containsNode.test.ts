import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { containsNode, visitNodes } from '../../../../eslint-plugin/src/util/ast/containsNode';
import { collectNodes } from '../collectNodes';

describe('containsNode', () => {
  it('finds a matching node under the root, and stops at the node budget', () => {
    const isTid = (n: TSESTree.Node): boolean => n.type === 'Identifier' && n.name === 'tid';
    const [found, notFound, overBudget] = collectNodes(
      'function a(t) { if (t.tid) ok(); } function b(t) { ok(t.oid); } function c(t) { x(1, 2, 3, 4, 5, t.tid); }',
      'FunctionDeclaration',
      (node, sourceCode) =>
        containsNode(node, isTid, sourceCode, (node as TSESTree.FunctionDeclaration).id?.name === 'c' ? 3 : 5000),
    );
    assert.deepEqual([found, notFound, overBudget], [true, false, false]);
  });

  it('visits depth first, the last child first, within the node budget, and stops when the visitor says so', () => {
    const [all, budget, stopped] = collectNodes('f(a, b);', 'CallExpression', (node, sourceCode) => {
      const name = (n: TSESTree.Node): string => (n.type === 'Identifier' ? n.name : n.type);
      const runs: [string[], boolean][] = [];
      for (const [max, stopAt] of [
        [10, ''],
        [2, ''],
        [10, 'b'],
      ] as const) {
        const seen: string[] = [];
        const result = visitNodes(node, n => (seen.push(name(n)), name(n) === stopAt), sourceCode, max);
        runs.push([seen, result]);
      }
      return runs;
    })[0]!;
    assert.deepEqual(all, [['CallExpression', 'b', 'a', 'f'], false]);
    assert.deepEqual(budget, [['CallExpression', 'b'], false]);
    assert.deepEqual(stopped, [['CallExpression', 'b'], true]);
  });
});
