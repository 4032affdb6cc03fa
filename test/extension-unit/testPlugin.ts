// Test-only rules for the extension's unit tests: one with an autofix (today's plugin rules only suggest) and one
// that throws, added to the bundled plugin under its prefix and run through the core's LintEngine.
import type { Rule } from 'eslint';

import type { PluginLike } from '../../extension/src/core/lint';

import zeroTrust from 'eslint-plugin-zero-trust';

/** A test-only rule with an autofix: `var` → `let` (stands in for any rule with a fix). */
const preferLet: Rule.RuleModule = {
  meta: {
    type: 'suggestion',
    fixable: 'code',
    docs: { url: 'https://example.test/prefer-let.md' },
    messages: { useLet: 'Use let.' },
    schema: [],
  },
  create(context) {
    return {
      VariableDeclaration(node) {
        if (node.kind === 'var') {
          const start = node.range![0];
          context.report({
            node,
            messageId: 'useLet',
            fix: fixer => fixer.replaceTextRange([start, start + 3], 'let'),
          });
        }
      },
    };
  },
};

/** A test-only rule that throws on every identifier. */
const throwing: Rule.RuleModule = {
  meta: { type: 'problem', messages: {}, schema: [] },
  create() {
    return {
      Identifier() {
        throw new Error('boom');
      },
    };
  },
};

export const base = zeroTrust as unknown as PluginLike;
export const testPlugin: PluginLike = {
  rules: { ...base.rules, 'prefer-let': preferLet, throwing },
  configs: {
    recommended: {
      rules: { ...base.configs.recommended.rules, 'zero-trust/prefer-let': 'warn', 'zero-trust/throwing': 'error' },
    },
    strict: { rules: { ...base.configs.strict.rules, 'zero-trust/prefer-let': 'warn' } },
  },
};
