import type { Linter } from 'eslint';

import * as tsParser from '@typescript-eslint/parser';
import { Linter as ESLintLinter } from 'eslint';

import type { RulesPlugin } from './allRules';

import { allRulesConfig, PLUGIN, ruleIds, singleRuleConfig } from './allRules';

export type ParserName = 'typescript' | 'espree';

export interface RuleException {
  file: string;
  parser: ParserName;
  /** The rule that threw, or undefined when ESLint could not tell. */
  ruleId: string | undefined;
  message: string;
  /** The first frames of the stack, enough to find the line of the rule. */
  stack: string;
}

export interface LintOutcome {
  /** The parser accepted the file (in one of the source types tried) and the rules ran. */
  parsed: boolean;
  exceptions: RuleException[];
  /** How many findings the rules reported (so a run that reports nothing anywhere is noticed). */
  findings: number;
}

const linter = new ESLintLinter({ configType: 'flat' });

function languageOptions(parser: ParserName, sourceType: 'module' | 'commonjs', jsx: boolean): Linter.LanguageOptions {
  return parser === 'typescript'
    ? { parser: tsParser as Linter.Parser, sourceType, ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx } } }
    : { sourceType, ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx } } };
}

function configFor(
  parser: ParserName,
  sourceType: 'module' | 'commonjs',
  jsx: boolean,
  rules: Linter.Config,
): Linter.Config[] {
  return [
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      languageOptions: languageOptions(parser, sourceType, jsx),
      // Directives in third-party code name rules we do not have; neither they nor their reports matter here.
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    },
    rules,
  ];
}

function ruleOf(error: Error): string | undefined {
  return /Rule: "zero-trust\/([^"]+)"/.exec(error.message)?.[1];
}

function describeError(error: unknown): { message: string; stack: string } {
  const e = error instanceof Error ? error : new Error(String(error));
  return { message: e.message.split('\n', 1)[0] ?? '', stack: (e.stack ?? '').split('\n').slice(1, 6).join('\n') };
}

/**
 * Lints `code` with every rule of the plugin and never throws: a rule exception is caught and, so that one
 * throwing rule does not hide another, each rule is then run alone on the file to list every rule that throws.
 * The source type is guessed from the file (module first when it imports or exports) and the other is tried
 * when the parser rejects the first; a file neither parses is `parsed: false`.
 */
export function lintSafely(code: string, file: string, parser: ParserName, plugin: RulesPlugin = PLUGIN): LintOutcome {
  const jsx = /\.(jsx|tsx)$/.test(file);
  const looksModule = /\.(mjs|mts)$/.test(file) || (!/\.(cjs|cts)$/.test(file) && /^\s*(import|export)\b/m.test(code));
  const sourceTypes: ('module' | 'commonjs')[] = looksModule ? ['module', 'commonjs'] : ['commonjs', 'module'];
  // The virtual file name only has to match the `files` pattern; keep the extension for the parser.
  const filename = `file${/\.[^./\\]+(\.[^./\\]+)?$/.exec(file)?.[0] ?? '.js'}`;
  for (const sourceType of sourceTypes) {
    let messages: Linter.LintMessage[];
    try {
      messages = linter.verify(code, configFor(parser, sourceType, jsx, allRulesConfig(plugin)), filename);
    } catch (error) {
      return {
        parsed: true,
        exceptions: findThrowingRules(code, file, filename, parser, sourceType, jsx, error, plugin),
        findings: 0,
      };
    }
    if (messages.some(m => m.fatal)) continue;
    // A notice without a rule id that is not about the ignored inline comments: the file did not reach the rules.
    const notice = messages.find(m => m.ruleId === null && !/noInlineConfig/.test(m.message));
    // A mistake in this harness, not in a rule.
    if (notice) throw new Error(`${file} was not linted: ${notice.message}`);
    return { parsed: true, exceptions: [], findings: messages.filter(m => m.ruleId?.startsWith('zero-trust/')).length };
  }
  return { parsed: false, exceptions: [], findings: 0 };
}

function findThrowingRules(
  code: string,
  file: string,
  filename: string,
  parser: ParserName,
  sourceType: 'module' | 'commonjs',
  jsx: boolean,
  first: unknown,
  plugin: RulesPlugin,
): RuleException[] {
  const out: RuleException[] = [];
  for (const ruleId of ruleIds(plugin)) {
    try {
      linter.verify(code, configFor(parser, sourceType, jsx, singleRuleConfig(ruleId, plugin)), filename);
    } catch (error) {
      out.push({ file, parser, ruleId, ...describeError(error) });
    }
  }
  if (out.length === 0) {
    // Thrown with every rule on but with none alone (an interaction), or by something outside the rules.
    out.push({ file, parser, ruleId: first instanceof Error ? ruleOf(first) : undefined, ...describeError(first) });
  }
  return out;
}

/**
 * The findings of every rule on `code` as `rule line:column messageId` lines, in the source type `lintSafely`
 * would pick, or `undefined` when the file does not parse. For comparing two runs of the same rules.
 */
export function lintFindings(
  code: string,
  file: string,
  parser: ParserName,
  plugin: RulesPlugin = PLUGIN,
): string[] | undefined {
  const jsx = /\.(jsx|tsx)$/.test(file);
  const looksModule = /\.(mjs|mts)$/.test(file) || (!/\.(cjs|cts)$/.test(file) && /^\s*(import|export)\b/m.test(code));
  const filename = `file${/\.[^./\\]+(\.[^./\\]+)?$/.exec(file)?.[0] ?? '.js'}`;
  for (const sourceType of looksModule ? (['module', 'commonjs'] as const) : (['commonjs', 'module'] as const)) {
    const messages = linter.verify(code, configFor(parser, sourceType, jsx, allRulesConfig(plugin)), filename);
    if (messages.some(m => m.fatal)) continue;
    return messages
      .filter(m => m.ruleId?.startsWith('zero-trust/'))
      .map(m => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.messageId}`);
  }
  return undefined;
}
