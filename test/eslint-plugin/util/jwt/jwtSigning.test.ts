import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { skipWrappers } from '../../../../eslint-plugin/src/util/ast/skipWrappers';
import {
  getJoseBuilderChain,
  getJsonwebtokenSignArguments,
  isJsonwebtokenSign,
} from '../../../../eslint-plugin/src/util/jwt/jwtSigning';
import { collectNodes } from '../collectNodes';

/** For each call in `code`: whether it is jsonwebtoken's `sign`. */
function signs(code: string): boolean[] {
  return collectNodes(code, 'CallExpression', (node, sourceCode) => {
    const call = node as TSESTree.CallExpression;
    const callee = skipWrappers(call.callee);
    const name =
      callee.type === 'MemberExpression' && callee.property.type === 'Identifier'
        ? callee.property.name
        : callee.type === 'Identifier'
          ? callee.name
          : '';
    return isJsonwebtokenSign(call, callee, name, sourceCode);
  });
}

/** The text of the payload, the options argument as written and the resolved options of the first call. */
function signArguments(code: string): { payload: string; optionsArgument?: string; options?: string } | undefined {
  const [result] = collectNodes(code, 'CallExpression[callee.property.name="sign"]', (node, sourceCode) => {
    const args = getJsonwebtokenSignArguments(node as TSESTree.CallExpression, sourceCode);
    return (
      args && {
        payload: sourceCode.getText(args.payload),
        ...(args.optionsArgument && { optionsArgument: sourceCode.getText(args.optionsArgument) }),
        ...(args.options && { options: sourceCode.getText(args.options) }),
      }
    );
  });
  return result;
}

/** The root's text, the step names with the text of each step's first argument, and the dynamic flag. */
function chain(code: string): { root: string; steps: [string, string][]; hasDynamicStep: boolean } | undefined {
  const results = collectNodes(code, 'CallExpression[callee.property.name=/^(sign|encrypt)$/]', (node, sourceCode) => {
    const found = getJoseBuilderChain(
      (node as TSESTree.CallExpression).callee as TSESTree.MemberExpression,
      sourceCode,
    );
    return (
      found && {
        root: sourceCode.getText(found.root),
        steps: [...found.steps].map(([name, call]): [string, string] => [
          name,
          call.arguments[0] ? sourceCode.getText(call.arguments[0]) : '',
        ]),
        hasDynamicStep: found.hasDynamicStep,
      }
    );
  });
  return results.at(-1);
}

describe('jwtSigning', () => {
  describe('isJsonwebtokenSign', () => {
    it('resolves jwt.sign and imported sign functions, renamed ones included', () => {
      assert.deepEqual(signs("import jwt from 'jsonwebtoken';\njwt.sign(p, k);"), [true]);
      assert.deepEqual(signs("import { sign as signJwt } from 'jsonwebtoken';\nsignJwt(p, k);"), [true]);
      // The `require(…)` is a call too.
      assert.deepEqual(signs("const { sign } = require('jsonwebtoken');\nsign(p, k, { expiresIn: '1h' });"), [
        false,
        true,
      ]);
    });

    it('leaves other packages, one-argument calls, and renames that drop the word alone', () => {
      assert.deepEqual(signs("import jws from 'jws';\njws.sign(p, k);"), [false]);
      assert.deepEqual(signs("import jwt from 'jsonwebtoken';\njwt.sign(p);"), [false]);
      assert.deepEqual(signs("import { sign as issue } from 'jsonwebtoken';\nissue(p, k);"), [false]);
      assert.deepEqual(signs('function sign(a: unknown, b: unknown) { return [a, b]; }\nsign(p, k);'), [false]);
    });
  });

  describe('getJsonwebtokenSignArguments', () => {
    it('gives the payload and the options, followed through a constant', () => {
      assert.deepEqual(signArguments("jwt.sign({ sub }, key, { expiresIn: '1h' });"), {
        payload: '{ sub }',
        optionsArgument: "{ expiresIn: '1h' }",
        options: "{ expiresIn: '1h' }",
      });
      assert.deepEqual(signArguments("const opts = { algorithm: 'HS256' };\njwt.sign(payload, key, opts);"), {
        payload: 'payload',
        optionsArgument: 'opts',
        options: "{ algorithm: 'HS256' }",
      });
    });

    it('takes a function in the options place as the callback, so there are no options', () => {
      assert.deepEqual(signArguments('jwt.sign(payload, key, (err, token) => done(token));'), { payload: 'payload' });
      assert.deepEqual(signArguments('jwt.sign(payload, key);'), { payload: 'payload' });
    });

    it('gives nothing where the arguments cannot be seen', () => {
      assert.equal(signArguments('jwt.sign(...args);'), undefined);
      assert.equal(signArguments('jwt.sign(payload, key, ...rest);'), undefined);
      assert.equal(signArguments('jwt.sign(payload, key, makeOptions());'), undefined);
    });
  });

  describe('getJoseBuilderChain', () => {
    it('walks back to the new expression, keeping the first call of each method', () => {
      assert.deepEqual(
        chain(
          "new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setAudience(['a', " +
            "'b']).setProtectedHeader(h2).sign(secret);",
        ),
        {
          root: 'new SignJWT({ sub })',
          steps: [
            ['setProtectedHeader', "{ alg: 'HS256' }"],
            ['setAudience', "['a', 'b']"],
          ],
          hasDynamicStep: false,
        },
      );
    });

    it('notes a step whose method name is not static, and keeps walking', () => {
      assert.deepEqual(chain("new EncryptJWT(claims)[method]('2h').setIssuedAt().encrypt(key);"), {
        root: 'new EncryptJWT(claims)',
        steps: [['setIssuedAt', '']],
        hasDynamicStep: true,
      });
    });

    it('gives nothing for a chain that does not start from new', () => {
      assert.equal(chain('builder.setExpirationTime(t).sign(key);'), undefined);
      assert.equal(chain('makeBuilder().setAudience(a).sign(key);'), undefined);
    });
  });
});
