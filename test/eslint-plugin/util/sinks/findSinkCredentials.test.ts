import assert from 'node:assert/strict';

import type { TSESTree } from '@typescript-eslint/utils';

import { findSinkCredentials } from '../../../../eslint-plugin/src/util/sinks/findSinkCredentials';
import { resolveSinkCall } from '../../../../eslint-plugin/src/util/sinks/resolveSinkCall';
import { collectNodes } from '../collectNodes';

/** `kind secret (whole|part) @line:column label` of each credential the calls of `code` receive. */
function credentials(code: string): string[] {
  return collectNodes(code, 'CallExpression, NewExpression', (node, sourceCode) => {
    const call = node as TSESTree.CallExpression | TSESTree.NewExpression;
    const sink = resolveSinkCall(call, sourceCode);
    return sink
      ? findSinkCredentials(call, sink, sourceCode).map(
          c =>
            `${c.kind} ${c.secret} ${c.whole ? 'whole' : 'part'} @${c.literal.node.loc.start.line}:` +
            `${c.literal.node.loc.start.column} ${c.env}: ${c.label}`,
        )
      : [];
  }).flat();
}

describe('findSinkCredentials', () => {
  it('reads options through constants, spreads, later assignments, this.x and same-file helpers', () => {
    assert.deepEqual(
      credentials("import { Client } from 'pg'; const base = { password: 'kP9x2mQ7vLr' }; new Client({ ...base });"),
      ['password kP9x2mQ7vLr whole @1:54 PG_PASSWORD: the password of this `pg` connection'],
    );
    assert.deepEqual(
      credentials("import { Client } from 'pg'; const o: any = {}; o.password = 'kP9x2mQ7vLr'; new Client(o);"),
      ['password kP9x2mQ7vLr whole @1:61 PG_PASSWORD: the password of this `pg` connection'],
    );
    assert.deepEqual(
      credentials(
        "import { Client } from 'pg'; class Db { options = { password: 'kP9x2mQ7vLr' }; " +
          'connect() { return new Client(this.options); } }',
      ),
      ['password kP9x2mQ7vLr whole @1:62 PG_PASSWORD: the password of this `pg` connection'],
    );
    assert.deepEqual(credentials("import Stripe from 'stripe'; const key = () => 'kP9x2mQ7vLr5'; new Stripe(key());"), [
      'api-key kP9x2mQ7vLr5 whole @1:47 STRIPE_API_KEY: the API key of this `stripe` client',
    ]);
    assert.deepEqual(
      credentials("import Stripe from 'stripe'; const STRIPE_SECRET = 'kP9x2mQ7vLr5'; new Stripe(STRIPE_SECRET);"),
      ['api-key kP9x2mQ7vLr5 whole @1:51 STRIPE_SECRET: the API key of this `stripe` client'],
    );
  });

  it('reads every property of a `*` position', () => {
    assert.deepEqual(
      credentials(
        "import basicAuth from 'express-basic-auth'; basicAuth({ users: { admin: 'kP9x2mQ7vLr', ops: pw } });",
      ),
      ['password kP9x2mQ7vLr whole @1:72 PASSWORD: the password of this `express-basic-auth` middleware'],
    );
  });

  it('reads Basic and Bearer credentials in the headers, written out or encoded', () => {
    const label = 'the `Authorization` header of this request';
    assert.deepEqual(credentials("fetch(u, { headers: { Authorization: 'Basic c3ZjOmtQOXgybVE3dkxy' } });"), [
      `password kP9x2mQ7vLr part @1:37 PASSWORD: ${label}`,
    ]);
    assert.deepEqual(
      credentials('fetch(u, { headers: { Authorization: `Basic ${btoa(`${user}:kP9x2mQ7vLr`)}` } });'),
      [],
    );
    assert.deepEqual(
      credentials("const PW = 'kP9x2mQ7vLr'; fetch(u, { headers: { Authorization: `Basic ${btoa(`svc:${PW}`)}` } });"),
      [`password kP9x2mQ7vLr whole @1:11 PASSWORD: ${label}`],
    );
    assert.deepEqual(
      credentials("const auth = 'Bearer ' + 'kP9x2mQ7vLr'; fetch(u, { headers: { authorization: auth } });"),
      ['token kP9x2mQ7vLr whole @1:25 API_TOKEN: the `authorization` header of this request'],
    );
    assert.deepEqual(credentials("fetch(u, { headers: { 'X-API-Key': 'kP9x2mQ7vLr', Accept: 'json' } });"), [
      'api-key kP9x2mQ7vLr whole @1:35 API_KEY: the `X-API-Key` header of this request',
    ]);
    assert.deepEqual(
      credentials("import request from 'superagent'; request.get(u).set({ Authorization: 'Bearer kP9x2mQ7vLr' });"),
      ['token kP9x2mQ7vLr part @1:70 API_TOKEN: the `Authorization` header of this `superagent` request'],
    );
  });

  it('leaves values that are not written in the code', () => {
    assert.deepEqual(credentials("import { Client } from 'pg'; new Client({ password: process.env.PGPASSWORD });"), []);
    assert.deepEqual(credentials('fetch(u, { headers: { Authorization: `Bearer ${token}` } });'), []);
    assert.deepEqual(credentials("fetch(u, { headers: { Authorization: 'Bearer <token>' } });"), []);
    assert.deepEqual(
      credentials("import Stripe from 'stripe'; const key = (k: string) => k; new Stripe(key('x'));"),
      [],
    );
  });
});
