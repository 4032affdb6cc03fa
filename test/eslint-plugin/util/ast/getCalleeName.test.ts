import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { getCalleeName, getWrittenName } from '../../../../eslint-plugin/src/util/ast/getCalleeName';
import { dedent } from '../../../dedent';

import { withNodes } from '../withSourceCode';

describe('getCalleeName', () => {
  it('names callees by the export they resolve to, or as written', () => {
    const code = dedent`
      const { ClientSecretCredential: CSC } = require('@azure/identity');
      import * as identity from '@azure/identity';
      new CSC(a, b, c);
      new identity.DefaultAzureCredential();
      new thing['Other']();
      new Plain();
      new (factory())();
    `;
    withNodes<TSESTree.NewExpression>(code, 'NewExpression', (nodes, sourceCode) => {
      assert.deepEqual(
        nodes.map(n => getCalleeName(n.callee, sourceCode)?.name),
        ['ClientSecretCredential', 'DefaultAzureCredential', 'Other', 'Plain', undefined],
      );
    });
  });
});

describe('getWrittenName', () => {
  it('names identifiers and static members as written, following no import and no wrapper', () => {
    const code = dedent`
      const { ClientSecretCredential: CSC } = require('@azure/identity');
      new CSC(a, b, c);
      new thing['Other']();
      new a.b.Deep();
      new thing[dynamic]();
      new (factory())();
      new (Wrapped as any)();
    `;
    withNodes<TSESTree.NewExpression>(code, 'NewExpression', (nodes, sourceCode) => {
      assert.deepEqual(
        nodes.map(n => getWrittenName(n.callee, sourceCode)),
        ['CSC', 'Other', 'Deep', undefined, undefined, undefined],
      );
    });
  });
});
