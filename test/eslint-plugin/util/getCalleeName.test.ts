import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { getCalleeName, isLocalDefinition } from '../../../eslint-plugin/src/util';

import { withNodes } from './withSourceCode';

describe('getCalleeName and isLocalDefinition', () => {
  it('names callees by the export they resolve to, or as written', () => {
    const code = [
      "const { ClientSecretCredential: CSC } = require('@azure/identity');",
      "import * as identity from '@azure/identity';",
      'new CSC(a, b, c);',
      'new identity.DefaultAzureCredential();',
      "new thing['Other']();",
      'new Plain();',
      'new (factory())();',
    ].join('\n');
    withNodes<TSESTree.NewExpression>(code, 'NewExpression', (nodes, sourceCode) => {
      assert.deepEqual(nodes.map(n => getCalleeName(n.callee, sourceCode)?.name), ['ClientSecretCredential', 'DefaultAzureCredential', 'Other', 'Plain', undefined]);
    });
  });
  it('tells local classes and functions from imports', () => {
    const code = "import { A } from 'a'; class B {} function C() {} const D = 1; A; B; C; D;";
    withNodes<TSESTree.Identifier>(code, 'ExpressionStatement > Identifier', (nodes, sourceCode) => {
      assert.deepEqual(nodes.map(n => isLocalDefinition(n, sourceCode)), [false, true, true, false]);
    });
  });
});
