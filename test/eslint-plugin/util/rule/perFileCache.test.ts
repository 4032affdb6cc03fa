import assert from 'node:assert/strict';

import type { TSESLint } from '@typescript-eslint/utils';

import { createPerFileCache } from '../../../../eslint-plugin/src/util/rule/perFileCache';

const file = (): Readonly<TSESLint.SourceCode> => ({}) as TSESLint.SourceCode;

describe('createPerFileCache', () => {
  it('answers for the file it was filled for', () => {
    const cache = createPerFileCache<object, string>();
    const a = file();
    const key = {};
    assert.equal(cache.get(a, key), undefined);
    cache.set(a, key, 'value');
    assert.equal(cache.get(a, key), 'value');
  });

  it('keeps the answers of each file apart, and never answers for a file it was not filled for', () => {
    const cache = createPerFileCache<object, string>();
    const a = file();
    const b = file();
    const key = {};
    cache.set(a, key, 'in a');
    assert.equal(cache.get(b, key), undefined);
    cache.set(b, key, 'in b');
    assert.equal(cache.get(b, key), 'in b');
    assert.equal(cache.get(a, key), 'in a');
    assert.equal(cache.get(file(), key), undefined);
  });
});
