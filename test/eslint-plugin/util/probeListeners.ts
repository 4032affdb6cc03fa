import type { TSESLint } from '@typescript-eslint/utils';

import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

/**
 * Test support for helpers that build listeners: lints `code` (TypeScript-ESTree; JSX on for `.tsx` names) with one
 * rule whose listeners `create` returns for the file's `SourceCode`, and returns ESLint's messages.
 */
export function probeListeners(
  code: string,
  create: (
    sourceCode: Readonly<TSESLint.SourceCode>,
    context: { id: string; sourceCode: Readonly<TSESLint.SourceCode> },
  ) => TSESLint.RuleListener,
  filename = 'probe.ts',
): Linter.LintMessage[] {
  return new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: filename.endsWith('.tsx') } } },
        plugins: {
          t: {
            rules: {
              probe: {
                create: context =>
                  create(context.sourceCode as unknown as Readonly<TSESLint.SourceCode>, context as never) as never,
              },
            },
          },
        },
        rules: { 't/probe': 'error' },
      },
    ],
    filename,
  );
}
