import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { containsNode } from '../../../../eslint-plugin/src/util/ast/containsNode';
import { collectNodes } from '../collectNodes';

describe('containsNode', () => {
  it('finds a matching node under the root, and stops at the node budget', () => {
    const isTid = (n: TSESTree.Node): boolean => n.type === 'Identifier' && n.name === 'tid';
    const [found, notFound, overBudget] = collectNodes(
      'function a(t) { if (t.tid) ok(); } function b(t) { ok(t.oid); } function c(t) { x(1, 2, 3, 4, 5, t.tid); }',
      'FunctionDeclaration',
      (node, sourceCode) => containsNode(node, isTid, sourceCode, (node as TSESTree.FunctionDeclaration).id?.name === 'c' ? 3 : 5000),
    );
    assert.deepEqual([found, notFound, overBudget], [true, false, false]);
  });
});
