import type { TSESLint } from '@typescript-eslint/utils';

import { RuleTester } from '@typescript-eslint/rule-tester';

/** A RuleTester on the TypeScript-ESTree parser (the default), as the extension and most TS projects lint. */
export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  });
}

/**
 * Language options for cases that must also hold on ESLint's own parser (espree and eslint-scope), which
 * plain JavaScript projects use: `{ code, languageOptions: javascript }`.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const javascript = { parser: require('espree') as TSESLint.Parser.LooseParserModule, sourceType: 'module' as const };

/** The same, for CommonJS scripts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const commonjs = { parser: require('espree') as TSESLint.Parser.LooseParserModule, sourceType: 'commonjs' as const };
