import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { getStaticString, getStaticStringArray } from '../../../../eslint-plugin/src/util/evaluate/getStaticString';
import { parseFixture } from '../parseFixture';

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
    const fixture = parseFixture("const BASE = ['openid', 'profile']; const SCOPES = [...BASE, 'User.Read', dynamic]; use(SCOPES);");
    const id = fixture.find<TSESTree.Identifier>('Identifier', 'SCOPES');
    const values = getStaticStringArray(id, fixture.sourceCode)?.map(e => e.value);
    assert.deepEqual(values, ['openid', 'profile', 'User.Read', undefined]);
  });
  it('is undefined for what is not an array', () => {
    const fixture = parseFixture("const S = 'User.Read'; use(S);");
    assert.equal(getStaticStringArray(fixture.find<TSESTree.Identifier>('Identifier', 'S'), fixture.sourceCode), undefined);
  });
  it('stops on arrays that spread each other', () => {
    const fixture = parseFixture('var A = [...B]; var B = [...A]; use(A);');
    assert.doesNotThrow(() => getStaticStringArray(fixture.find<TSESTree.Identifier>('Identifier', 'A'), fixture.sourceCode));
  });
});
