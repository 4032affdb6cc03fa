import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { getConstructedUrlArgument } from '../../../../eslint-plugin/src/util/http/getConstructedUrlArgument';
import { parseFixture } from '../parseFixture';

/** The source text `getConstructedUrlArgument` gives for the argument of the last `use(…)` in `code`. */
function argumentOf(code: string): string | undefined {
  const fixture = parseFixture(code);
  const call = fixture.find<TSESTree.CallExpression>('CallExpression');
  const found = getConstructedUrlArgument(call.arguments[0]!, fixture.sourceCode);
  return found && fixture.sourceCode.getText(found);
}

describe('getConstructedUrlArgument', () => {
  it('reads the first argument of new URL(…), directly or through a constant', () => {
    assert.equal(argumentOf("use(new URL('https://a/b', base));"), "'https://a/b'");
    assert.equal(argumentOf('const JWKS_URL = new URL(`${issuer}/keys`); use(JWKS_URL);'), '`${issuer}/keys`');
  });
  it('is undefined for plain strings, spreads and calls', () => {
    assert.equal(argumentOf("use('https://a/b');"), undefined);
    assert.equal(argumentOf('use(new URL(...parts));'), undefined);
    assert.equal(argumentOf('use(makeUrl(x));'), undefined);
  });
});
