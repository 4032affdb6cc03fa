import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { resolveJwtCall } from '../../../../eslint-plugin/src/util/jwt/resolveJwtCall';
import { collectNodes } from '../collectNodes';

function apis(code: string, javascript = false): (string | undefined)[] {
  return collectNodes(
    code,
    'CallExpression, NewExpression',
    (node, sourceCode) => resolveJwtCall(node as TSESTree.CallExpression, sourceCode)?.api,
    { javascript },
  ).filter(Boolean);
}

describe('resolveJwtCall', () => {
  it('resolves jsonwebtoken through default, named, renamed, namespace and CommonJS imports', () => {
    assert.deepEqual(apis("import jwt from 'jsonwebtoken'; jwt.verify(t, k); jwt.decode(t); jwt.sign(p, k);"), [
      'jsonwebtoken.verify',
      'jsonwebtoken.decode',
      'jsonwebtoken.sign',
    ]);
    assert.deepEqual(apis("import { verify as v } from 'jsonwebtoken'; v(t, k);"), ['jsonwebtoken.verify']);
    assert.deepEqual(apis("import * as j from 'jsonwebtoken'; j.decode(t);"), ['jsonwebtoken.decode']);
    assert.deepEqual(apis("const { decode } = require('jsonwebtoken'); decode(t);", true), ['jsonwebtoken.decode']);
    assert.deepEqual(apis("const jwt = require('jsonwebtoken'); const { decode: peek } = jwt; peek(t);", true), [
      'jsonwebtoken.decode',
    ]);
  });

  it('resolves jose, jwt-decode, express-jwt, koa-jwt, passport strategies and google-auth-library', () => {
    assert.deepEqual(
      apis(
        "import { jwtVerify, decodeJwt, UnsecuredJWT } from 'jose'; jwtVerify(t, k); decodeJwt(t); new " +
          'UnsecuredJWT(p); UnsecuredJWT.decode(t);',
      ),
      ['jose.jwtVerify', 'jose.decodeJwt', 'jose.UnsecuredJWT', 'jose.UnsecuredJWT.decode'],
    );
    assert.deepEqual(
      apis("import decode from 'jwt-decode'; import { jwtDecode } from 'jwt-decode'; decode(t); jwtDecode(t);"),
      ['jwt-decode', 'jwt-decode'],
    );
    assert.deepEqual(
      apis("import jwt from 'express-jwt'; import { expressjwt } from 'express-jwt'; jwt({}); expressjwt({});"),
      ['express-jwt', 'express-jwt'],
    );
    assert.deepEqual(
      apis(
        "import { Strategy } from 'passport-jwt'; import { BearerStrategy } from 'passport-azure-ad'; new " +
          'Strategy({}, f); new BearerStrategy({}, f);',
      ),
      ['passport-jwt.Strategy', 'passport-azure-ad.BearerStrategy'],
    );
    assert.deepEqual(
      apis(
        "import { OAuth2Client } from 'google-auth-library'; const c = new OAuth2Client(id); c.verifyIdToken({ " +
          'idToken });',
      ),
      ['google-auth-library.verifyIdToken'],
    );
  });

  it('treats super(…) in a (NestJS) strategy subclass as the strategy constructor', () => {
    assert.deepEqual(
      apis(
        "import { Strategy } from 'passport-jwt'; class S extends PassportStrategy(Strategy) { constructor() { " +
          'super({}); } }',
      ),
      ['passport-jwt.Strategy'],
    );
    assert.deepEqual(
      apis("import { Strategy } from 'passport-jwt'; class S extends Strategy { constructor() { super({}, f); } }"),
      ['passport-jwt.Strategy'],
    );
  });

  it('resolves `this.x.decode()` on an injected @nestjs/jwt JwtService, by parameter or property type', () => {
    assert.deepEqual(
      apis(
        "import { JwtService } from '@nestjs/jwt'; class A { constructor(private jwt: JwtService) {} f(t: string) { " +
          'return this.jwt.decode(t); } }',
      ),
      ['@nestjs/jwt.decode'],
    );
    assert.deepEqual(
      apis(
        "import { JwtService as J } from '@nestjs/jwt'; class A { private readonly svc: J; f(t: string) { return " +
          'this.svc.decode(t); } }',
      ),
      ['@nestjs/jwt.decode'],
    );
    assert.deepEqual(
      apis(
        "import { Codec } from '../codec'; class A { constructor(private jwt: Codec) {} f(t: string) { return " +
          'this.jwt.decode(t); } }',
      ),
      [],
    );
  });

  it('does not match methods of the same name on other objects, or local functions', () => {
    assert.deepEqual(
      apis(
        'const d = new TextDecoder(); d.decode(b); querystring.decode(s); function verify() {} verify(t, k); ' +
          "crypto.verify('sha256', d, k, s);",
      ),
      [],
    );
    assert.deepEqual(apis("import { decode } from 'html-entities'; decode(s);"), []);
  });

  it('gives the token, key and options arguments, and skips a callback in the options place', () => {
    const [call] = collectNodes(
      "import jwt from 'jsonwebtoken'; jwt.verify(token, key, (e, c) => c);",
      'CallExpression',
      (node, sourceCode) => resolveJwtCall(node as TSESTree.CallExpression, sourceCode),
    ).filter(Boolean);
    assert.equal((call?.token as TSESTree.Identifier).name, 'token');
    assert.equal((call?.key as TSESTree.Identifier).name, 'key');
    assert.equal(call?.options, undefined);
    assert.equal(call?.optionsIndex, 2);
  });
});
