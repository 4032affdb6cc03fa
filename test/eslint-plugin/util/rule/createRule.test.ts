import assert from 'node:assert/strict';

import { createRule } from '../../../../eslint-plugin/src/util/rule/createRule';
import { ruleDocsUrl } from '../../../../eslint-plugin/src/util/rule/ruleDocsUrl';

describe('createRule', () => {
  type Options = [{ allow?: string[]; nested?: { a?: number; b?: number } }];
  let seen: Readonly<Options> | undefined;
  const rule = createRule<Options, 'm'>({
    name: 'some-rule',
    meta: {
      type: 'problem',
      docs: { description: 'Disallow something', recommended: 'strict', principle: 'verify-explicitly' },
      messages: { m: 'Message.' },
      schema: [],
    },
    defaultOptions: [{ allow: ['x'], nested: { a: 1, b: 2 } }],
    create(_context, options) {
      seen = options;
      return {};
    },
  });

  it('derives docs.url from the name', () => {
    assert.equal(rule.meta.docs.url, ruleDocsUrl('some-rule'));
    assert.match(rule.meta.docs.url, /\/eslint-plugin\/docs\/rules\/some-rule\.md$/);
    assert.equal(rule.name, 'some-rule');
  });

  it('merges user options over the defaults: objects deeply, arrays replaced', () => {
    rule.create({ options: [{ allow: ['y'], nested: { b: 3 } }] } as never);
    assert.deepEqual(seen, [{ allow: ['y'], nested: { a: 1, b: 3 } }]);
    rule.create({ options: [] } as never);
    assert.deepEqual(seen, [{ allow: ['x'], nested: { a: 1, b: 2 } }]);
  });
});

describe('createRule with a prefilter', () => {
  let created = 0;
  const rule = createRule<[], 'm'>({
    name: 'prefiltered-rule',
    meta: {
      type: 'problem',
      docs: { description: 'Disallow something', recommended: 'strict', principle: 'verify-explicitly' },
      messages: { m: 'Message.' },
      schema: [],
    },
    defaultOptions: [],
    mentions: ['jsonwebtoken', 'jwt.sign'],
    create() {
      created++;
      return { Program() {} };
    },
  });
  const contextFor = (text: string): never => ({ options: [], sourceCode: { text } }) as never;

  it('sets up no listener in a file that mentions none of its words', () => {
    created = 0;
    assert.deepEqual(rule.create(contextFor("import express from 'express';")), {});
    assert.equal(created, 0);
  });

  it('runs the rule where one of its words occurs, in any case', () => {
    created = 0;
    assert.deepEqual(Object.keys(rule.create(contextFor("const jwt = require('JsonWebToken');"))), ['Program']);
    assert.equal(created, 1);
  });
});
