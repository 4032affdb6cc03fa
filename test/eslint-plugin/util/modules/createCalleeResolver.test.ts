import assert from 'node:assert/strict';

import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';

import { createCalleeResolver } from '../../../../eslint-plugin/src/util/modules/createCalleeResolver';

/** The resolved `{ name, source }` of every `new`/call callee in `code`, in order. */
function callees(code: string): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, [
    {
      languageOptions: { sourceType: 'module' },
      plugins: {
        t: {
          rules: {
            probe: {
              create(context) {
                const resolve = createCalleeResolver(context.sourceCode as never);
                const visit = (node: unknown): void => {
                  const info = resolve((node as TSESTree.CallExpression).callee);
                  out.push(info ? `${info.name}${info.ref ? ` from ${info.ref.source}` : ''}` : undefined);
                };
                return { CallExpression: visit, NewExpression: visit };
              },
            },
          },
        },
      },
      rules: { 't/probe': 'error' },
    },
  ]);
  assert.deepEqual(
    messages.filter(m => m.fatal),
    [],
  );
  return out;
}

describe('createCalleeResolver', () => {
  it('resolves renamed imports to the export name', () => {
    assert.deepEqual(callees("import { ClientSecretCredential as CSC } from '@azure/identity'; new CSC(a, b, c);"), [
      'ClientSecretCredential from @azure/identity',
    ]);
  });
  it('keeps the written name for members, parameters and globals', () => {
    assert.deepEqual(callees('function f(jwt) { jwt.sign(p, k); } OAuth2Client(a);'), ['sign', 'OAuth2Client']);
  });
  it('returns undefined for local functions and classes and dynamic members', () => {
    assert.deepEqual(
      callees('class ClientSecretCredential {} new ClientSecretCredential(); function sign() {} sign(); o[k]();'),
      [undefined, undefined, undefined],
    );
  });
  it('resolves the same variable once and consistently', () => {
    assert.deepEqual(callees("import session from 'express-session'; session({}); session({});"), [
      'session from express-session',
      'session from express-session',
    ]);
  });
});
