import assert from 'node:assert/strict';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findVariable, getDeclaredNames } from '../../../../eslint-plugin/src/util/evaluate/findVariable';
import { dedent } from '../../../dedent';

import { withNodes } from '../withSourceCode';

/** `getDeclaredNames` of `code`, as sorted arrays. */
function declared(
  code: string,
  sourceType: 'module' | 'commonjs' | 'script' = 'module',
): { withValue: string[]; definitions: string[] } {
  let out: { withValue: string[]; definitions: string[] } | undefined;
  withNodes(
    code,
    'Program',
    (_nodes, sourceCode) => {
      const names = getDeclaredNames(sourceCode);
      out = { withValue: [...names.withValue].sort(), definitions: [...names.definitions].sort() };
    },
    sourceType,
  );
  assert.ok(out);
  return out;
}

describe('getDeclaredNames', () => {
  it('collects imports and variables declared with a value, in every scope', () => {
    const code = dedent`
      import jwt from 'jsonwebtoken';
      import { verify as check } from 'jsonwebtoken';
      import * as jose from 'jose';
      const { sign: s } = require('jsonwebtoken');
      function outer() { let inner = check; var later; return inner; }
    `;
    assert.deepEqual(declared(code).withValue, ['check', 'inner', 'jose', 'jwt', 's']);
  });

  it('collects function and class declarations separately', () => {
    assert.deepEqual(declared('function verify() {}\nclass Client {}\nconst f = function named() {};').definitions, [
      'Client',
      'named',
      'verify',
    ]);
  });

  it('leaves out parameters, variables without a value, catch bindings and undeclared globals', () => {
    const names = declared('let token; function f(a, { b }) { try { fetch(a); } catch (e) { String(e); } }\n');
    assert.deepEqual(names.withValue, []);
    assert.deepEqual(names.definitions, ['f']);
  });

  it("finds a script's top-level declarations (in the global scope) and TypeScript's `declare global`", () => {
    assert.deepEqual(declared("var jwt = require('jsonwebtoken');\nfunction sign() {}", 'script'), {
      withValue: ['jwt'],
      definitions: ['sign'],
    });
    assert.deepEqual(declared('const a = 1;\nfunction b() {}', 'commonjs'), { withValue: ['a'], definitions: ['b'] });
    assert.deepEqual(
      declared('export {};\ndeclare global {\n  function verify(): void;\n  class Client {}\n}').definitions,
      ['Client', 'verify'],
    );
  });

  it('answers each file once, and each file on its own', () => {
    withNodes('const a = 1;', 'Program', (_nodes, sourceCode) => {
      assert.equal(getDeclaredNames(sourceCode), getDeclaredNames(sourceCode));
    });
    assert.deepEqual(declared('const b = 2;').withValue, ['b']);
  });
});

/** The variable a reference means, found the long way: from the innermost scope outwards. */
function walkScopes(
  node: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.Scope.Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node); scope; scope = scope.upper) {
    const variable = scope.set.get(node.name);
    if (variable) {
      return variable;
    }
  }
  return undefined;
}

describe('findVariable', () => {
  const cases: [string, string][] = [
    [
      'a top-level name used everywhere',
      "import jwt from 'jsonwebtoken';\nconst key = 'k';\nfunction f() { return jwt.sign({}, key); }\n" +
        'class C { m() { return () => key; } }',
    ],
    [
      'a name shadowed by a parameter and a block',
      "const token = 't';\nfunction f(token: string) { return token; }\n{ const token = 1; token; }\ntoken;",
    ],
    [
      'a name declared only inside a function, used outside too',
      'function f() { const inner = 1; return inner; }\ninner;\nf();',
    ],
    [
      'class and function expression names',
      'class Client { static make() { return new Client(); } }\nconst g = function self() { return self; };\n' +
        'new Client(); g();',
    ],
    ['undeclared globals and catch bindings', 'fetch(x); try { y(); } catch (e) { console.log(e); }\nconst e = 2; e;'],
    [
      'a var hoisted out of a block and an arguments object',
      'function f() { if (true) { var v = 1; } return v + arguments.length; }\nvar v = 2; v;',
    ],
  ];
  for (const [title, code] of cases) {
    it(`agrees with a scope walk for every identifier: ${title}`, () => {
      let checked = 0;
      withNodes<TSESTree.Identifier>(code, 'Identifier', (identifiers, sourceCode) => {
        for (const identifier of identifiers) {
          assert.equal(
            findVariable(identifier, sourceCode),
            walkScopes(identifier, sourceCode),
            `${identifier.name} at ${identifier.range[0]}`,
          );
          checked++;
        }
      });
      assert.ok(checked > 3);
    });
  }

  it('answers a name declared once at the top of the file without a scope walk, and a shadowed one with it', () => {
    withNodes<TSESTree.Identifier>(
      'const once = 1;\nconst twice = 2;\nfunction f(twice: number) { return once + twice; }',
      'Identifier',
      (_ids, sourceCode) => {
        const { fileLevel } = getDeclaredNames(sourceCode);
        assert.equal(fileLevel.get('once')?.name, 'once');
        assert.equal(fileLevel.get('twice'), null);
        assert.equal(fileLevel.has('f'), true);
        assert.equal(fileLevel.has('fetch'), false);
      },
    );
  });
});
