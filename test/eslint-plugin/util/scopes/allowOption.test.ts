import assert from 'node:assert/strict';

import { allowOptionSchema } from '../../../../eslint-plugin/src/util/scopes/allowOption';

describe('allowOptionSchema', () => {
  it('is one object option with a described, unique string array `allow` and nothing else', () => {
    assert.deepEqual(allowOptionSchema('Approved scopes.'), [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: { type: 'array', items: { type: 'string' }, uniqueItems: true, description: 'Approved scopes.' },
        },
      },
    ]);
  });
});
