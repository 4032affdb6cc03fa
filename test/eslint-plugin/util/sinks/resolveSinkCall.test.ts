import assert from 'node:assert/strict';

import type { TSESTree } from '@typescript-eslint/utils';

import { packageOf, resolveSinkCall } from '../../../../eslint-plugin/src/util/sinks/resolveSinkCall';
import { collectNodes } from '../collectNodes';

/** The package and first position of every call in `code` that resolves to the catalog. */
function sinks(code: string, javascript = false): string[] {
  return collectNodes(
    code,
    'CallExpression, NewExpression',
    (node, sourceCode) => {
      const call = resolveSinkCall(node as TSESTree.CallExpression | TSESTree.NewExpression, sourceCode);
      return call && `${call.pkg} ${call.positions.map(p => `${p[0]}:${p[1]}`).join(' ')}`;
    },
    { javascript },
  ).filter((found): found is string => found !== undefined);
}

describe('resolveSinkCall', () => {
  it('resolves named, renamed, namespace and default imports', () => {
    assert.deepEqual(sinks("import { Client as PgClient } from 'pg'; new PgClient(config);"), [
      'pg 0.password:password 0.connectionString:connection-string 0:connection-string',
    ]);
    assert.deepEqual(sinks("import * as pg from 'pg'; new pg.Pool(config);"), [
      'pg 0.password:password 0.connectionString:connection-string 0:connection-string',
    ]);
    assert.deepEqual(sinks("import Stripe from 'stripe'; new Stripe(key);"), ['stripe 0:api-key']);
  });

  it('resolves CommonJS require, destructuring and member chains', () => {
    assert.deepEqual(sinks("const AWS = require('aws-sdk'); new AWS.S3(options);", true), [
      'aws-sdk 0.secretAccessKey:access-key',
    ]);
    assert.deepEqual(sinks("const { createHmac } = require('node:crypto'); createHmac('sha256', key);", true), [
      'crypto 1:signing-key',
    ]);
    assert.deepEqual(sinks("const AWS = require('aws-sdk'); AWS.config.update(options);", true), [
      'aws-sdk 0.secretAccessKey:access-key 0.sessionToken:token',
    ]);
  });

  it('follows a client made earlier, and a chain of calls between the first call and the method (`…`)', () => {
    assert.deepEqual(sinks("import ldap from 'ldapjs'; const c = ldap.createClient(o); c.bind(dn, pw);"), [
      'ldapjs 1:password',
    ]);
    assert.deepEqual(sinks("import request from 'superagent'; request.get(url).set('A', 'b').send(x).auth(u, p);"), [
      'superagent 1:password',
      'superagent 1:header',
    ]);
  });

  it("resolves the runtime's fetch, Headers and Request, unless the file declares its own", () => {
    assert.deepEqual(sinks("fetch(url, init); const h = new Headers(); h.set('X-API-Key', k);"), [
      '(global) 1.headers:headers',
      '(global) 0:headers',
      '(global) 1:header',
    ]);
    assert.deepEqual(sinks('function fetch(u: string, i: object) {} fetch(url, init);'), []);
    assert.deepEqual(sinks('const fetch = makeFetch(); fetch(url, init);'), []);
  });

  it('leaves local look-alikes, parameters and unknown packages alone', () => {
    assert.deepEqual(sinks('class Client {} new Client(config);'), []);
    assert.deepEqual(sinks('function connect(pg: any) { return new pg.Client(config); }'), []);
    assert.deepEqual(sinks("import { Client } from './db'; new Client(config);"), []);
  });

  it('names the package of a module specifier', () => {
    assert.equal(packageOf('node:crypto'), 'crypto');
    assert.equal(packageOf('aws-sdk/clients/s3'), 'aws-sdk');
    assert.equal(packageOf('@aws-sdk/client-s3'), '@aws-sdk/client-s3');
    assert.equal(packageOf('@azure/storage-blob/dist'), '@azure/storage-blob');
    assert.equal(packageOf('@scoped'), '@scoped');
  });
});
