import assert from 'node:assert/strict';

import { getDeclaredNames } from '../../../eslint-plugin/src/util/findVariable';

import { withNodes } from './withSourceCode';

/** `getDeclaredNames` of `code`, as sorted arrays. */
function declared(code: string): { withValue: string[]; definitions: string[] } {
  let out: { withValue: string[]; definitions: string[] } | undefined;
  withNodes(code, 'Program', (_nodes, sourceCode) => {
    const names = getDeclaredNames(sourceCode);
    out = { withValue: [...names.withValue].sort(), definitions: [...names.definitions].sort() };
  });
  assert.ok(out);
  return out;
}

describe('getDeclaredNames', () => {
  it('collects imports and variables declared with a value, in every scope', () => {
    const code = [
      "import jwt from 'jsonwebtoken';",
      "import { verify as check } from 'jsonwebtoken';",
      "import * as jose from 'jose';",
      "const { sign: s } = require('jsonwebtoken');",
      'function outer() { let inner = check; var later; return inner; }',
    ].join('\n');
    assert.deepEqual(declared(code).withValue, ['check', 'inner', 'jose', 'jwt', 's']);
  });

  it('collects function and class declarations separately', () => {
    assert.deepEqual(declared('function verify() {}\nclass Client {}\nconst f = function named() {};').definitions, ['Client', 'named', 'verify']);
  });

  it('leaves out parameters, variables without a value, catch bindings and undeclared globals', () => {
    const names = declared('let token; function f(a, { b }) { try { fetch(a); } catch (e) { String(e); } }\n');
    assert.deepEqual(names.withValue, []);
    assert.deepEqual(names.definitions, ['f']);
  });

  it('answers each file once, and each file on its own', () => {
    withNodes('const a = 1;', 'Program', (_nodes, sourceCode) => {
      assert.equal(getDeclaredNames(sourceCode), getDeclaredNames(sourceCode));
    });
    assert.deepEqual(declared('const b = 2;').withValue, ['b']);
  });
});
