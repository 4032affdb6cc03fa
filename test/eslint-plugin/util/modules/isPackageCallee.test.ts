import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { isPackageCallee } from '../../../../eslint-plugin/src/util/modules/isPackageCallee';
import { parseFixture } from '../parseFixture';

/** `isPackageCallee` on the callee of the last `new …(…)` in `code`. */
function check(code: string): boolean {
  const fixture = parseFixture(code);
  const node = fixture.find<TSESTree.NewExpression>('NewExpression');
  return isPackageCallee(node.callee, 'DefaultAzureCredential', '@azure/identity', fixture.sourceCode);
}

describe('isPackageCallee', () => {
  it('accepts the package export, renamed, namespaced, or an unresolved global of that name', () => {
    assert.ok(check("import { DefaultAzureCredential } from '@azure/identity'; new DefaultAzureCredential();"));
    assert.ok(check("import { DefaultAzureCredential as D } from '@azure/identity'; new D();"));
    assert.ok(check("import * as id from '@azure/identity'; new id.DefaultAzureCredential();"));
    assert.ok(check("const { DefaultAzureCredential } = require('@azure/identity'); new DefaultAzureCredential();"));
    assert.ok(check('new DefaultAzureCredential();'));
  });
  it('rejects a local class, another package, and other names', () => {
    assert.ok(!check('class DefaultAzureCredential {} new DefaultAzureCredential();'));
    assert.ok(!check("import { DefaultAzureCredential } from '../mocks'; new DefaultAzureCredential();"));
    assert.ok(!check("import { ManagedIdentityCredential } from '@azure/identity'; new ManagedIdentityCredential();"));
  });
});
