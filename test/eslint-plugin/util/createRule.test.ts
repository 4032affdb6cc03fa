import assert from 'node:assert/strict';

import { createRule, ruleDocsUrl } from '../../../eslint-plugin/src/util';

describe('createRule', () => {
  type Options = [{ allow?: string[]; nested?: { a?: number; b?: number } }];
  let seen: Readonly<Options> | undefined;
  const rule = createRule<Options, 'm'>({
    name: 'some-rule',
    meta: {
      type: 'problem',
      docs: { description: 'Disallow something', recommended: 'strict' },
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
