import assert from 'node:assert/strict';

import type { TSESTree } from '@typescript-eslint/utils';

import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import { getExpressionTokenKind } from '../../../../eslint-plugin/src/util/http/getExpressionTokenKind';

/** The token kind of the argument of `check(...)` in `code`. */
function kindOf(code: string): string | undefined {
  let out: string | undefined = 'not run';
  const linter = new Linter({ configType: 'flat' });
  linter.verify(code, [
    {
      languageOptions: { parser },
      plugins: {
        t: {
          rules: {
            probe: {
              create: (context: { sourceCode: unknown }) => ({
                'CallExpression[callee.name="check"]'(node: TSESTree.CallExpression) {
                  out = getExpressionTokenKind(node.arguments[0]!, context.sourceCode as never)?.kind;
                },
              }),
            },
          },
        },
      },
      rules: { 't/probe': 'error' },
    },
  ] as never);
  return out;
}

describe('getExpressionTokenKind', () => {
  it('reads the kind from identifiers and static members', () => {
    assert.equal(kindOf('check(accessToken);'), 'access');
    assert.equal(kindOf('check(result.idToken);'), 'id');
    assert.equal(kindOf("check(tokens['refresh_token']);"), 'refresh');
    assert.equal(kindOf('check(session.jwt);'), 'generic');
    assert.equal(kindOf('check(result?.accessToken!);'), 'access');
  });

  it('does not count calls, lengths, negations, imports or other names', () => {
    assert.equal(kindOf('check(redact(accessToken));'), undefined);
    assert.equal(kindOf('check(accessToken.length);'), undefined);
    assert.equal(kindOf('check(!!accessToken);'), undefined);
    assert.equal(kindOf("import jwt from 'jsonwebtoken'; check(jwt);"), undefined);
    assert.equal(kindOf('check(result.expiresOn);'), undefined);
    assert.equal(kindOf('check(csrfToken);'), undefined);
    assert.equal(kindOf('check(obj[key]);'), undefined);
  });
});
