import type { RunTests } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';

import { RuleTester } from '@typescript-eslint/rule-tester';

import { recordFixOutputs } from './fixOutputs';

/**
 * A RuleTester on the TypeScript-ESTree parser (the default), as the extension and most TS projects lint. Every
 * invalid case's fix and suggestion outputs are also recorded, for the test that type-checks them.
 */
export function createRuleTester(): RuleTester {
  return new RecordingRuleTester({
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  });
}

class RecordingRuleTester extends RuleTester {
  override run<MessageIds extends string, Options extends readonly unknown[]>(
    ruleName: string,
    rule: TSESLint.RuleModule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ): void {
    recordFixOutputs(ruleName, tests.invalid);
    super.run(ruleName, rule, tests);
  }
}

/**
 * Language options for cases that must also hold on ESLint's own parser (espree and eslint-scope), which
 * plain JavaScript projects use: `{ code, languageOptions: javascript }`.
 */
export const javascript = {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  parser: require('espree') as TSESLint.Parser.LooseParserModule,
  sourceType: 'module' as const,
};

/** The same, for CommonJS scripts. */
export const commonjs = {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  parser: require('espree') as TSESLint.Parser.LooseParserModule,
  sourceType: 'commonjs' as const,
};
