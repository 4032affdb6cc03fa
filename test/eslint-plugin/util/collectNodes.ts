import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

/**
 * Test support for the shared helpers: parses `code` (TypeScript-ESTree, or espree with `javascript: true`),
 * and calls `visit` on every node that matches `selector`, with the file's `SourceCode`, returning what it
 * returns. Fixes a visitor asks for (`fixes`) are applied to the text, for helpers that build fixes.
 */
export function collectNodes<T>(
  code: string,
  selector: string,
  visit: (node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>) => T,
  { javascript = false, filename = 'file.ts' }: { javascript?: boolean; filename?: string } = {},
): T[] {
  const out: T[] = [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx', '**/*.js'],
        languageOptions: javascript ? { sourceType: 'module' } : { parser: parser as never },
        plugins: {
          test: {
            rules: {
              collect: {
                create: context => ({
                  [selector]: (node: TSESTree.Node) => {
                    out.push(visit(node, context.sourceCode as unknown as Readonly<TSESLint.SourceCode>));
                  },
                }),
              },
            },
          },
        },
        rules: { 'test/collect': 'error' },
      },
    ],
    filename,
  );
  const fatal = messages.find(m => m.fatal);
  if (fatal) {
    throw new Error(fatal.message);
  }
  return out;
}

/** Applies one fix built by a helper to `code`, the way ESLint would. */
export function applyFix(
  code: string,
  selector: string,
  build: (
    node: TSESTree.Node,
    sourceCode: Readonly<TSESLint.SourceCode>,
  ) => ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined,
): string | undefined {
  const linter = new Linter({ configType: 'flat' });
  let applied = false;
  const result = linter.verifyAndFix(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: parser as never },
        plugins: {
          test: {
            rules: {
              fix: {
                meta: { fixable: 'code' },
                create: context => ({
                  [selector]: (node: TSESTree.Node) => {
                    const fix = build(node, context.sourceCode as unknown as Readonly<TSESLint.SourceCode>);
                    if (fix && !applied) {
                      applied = true;
                      context.report({ node: node as never, message: 'fix', fix: fix as never });
                    }
                  },
                }),
              },
            },
          },
        },
        rules: { 'test/fix': 'error' },
      },
    ],
    'file.ts',
  );
  return applied ? result.output : undefined;
}
