import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import {
  findProperty,
  getStaticString,
  getStaticStringArray,
  resolveExpression,
} from '../../../../eslint-plugin/src/util/evaluate/staticValue';
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
    ['use({ shorthand });', 'shorthand', 'shorthand'],
    ['const cfg = { auth: { clientId } }; use(cfg);', 'auth', 'auth: { clientId }'],
    ['const cfg = { auth: {} } as const satisfies Config; use(cfg);', 'auth', 'auth: {}'],
    ['const base = { a: 1 }; use({ ...base, b: 2 });', 'a', 'a: 1'],
    ['const base = { a: 1 }; use({ a: 0, ...base });', 'a', 'a: 1'],
    ['const base = { a: 1 }; use({ ...base, a: 2 });', 'a', 'a: 2'],
    ['const inner = { a: 1 }; const outer = { ...inner }; use({ ...outer });', 'a', 'a: 1'],
    ['use({ a: 1 });', 'b', undefined],
    ['use({ [dynamic]: 1 });', 'dynamic', undefined],
    ['use(config);', 'a', undefined],
    ['function f(cfg) { use(cfg); }', 'a', undefined],
    ['var x = { ...y }; var y = { ...x }; use(x);', 'a', undefined],
  ];
  for (const [code, key, expected] of cases) {
    it(`${code} [${key}] → ${JSON.stringify(expected)}`, () => {
      assert.equal(lookup(code, key), expected);
    });
  }
});

describe('resolveExpression', () => {
  it('follows members and elements of constants, and stops at the unknown', () => {
    const fixture = parseFixture("const A = { list: [{ v: 'deep' }] }; use(A.list[0].v, A.list[1], A.missing);");
    const call = fixture.find<TSESTree.CallExpression>('CallExpression');
    const [deep, missing1, missing2] = call.arguments.map(a =>
      fixture.sourceCode.getText(resolveExpression(a, fixture.sourceCode)),
    );
    assert.deepEqual([deep, missing1, missing2], ["'deep'", 'A.list[1]', 'A.missing']);
  });
});

/** The static value of the initialiser of `const result = …`, the last declaration in `code`. */
function valueOf(code: string): string | undefined {
  const fixture = parseFixture(code);
  const declarator = fixture.find<TSESTree.VariableDeclarator>('VariableDeclarator');
  return getStaticString(declarator.init!, fixture.sourceCode);
}

describe('getStaticString', () => {
  const cases: [string, string | undefined][] = [
    ["const result = 'plain';", 'plain'],
    ['const result = "double";', 'double'],
    ['const result = `no parts`;', 'no parts'],
    ["const A = 'x'; const result = `${A}-${1}-${true}-${null}`;", 'x-1-true-null'],
    ["const result = 'a' + 'b' + 1 + 2;", 'ab12'],
    ["const result = 1 + 2 + 'a';", '3a'],
    ["const A = 'one'; const B = A; const C = B; const result = C;", 'one'],
    ["const A = 'v' as const; const result = A;", 'v'],
    ["const A = 'v'; const result = (A satisfies string) as string;", 'v'],
    ["const A: string | undefined = 'v'; const result = A!;", 'v'],
    ["const A = 'v'; const result = <string>(A);", 'v'],
    ["const CONFIG = { auth: { grant: 'password' } }; const result = CONFIG.auth.grant;", 'password'],
    ["const CONFIG = { ['k']: 'v' }; const result = CONFIG['k'];", 'v'],
    ["const BASE = { a: 'base' }; const CONFIG = { ...BASE }; const result = CONFIG.a;", 'base'],
    ["const LIST = ['zero', 'one'] as const; const result = LIST[1];", 'one'],
    ["const result = later; const later = 'hoisted';", 'hoisted'],
    ["let once = 'never reassigned'; const result = once;", 'never reassigned'],
    // Not static.
    ['const result = process.env.SECRET;', undefined],
    ['const result = `a${x}b`;', undefined],
    ["let changed = 'a'; changed = 'b'; const result = changed;", undefined],
    ["function f(p = 'default') { const result = p; }", undefined],
    // A parameter that shares its name with a constant elsewhere in the file is not that constant.
    ["const token = 'outer'; function f(token) { const result = token; }", undefined],
    ["function f(token) { return token; } const token = 'outer'; const result = token;", 'outer'],
    ["const LIST = [...other, 'x']; const result = LIST[0];", undefined],
    ['const result = 42;', undefined],
    ["const result = 'a' - 'b';", undefined],
    ['const result = /re/;', undefined],
    ['var a = b; var b = a; const result = a;', undefined],
  ];
  for (const [code, expected] of cases) {
    it(`${code} → ${JSON.stringify(expected)}`, () => {
      assert.equal(valueOf(code), expected);
    });
  }
});

describe('getStaticStringArray', () => {
  it('reads array literals through constants and spreads, keeping unknown elements in place', () => {
    const fixture = parseFixture(
      "const BASE = ['openid', 'profile']; const SCOPES = [...BASE, 'User.Read', dynamic]; use(SCOPES);",
    );
    const id = fixture.find<TSESTree.Identifier>('Identifier', 'SCOPES');
    const values = getStaticStringArray(id, fixture.sourceCode)?.map(e => e.value);
    assert.deepEqual(values, ['openid', 'profile', 'User.Read', undefined]);
  });
  it('is undefined for what is not an array', () => {
    const fixture = parseFixture("const S = 'User.Read'; use(S);");
    assert.equal(
      getStaticStringArray(fixture.find<TSESTree.Identifier>('Identifier', 'S'), fixture.sourceCode),
      undefined,
    );
  });
  it('stops on arrays that spread each other', () => {
    const fixture = parseFixture('var A = [...B]; var B = [...A]; use(A);');
    assert.doesNotThrow(() =>
      getStaticStringArray(fixture.find<TSESTree.Identifier>('Identifier', 'A'), fixture.sourceCode),
    );
  });
});
