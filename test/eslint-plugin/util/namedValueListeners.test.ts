import type { TSESLint } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import { namedValueListeners } from '../../../eslint-plugin/src/util';

/** The `name=value` pairs (and declared identifiers) that `namedValueListeners` hands to its callback for `code`. */
function collect(code: string, jsx = false): string[] {
  const seen: string[] = [];
  new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.tsx'],
        languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: {
          t: {
            rules: {
              probe: {
                create: context => {
                  const sourceCode = context.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
                  return namedValueListeners(
                    sourceCode,
                    (name, value, declared) => seen.push(`${name}=${sourceCode.getText(value)}${declared ? ' (declared)' : ''}`),
                    { jsx },
                  ) as never;
                },
              },
            },
          },
        },
        rules: { 't/probe': 'error' },
      },
    ],
    'probe.tsx',
  );
  return seen;
}

describe('namedValueListeners', () => {
  it('hands over declarations, assignments, defaults and class fields', () => {
    assert.deepEqual(
      collect("const clientSecret = 'a'; cfg.apiKey = 'b'; function f(password = 'c') {} class K { token = 'd'; }"),
      ["clientSecret='a' (declared)", "apiKey='b'", "password='c'", "token='d'"],
    );
  });
  it('reads JSX attributes only when asked', () => {
    assert.deepEqual(collect('const x = <P apiKey="k" />;', true), ['x=<P apiKey="k" />', 'apiKey="k"'].map(s => (s.startsWith('x=') ? `${s} (declared)` : s)));
    assert.deepEqual(collect('const y = <P apiKey="k" />;'), ['y=<P apiKey="k" /> (declared)']);
  });
  it('skips destructuring patterns and object-literal properties', () => {
    assert.deepEqual(collect("const { a } = b; const o = { secret: 's' };"), ["o={ secret: 's' } (declared)"]);
  });
});
