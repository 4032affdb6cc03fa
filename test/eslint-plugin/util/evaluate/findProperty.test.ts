import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { findProperty, getPropertyValue } from '../../../../eslint-plugin/src/util/evaluate/findProperty';
import { resolveExpression } from '../../../../eslint-plugin/src/util/evaluate/resolveExpression';
import { parseFixture } from '../parseFixture';

/** `findProperty` on the argument of the last `use(…)` call in `code`, as source text of the property found. */
function lookup(code: string, key: string): string | undefined {
  const fixture = parseFixture(code);
  const call = fixture.find<TSESTree.CallExpression>('CallExpression');
  const property = findProperty(call.arguments[0]!, key, fixture.sourceCode);
  return property && fixture.sourceCode.getText(property);
}

describe('findProperty', () => {
  const cases: [string, string, string | undefined][] = [
    ["use({ clientSecret: 's' });", 'clientSecret', "clientSecret: 's'"],
    ["use({ 'client_secret': 's' });", 'client_secret', "'client_secret': 's'"],
    ["use({ ['grant_type']: 'password' });", 'grant_type', "['grant_type']: 'password'"],
    ["const K = 'grant_type'; use({ [K]: 'password' });", 'grant_type', "[K]: 'password'"],
    ["use({ 1: 'one' });", '1', "1: 'one'"],
    ["use({ shorthand });", 'shorthand', 'shorthand'],
    ["const cfg = { auth: { clientId } }; use(cfg);", 'auth', 'auth: { clientId }'],
    ["const cfg = { auth: {} } as const satisfies Config; use(cfg);", 'auth', 'auth: {}'],
    ["const base = { a: 1 }; use({ ...base, b: 2 });", 'a', 'a: 1'],
    ["const base = { a: 1 }; use({ a: 0, ...base });", 'a', 'a: 1'],
    ["const base = { a: 1 }; use({ ...base, a: 2 });", 'a', 'a: 2'],
    ["const inner = { a: 1 }; const outer = { ...inner }; use({ ...outer });", 'a', 'a: 1'],
    ["use({ a: 1 });", 'b', undefined],
    ["use({ [dynamic]: 1 });", 'dynamic', undefined],
    ["use(config);", 'a', undefined],
    ["function f(cfg) { use(cfg); }", 'a', undefined],
    ['var x = { ...y }; var y = { ...x }; use(x);', 'a', undefined],
  ];
  for (const [code, key, expected] of cases) {
    it(`${code} [${key}] → ${JSON.stringify(expected)}`, () => {
      assert.equal(lookup(code, key), expected);
    });
  }

  it('getPropertyValue follows the value to its constant', () => {
    const fixture = parseFixture("const SECRET = 'abc'; const cfg = { auth: { clientSecret: SECRET } }; use(cfg);");
    const call = fixture.find<TSESTree.CallExpression>('CallExpression');
    const auth = getPropertyValue(call.arguments[0]!, 'auth', fixture.sourceCode)!;
    const secret = getPropertyValue(auth, 'clientSecret', fixture.sourceCode)!;
    assert.equal(fixture.sourceCode.getText(secret), "'abc'");
  });
});

describe('resolveExpression', () => {
  it('follows members and elements of constants, and stops at the unknown', () => {
    const fixture = parseFixture("const A = { list: [{ v: 'deep' }] }; use(A.list[0].v, A.list[1], A.missing);");
    const call = fixture.find<TSESTree.CallExpression>('CallExpression');
    const [deep, missing1, missing2] = call.arguments.map(a => fixture.sourceCode.getText(resolveExpression(a, fixture.sourceCode)));
    assert.deepEqual([deep, missing1, missing2], ["'deep'", 'A.list[1]', 'A.missing']);
  });
});
