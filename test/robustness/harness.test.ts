import assert from 'node:assert/strict';

import type { Rule } from 'eslint';

import { lintSafely } from './support/lintSafely';
import { mutate, seededRandom, tokenize } from './support/mutate';

/** The robustness tests pass only if their harness would catch a rule that throws: shown here on stand-in rules. */
describe('the robustness harness', () => {
  const throwsOnCalls: Rule.RuleModule = {
    meta: { type: 'problem', messages: {} },
    create: () => ({
      CallExpression(node) {
        if (node.arguments.length === 0) throw new TypeError('Cannot read properties of undefined');
      },
    }),
  };
  const reportsIdentifiers: Rule.RuleModule = {
    meta: { type: 'problem', messages: { found: 'Found an identifier.' } },
    create: context => ({ Identifier: node => context.report({ node, messageId: 'found' }) }),
  };
  const plugin = { rules: { 'throws-on-calls': throwsOnCalls, 'reports-identifiers': reportsIdentifiers } };

  for (const parser of ['typescript', 'espree'] as const) {
    it(`catches and names a throwing rule, and still counts the file as parsed (${parser})`, () => {
      const outcome = lintSafely('import { run } from "job";\nrun();\n', 'file.js', parser, plugin);
      assert.equal(outcome.parsed, true);
      assert.deepEqual(
        outcome.exceptions.map(e => [e.ruleId, e.message]),
        [['throws-on-calls', 'Cannot read properties of undefined']],
      );
    });

    it(`counts findings when nothing throws (${parser})`, () => {
      const outcome = lintSafely('const a = b;\n', 'file.cjs', parser, plugin);
      assert.deepEqual(outcome, { parsed: true, exceptions: [], findings: 2 });
    });

    it(`reports a file the parser rejects as not parsed (${parser})`, () => {
      assert.deepEqual(lintSafely('const = ;', 'file.js', parser, plugin), {
        parsed: false,
        exceptions: [],
        findings: 0,
      });
    });
  }

  it('mutates deterministically from its seed', () => {
    const tokens = tokenize('const a = call(b, c);\nexport default a;\n', false)!;
    const run = (): string[] => {
      const random = seededRandom(7);
      return Array.from({ length: 5 }, () => mutate(tokens, random, 2).code);
    };
    assert.deepEqual(run(), run());
    assert.ok(run().some(code => code !== 'const a = call(b, c);\nexport default a;\n'));
  });
});
