import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

/**
 * Parses `code` as ESLint would and hands `visit` the source code and every node of type `type`, in order, so
 * util helpers can be tested on real scope analysis. Throws what `visit` throws.
 */
export function withNodes<T extends TSESTree.Node>(
  code: string,
  type: string,
  visit: (nodes: T[], sourceCode: Readonly<TSESLint.SourceCode>) => void,
  sourceType: 'module' | 'commonjs' | 'script' = 'module',
): void {
  const linter = new Linter({ configType: 'flat' });
  const found: T[] = [];
  let error: unknown;
  const rule = {
    create(context: { sourceCode: unknown }) {
      return {
        [type](node: T) {
          found.push(node);
        },
        'Program:exit'() {
          try {
            visit(found, context.sourceCode as Readonly<TSESLint.SourceCode>);
          } catch (e) {
            error = e;
          }
        },
      };
    },
  };
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser, sourceType },
        plugins: { t: { rules: { r: rule as never } } },
        rules: { 't/r': 'error' },
      },
    ],
    'file.ts',
  );
  const fatal = messages.find(m => m.fatal);
  if (fatal) throw new Error(fatal.message);
  if (error) throw error;
}
