import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { replaceImportedClass } from '../../../../eslint-plugin/src/util/fixes/replaceImportedClass';

import { withNodes } from '../withSourceCode';

/** Applies the edits for the first `new` in `code` and returns the result (or `undefined` when there are none). */
function apply(code: string): string | undefined {
  let out: string | undefined;
  withNodes<TSESTree.NewExpression>(code, 'NewExpression', (nodes, sourceCode) => {
    const fix = replaceImportedClass(nodes[0]!.callee, '@azure/identity', 'ManagedIdentityCredential', sourceCode);
    if (!fix) return;
    const fixer = {
      replaceText: (node: TSESTree.Node, text: string) => ({ range: node.range, text }),
      insertTextAfter: (node: TSESTree.Node, text: string) => ({ range: [node.range[1], node.range[1]], text }),
    } as unknown as TSESLint.RuleFixer;
    const edits = [...fix(fixer)].sort((a, b) => b.range[0] - a.range[0]);
    out = edits.reduce((text, e) => text.slice(0, e.range[0]) + e.text + text.slice(e.range[1]), code);
  });
  return out;
}

describe('replaceImportedClass', () => {
  it('swaps a sole named import, adds to a shared one, reuses an existing one', () => {
    assert.equal(
      apply("import { DefaultAzureCredential } from '@azure/identity';\nnew DefaultAzureCredential();"),
      "import { ManagedIdentityCredential } from '@azure/identity';\nnew ManagedIdentityCredential();",
    );
    assert.equal(
      apply(
        "import { DefaultAzureCredential } from '@azure/identity';\n" +
          'new DefaultAzureCredential(); new DefaultAzureCredential();',
      ),
      "import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';\n" +
        'new ManagedIdentityCredential(); new DefaultAzureCredential();',
    );
    assert.equal(
      apply(
        "const { DefaultAzureCredential, ManagedIdentityCredential } = require('@azure/identity');\n" +
          'new DefaultAzureCredential(); new ManagedIdentityCredential();',
      ),
      "const { DefaultAzureCredential, ManagedIdentityCredential } = require('@azure/identity');\n" +
        'new ManagedIdentityCredential(); new ManagedIdentityCredential();',
    );
    assert.equal(
      apply("import * as identity from '@azure/identity';\nnew identity.DefaultAzureCredential();"),
      "import * as identity from '@azure/identity';\nnew identity.ManagedIdentityCredential();",
    );
  });
  it('gives up where a different ManagedIdentityCredential is in scope or the callee is not a name', () => {
    assert.equal(
      apply(
        "import { DefaultAzureCredential } from '@azure/identity';\nclass ManagedIdentityCredential {}\n" +
          'new DefaultAzureCredential();',
      ),
      undefined,
    );
    assert.equal(apply('new (getClass())();'), undefined);
  });
});
