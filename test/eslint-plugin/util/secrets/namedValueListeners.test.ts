import assert from 'node:assert/strict';

import type { TSESLint } from '@typescript-eslint/utils';

import * as parser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';

import plugin from '../../../../eslint-plugin/src';
import {
  hasPendingNamedValues,
  namedValueListeners,
} from '../../../../eslint-plugin/src/util/secrets/namedValueListeners';
import { probeListeners } from '../probeListeners';

/** The `name=value` pairs (and declared identifiers) that `namedValueListeners` hands to its callback for `code`. */
function collect(code: string, jsx = false): string[] {
  const seen: string[] = [];
  probeListeners(
    code,
    (sourceCode, context) =>
      namedValueListeners(context, {
        named: (name, value, declared) =>
          seen.push(`${name}=${sourceCode.getText(value)}${declared ? ' (declared)' : ''}`),
        jsx,
      }),
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
    assert.deepEqual(collect('const x = <P apiKey="k" token={t} />;', true), ['apiKey="k"', 'token=t']);
    assert.deepEqual(collect('const y = <P apiKey="k" />;'), []);
  });
  it('skips destructuring patterns and object-literal properties', () => {
    assert.deepEqual(collect("const { a } = b; const o = { secret: 's' }; const p = K;"), ['p=K (declared)']);
  });
  it('hands over only values that can hold a hard-coded string', () => {
    assert.deepEqual(
      collect(
        "const a = () => 'x'; const b = require('m'); const c = 1; cfg.d = { s: 'x' }; class K { e = []; f = env.F " +
          "?? 'g'; }",
      ),
      ["f=env.F ?? 'g'"],
    );
  });
});

describe('namedValueListeners shared by several rules', () => {
  /** Lints `code` with two rules that both subscribe; returns what each heard and how many listeners each got. */
  function lintTwice(code: string): { heard: string[]; listenerCounts: number[] }[] {
    const runs: { heard: string[]; listenerCounts: number[] }[] = [];
    let run: { heard: string[]; listenerCounts: number[] };
    const rule = (id: string): Rule.RuleModule => ({
      create(context) {
        const sourceCode = context.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
        const listeners = namedValueListeners(
          { id: context.id, sourceCode },
          {
            property: name => run.heard.push(`${id} property ${name}`),
            named: (name, _value, declared) => run.heard.push(`${id} named ${name}${declared ? ' (declared)' : ''}`),
            jsx: id === 'b',
          },
        );
        run.listenerCounts.push(Object.keys(listeners).length);
        return listeners as never;
      },
    });
    const config: Linter.Config[] = [
      {
        files: ['**/*.tsx'],
        languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { t: { rules: { a: rule('a'), b: rule('b') } } },
        rules: { 't/a': 'error', 't/b': 'error' },
      },
    ];
    const linter = new Linter({ configType: 'flat' });
    run = { heard: [], listenerCounts: [] };
    runs.push(run);
    linter.verify(code, config, 'probe.tsx');
    const sourceCode = linter.getSourceCode();
    run = { heard: [], listenerCounts: [] };
    runs.push(run);
    // The same `SourceCode` object again: a new lint, so a new set of listeners.
    linter.verify(sourceCode, config, 'probe.tsx');
    return runs;
  }

  it('gives every rule the listeners and every value to each rule, in rule order, on every lint', () => {
    const expected = {
      heard: [
        'a property token',
        'b property token',
        'a named secret (declared)',
        'b named secret (declared)',
        'b named apiKey',
      ],
      listenerCounts: [8, 8],
    };
    assert.deepEqual(lintTwice("const o = { token: 't' }; const secret = 's'; const x = <P apiKey=\"k\" />;"), [
      expected,
      expected,
    ]);
  });
});

describe('namedValueListeners hub lifetime', () => {
  it('lets go of the hub when the lint ends, with every secret rule of the strict config on', () => {
    // The hub reaches the file's `SourceCode` through the rules' handlers; kept in its `WeakMap`, it would keep the
    // file's syntax tree alive until the next full garbage collection. Its `Program:exit` must not be overridden.
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(
      // `key=` makes no-embedded-secret-token look at strings and comments too (its own `Program:exit`).
      "const cfg = { clientSecret: 'Zq8~s2Kd9fLw3pXv7RtY1bNc4MhJ6gQe5aUo0iTy', password: 'hunter2hunter2' }; // ?key=",
      [{ files: ['**/*.ts'], languageOptions: { parser }, ...plugin.configs.strict }],
      'config.ts',
    );
    assert.ok(messages.length > 0, 'the secret rules ran');
    assert.equal(hasPendingNamedValues(linter.getSourceCode() as unknown as Readonly<TSESLint.SourceCode>), false);
  });
});
