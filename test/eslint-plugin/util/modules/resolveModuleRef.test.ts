import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import {
  CALL,
  isModuleRef,
  matchesSource,
  NEW,
  resolveModuleRef,
} from '../../../../eslint-plugin/src/util/modules/resolveModuleRef';
import { parseFixture } from '../parseFixture';

/** Resolves the last expression statement of `code` (or the node with `text`). */
function resolveLast(code: string, text: string, options?: Parameters<typeof parseFixture>[1]) {
  const fixture = parseFixture(code, options);
  const node = fixture.find<
    TSESTree.CallExpression | TSESTree.Identifier | TSESTree.MemberExpression | TSESTree.NewExpression
  >(
    text.startsWith('new ')
      ? 'NewExpression'
      : text.endsWith(')')
        ? 'CallExpression'
        : text.includes('.') || text.includes('[')
          ? 'MemberExpression'
          : 'Identifier',
    text,
  );
  return resolveModuleRef(node, fixture.sourceCode);
}

describe('resolveModuleRef', () => {
  const cases: [string, string, string, readonly string[]][] = [
    ["import jwt from 'jsonwebtoken'; jwt.decode(t);", 'jwt.decode', 'jsonwebtoken', ['decode']],
    ["import { decode } from 'jsonwebtoken'; decode(t);", 'decode', 'jsonwebtoken', ['decode']],
    ["import { decode as d } from 'jsonwebtoken'; d(t);", 'd', 'jsonwebtoken', ['decode']],
    ["import * as jose from 'jose'; jose.decodeJwt(t);", 'jose.decodeJwt', 'jose', ['decodeJwt']],
    ["import { default as jwt } from 'jsonwebtoken'; jwt.verify(t);", 'jwt.verify', 'jsonwebtoken', ['verify']],
    ["import jwt = require('jsonwebtoken'); jwt.sign(p, k);", 'jwt.sign', 'jsonwebtoken', ['sign']],
    ["const jwt = require('jsonwebtoken'); jwt.verify(t, k);", 'jwt.verify', 'jsonwebtoken', ['verify']],
    ["const { verify } = require('jsonwebtoken'); verify(t, k);", 'verify', 'jsonwebtoken', ['verify']],
    ["const { verify: check } = require('jsonwebtoken'); check(t, k);", 'check', 'jsonwebtoken', ['verify']],
    ["const { a: { b: deep } } = require('pkg'); deep();", 'deep', 'pkg', ['a', 'b']],
    ["const { verify = fallback } = require('jsonwebtoken'); verify(t, k);", 'verify', 'jsonwebtoken', ['verify']],
    ["const decode = require('jsonwebtoken').decode; decode(t);", 'decode', 'jsonwebtoken', ['decode']],
    ["const jwtDecode = require('jwt-decode').default; jwtDecode(t);", 'jwtDecode', 'jwt-decode', []],
    [
      "const jwt = require('jsonwebtoken'); const j2 = jwt; const { decode } = j2; decode(t);",
      'decode',
      'jsonwebtoken',
      ['decode'],
    ],
    [
      "async function f() { const jose = await import('jose'); jose.jwtVerify(t, k); }",
      'jose.jwtVerify',
      'jose',
      ['jwtVerify'],
    ],
    [
      "async function f() { const { decodeJwt } = await import('jose'); decodeJwt(t); }",
      'decodeJwt',
      'jose',
      ['decodeJwt'],
    ],
    [
      "import msal from '@azure/msal-node'; const pca = new msal.PublicClientApplication(c); " +
        'pca.acquireTokenByCode(r);',
      'pca.acquireTokenByCode',
      '@azure/msal-node',
      ['PublicClientApplication', NEW, 'acquireTokenByCode'],
    ],
    [
      "const oauth2 = require('simple-oauth2').create(c); oauth2.ownerPassword;",
      'oauth2.ownerPassword',
      'simple-oauth2',
      ['create', CALL, 'ownerPassword'],
    ],
    [
      "import * as id from '@azure/identity'; const C = id.ClientSecretCredential as any; new C(a, b, c);",
      'new C(a, b, c)',
      '@azure/identity',
      ['ClientSecretCredential', NEW],
    ],
    ["import jwt from 'jsonwebtoken'; jwt['verify'];", "jwt['verify']", 'jsonwebtoken', ['verify']],
    ["import jwt from 'jsonwebtoken'; const K = 'decode'; jwt[K];", 'jwt[K]', 'jsonwebtoken', ['decode']],
    ["import jwt from 'jsonwebtoken'; (jwt as any).decode;", '(jwt as any).decode', 'jsonwebtoken', ['decode']],
  ];
  for (const [code, text, source, path] of cases) {
    it(`${code} → ${source} ${JSON.stringify(path)}`, () => {
      assert.deepEqual(resolveLast(code, text), { source, path });
    });
  }

  it('works on espree and eslint-scope (plain JavaScript, CommonJS)', () => {
    const code = "const { verify: check } = require('jsonwebtoken'); check(t, k);";
    assert.deepEqual(resolveLast(code, 'check', { parser: 'espree', sourceType: 'commonjs' }), {
      source: 'jsonwebtoken',
      path: ['verify'],
    });
  });

  const unresolved: [string, string][] = [
    ['decode(t);', 'decode'],
    ['jwt.decode(t);', 'jwt.decode'],
    ['function f(jwt) { jwt.decode(t); }', 'jwt.decode'],
    ["let jwt = require('jsonwebtoken'); jwt = other; jwt.decode(t);", 'jwt.decode'],
    ["const require = (x) => x; const jwt = require('jsonwebtoken'); jwt.decode(t);", 'jwt.decode'],
    ["import jwt from 'jsonwebtoken'; jwt[key];", 'jwt[key]'],
    ["import jwt from 'jsonwebtoken'; function f(jwt) { jwt.decode(t); }", 'jwt.decode'],
  ];
  for (const [code, text] of unresolved) {
    it(`does not resolve ${code}`, () => {
      assert.equal(resolveLast(code, text), undefined);
    });
  }

  it('stops on self-referencing declarations instead of looping', () => {
    assert.equal(resolveLast('var a = b; var b = a; a.x;', 'a.x'), undefined);
  });
});

describe('isModuleRef / matchesSource', () => {
  it('matches the package and its subpaths, exactly on the path', () => {
    assert.ok(isModuleRef({ source: 'jose', path: ['jwtVerify'] }, 'jose', ['jwtVerify']));
    assert.ok(isModuleRef({ source: 'jose/jwt/verify', path: ['jwtVerify'] }, ['jose'], ['jwtVerify']));
    assert.ok(!isModuleRef({ source: 'jose-browser', path: ['jwtVerify'] }, 'jose', ['jwtVerify']));
    assert.ok(!isModuleRef({ source: 'jose', path: ['jwtVerify', CALL] }, 'jose', ['jwtVerify']));
    assert.ok(!isModuleRef(undefined, 'jose', []));
    assert.ok(matchesSource('@azure/msal-node', ['@azure/msal-browser', '@azure/msal-node']));
    assert.ok(!matchesSource('@azure/msal-nodes', '@azure/msal-node'));
  });
});
