import * as assert from 'node:assert/strict';
import { serialize } from 'node:v8';

import type { LintOutcome } from '../../extension/src/core/lint';
import type { WireOutcome } from '../../extension/src/core/wire';

import { decodeOutcome, encodeOutcome } from '../../extension/src/core/wire';

const range = (line: number, from: number, to: number) => ({
  start: { line, character: from },
  end: { line, character: to },
});

/**
 * Two findings of one rule (a fix and a suggestion), one without doc URL, fix or suggestions, one with two suggestions.
 */
const OUTCOME: LintOutcome = {
  findings: [
    {
      ruleId: 'zero-trust/no-disabled-tls-validation',
      ruleName: 'no-disabled-tls-validation',
      message: 'TLS validation is off.',
      severity: 2,
      range: range(3, 4, 30),
      docsUrl: 'https://example.test/no-disabled-tls-validation.md',
      fix: { range: range(3, 24, 29), newText: 'true', offsets: [80, 85] },
      suggestions: [],
    },
    {
      ruleId: 'zero-trust/no-disabled-tls-validation',
      ruleName: 'no-disabled-tls-validation',
      message: 'TLS validation is off.',
      severity: 2,
      range: range(9, 0, 12),
      docsUrl: 'https://example.test/no-disabled-tls-validation.md',
      suggestions: [
        { desc: 'Remove the setting.', edit: { range: range(9, 0, 12), newText: '', offsets: [200, 212] } },
      ],
    },
    {
      ruleId: 'zero-trust/no-password-grant',
      ruleName: 'no-password-grant',
      message: 'Bad grant.',
      severity: 1,
      range: range(0, 0, 0),
      suggestions: [],
    },
    {
      ruleId: 'zero-trust/require-jwt-audience-issuer',
      ruleName: 'require-jwt-audience-issuer',
      message: 'No audience.',
      severity: 2,
      range: { start: { line: 12, character: 2 }, end: { line: 14, character: 1 } },
      docsUrl: 'https://example.test/require-jwt-audience-issuer.md',
      suggestions: [
        {
          desc: 'Add `audience`.',
          edit: { range: range(12, 40, 40), newText: "audience: 'api://x', ", offsets: [300, 300] },
        },
        {
          desc: 'Add `audience` and `issuer`.',
          edit: { range: range(12, 40, 40), newText: "audience: 'api://x', issuer: 'y', ", offsets: [300, 300] },
        },
      ],
    },
  ],
  ruleErrors: [{ ruleId: 'zero-trust/no-token-in-url', message: 'boom' }],
  lintMs: 12.5,
};

describe('wire: the lint worker’s packed answer', () => {
  it('gives back exactly the outcome it packed', () => {
    assert.deepEqual(decodeOutcome(encodeOutcome(OUTCOME)), OUTCOME);
  });

  it('keeps a parse error and an empty outcome', () => {
    const failed: LintOutcome = {
      findings: [],
      parseError: { message: 'Unexpected token.', range: range(4, 2, 2) },
      ruleErrors: [],
      lintMs: 3,
    };
    const wire = encodeOutcome(failed);
    assert.equal(wire.data.length, 0);
    assert.deepEqual(wire.strings, []);
    assert.deepEqual(decodeOutcome(wire), failed);
  });

  it('sends each distinct string once', () => {
    const wire = encodeOutcome(OUTCOME);
    assert.equal(new Set(wire.strings).size, wire.strings.length);
    assert.equal(wire.strings.filter(value => value === 'TLS validation is off.').length, 1);
    assert.equal(
      wire.strings.filter(value => value === 'https://example.test/no-disabled-tls-validation.md').length,
      1,
    );
  });

  it('is smaller on the wire than the findings as objects when strings repeat', () => {
    const many: LintOutcome = {
      ...OUTCOME,
      findings: Array.from({ length: 200 }, (_, i) => ({ ...OUTCOME.findings[i % 4]!, range: range(i, 0, 5) })),
    };
    const packed = serialize(encodeOutcome(many)).length;
    const plain = serialize(many).length;
    assert.ok(packed * 3 < plain, `packed ${packed} bytes, as objects ${plain} bytes`);
  });

  it('rejects an answer that is not a packing', () => {
    const wire = encodeOutcome(OUTCOME);
    assert.throws(() => decodeOutcome({ ...wire, data: wire.data.subarray(0, wire.data.length - 1) }), /truncated/);
    assert.throws(() => decodeOutcome({ ...wire, strings: [] }), /missing string/);
    assert.throws(() => decodeOutcome({ ...wire, data: [1, 2, 3] as unknown as Int32Array }), /unknown format/);
    assert.throws(() => decodeOutcome({ lintMs: 1 } as unknown as WireOutcome), /unknown format/);
  });
});
