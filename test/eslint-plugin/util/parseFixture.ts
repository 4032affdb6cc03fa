import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

export interface Fixture {
  sourceCode: Readonly<TSESLint.SourceCode>;
  /** The last node of `type` whose source text is `text` (the thing a test asks about). */
  find<T extends TSESTree.Node>(type: `${T['type']}`, text?: string): T;
}

/**
 * Parses `code` the way ESLint does (with the TypeScript-ESTree parser, or espree for `parser: 'espree'`) and
 * hands back its SourceCode, so the shared analysis can be tested on real scope information.
 */
export function parseFixture(
  code: string,
  options: { parser?: 'typescript' | 'espree'; sourceType?: 'module' | 'commonjs' } = {},
): Fixture {
  let captured: Readonly<TSESLint.SourceCode> | undefined;
  const nodes: TSESTree.Node[] = [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: {
          ...(options.parser === 'espree' ? {} : { parser: tsParser }),
          sourceType: options.sourceType ?? 'module',
        },
        plugins: {
          fixture: {
            rules: {
              capture: {
                create(context) {
                  captured = context.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
                  return {
                    '*'(node: unknown) {
                      nodes.push(node as TSESTree.Node);
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'fixture/capture': 'error' },
      },
    ],
    'fixture.ts',
  );
  const fatal = messages.find(m => m.fatal || m.ruleId === null);
  if (fatal || !captured) {
    throw new Error(`fixture does not parse: ${fatal?.message}`);
  }
  const sourceCode = captured;
  return {
    sourceCode,
    find<T extends TSESTree.Node>(type: `${T['type']}`, text?: string): T {
      const matches = nodes.filter(
        n => (n.type as string) === type && (text === undefined || sourceCode.getText(n) === text),
      );
      const found = matches[matches.length - 1];
      if (!found) {
        throw new Error(`no ${type}${text === undefined ? '' : ` "${text}"`} in fixture`);
      }
      return found as T;
    },
  };
}
