import * as assert from 'node:assert/strict';

import type { Finding } from '../../extension/src/core/findings';
import type { DiagnosticLike } from '../../extension/src/core/storedLint';

import { findingKey } from '../../extension/src/core/findings';
import {
  diagnosticKey,
  eslintSignature,
  findingsNotShownByEslint,
  storedLint,
} from '../../extension/src/core/storedLint';

function finding(ruleName: string, line: number, character: number): Finding {
  return {
    ruleId: `zero-trust/${ruleName}`,
    ruleName,
    message: `${ruleName} here.`,
    severity: 2,
    range: { start: { line, character }, end: { line, character: character + 4 } },
    suggestions: [],
  };
}

function eslintDiagnostic(
  code: DiagnosticLike['code'],
  line: number,
  character: number,
  source = 'eslint',
): DiagnosticLike {
  return { source, code, message: 'm', range: { start: { line, character }, end: { line, character: character + 1 } } };
}

describe('storedLint', () => {
  const grant = finding('no-password-grant', 2, 6);
  const decode = finding('no-jwt-decode-without-verify', 5, 0);

  it('finds a finding by the key of its diagnostic, with the rule id as a plain code or with a docs link', () => {
    const lint = storedLint(3, [grant, decode], undefined);
    const { range, message } = grant;
    assert.equal(lint.byKey.get(diagnosticKey({ code: grant.ruleId, message, range })), grant);
    assert.equal(lint.byKey.get(diagnosticKey({ code: { value: grant.ruleId }, message, range })), grant);
    assert.equal(lint.byKey.get(diagnosticKey({ code: grant.ruleId, message: 'Another message.', range })), undefined);
    assert.equal(lint.byKey.size, 2);
    assert.equal(lint.version, 3);
  });

  it('keys a diagnostic without a code like a finding without a rule id', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    assert.equal(
      diagnosticKey({ message: 'Does not parse.', range }),
      findingKey({ range, message: 'Does not parse.' }),
    );
  });

  it("eslintSignature: the plugin's findings the ESLint extension shows, sorted, others left out", () => {
    assert.equal(
      eslintSignature([
        eslintDiagnostic({ value: 'zero-trust/no-password-grant' }, 2, 6),
        eslintDiagnostic('zero-trust/no-jwt-decode-without-verify', 5, 0),
        eslintDiagnostic('no-unused-vars', 1, 0),
        eslintDiagnostic('zero-trust/no-implicit-flow', 7, 0, 'Zero Trust'),
        eslintDiagnostic(42, 8, 0),
      ]),
      'zero-trust/no-jwt-decode-without-verify@5:0|zero-trust/no-password-grant@2:6',
    );
    assert.equal(eslintSignature([]), '');
  });

  it('findingsNotShownByEslint: leaves out a finding the ESLint extension shows at the same start', () => {
    const signature = eslintSignature([eslintDiagnostic('zero-trust/no-password-grant', 2, 6)]);
    assert.deepEqual(findingsNotShownByEslint([grant, decode], signature), [decode]);
    assert.deepEqual(
      findingsNotShownByEslint(
        [grant, decode],
        eslintSignature([eslintDiagnostic('zero-trust/no-password-grant', 2, 7)]),
      ),
      [grant, decode],
    );
    assert.deepEqual(findingsNotShownByEslint([grant, decode], ''), [grant, decode]);
  });
});
