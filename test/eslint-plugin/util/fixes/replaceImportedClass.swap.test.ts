import assert from 'node:assert/strict';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';

import { replaceImportedClass } from '../../../../eslint-plugin/src/util/fixes/replaceImportedClass';

/** Applies the edits `replaceImportedClass` proposes for the first `new X(…)` in `code`, or returns undefined. */
function apply(code: string, sourceType: 'module' | 'commonjs' = 'module'): string | undefined {
  const linter = new Linter({ configType: 'flat' });
  let output: string | undefined;
  linter.verify(code, [
    {
      languageOptions: { sourceType },
      plugins: {
        t: {
          rules: {
            probe: {
              meta: { fixable: 'code' },
              create(context) {
                let done = false;
                return {
                  NewExpression(node: unknown): void {
                    const callee = (node as TSESTree.NewExpression).callee;
                    if (done || callee.type !== 'Identifier') return;
                    done = true;
                    const fix = replaceImportedClass(
                      callee,
                      '@azure/identity',
                      'ManagedIdentityCredential',
                      context.sourceCode as never,
                    );
                    if (!fix) return;
                    const edits = fix({
                      replaceText: (n: { range: [number, number] }, text: string) => ({ range: n.range, text }),
                      insertTextAfter: (n: { range: [number, number] }, text: string) => ({
                        range: [n.range[1], n.range[1]],
                        text,
                      }),
                    } as unknown as TSESLint.RuleFixer);
                    output = [...edits]
                      .sort((a, b) => b.range[0] - a.range[0])
                      .reduce((text, e) => text.slice(0, e.range[0]) + e.text + text.slice(e.range[1]), code);
                  },
                };
              },
            },
          },
        },
      },
      rules: { 't/probe': 'error' },
    },
  ]);
  return output;
}

describe('replaceImportedClass', () => {
  it('swaps a named import used once', () => {
    assert.equal(
      apply("import { ClientSecretCredential } from '@azure/identity'; new ClientSecretCredential(a, b, c);"),
      "import { ManagedIdentityCredential } from '@azure/identity'; new ManagedIdentityCredential(a, b, c);",
    );
  });
  it('adds to the import when the old name is used elsewhere too', () => {
    assert.equal(
      apply("import { ClientSecretCredential as CSC } from '@azure/identity'; new CSC(a, b, c); export { CSC };"),
      "import { ClientSecretCredential as CSC, ManagedIdentityCredential } from '@azure/identity'; new " +
        'ManagedIdentityCredential(a, b, c); export { CSC };',
    );
  });
  it('edits CommonJS destructuring', () => {
    assert.equal(
      apply(
        "const { ClientSecretCredential } = require('@azure/identity'); new ClientSecretCredential(a, b, c);",
        'commonjs',
      ),
      "const { ManagedIdentityCredential } = require('@azure/identity'); new ManagedIdentityCredential(a, b, c);",
    );
  });
  it('reuses an existing import of the target, and refuses a clash with another binding', () => {
    assert.equal(
      apply(
        "import { ClientSecretCredential, ManagedIdentityCredential } from '@azure/identity'; new " +
          'ClientSecretCredential(a, b, c);',
      ),
      "import { ClientSecretCredential, ManagedIdentityCredential } from '@azure/identity'; new " +
        'ManagedIdentityCredential(a, b, c);',
    );
    assert.equal(
      apply(
        "import { ClientSecretCredential } from '@azure/identity'; class ManagedIdentityCredential {} new " +
          'ClientSecretCredential(a, b, c);',
      ),
      undefined,
    );
  });
  it('refuses default and namespace imports', () => {
    assert.equal(apply("import identity from '@azure/identity'; const C = identity; new C(a, b, c);"), undefined);
  });
});
