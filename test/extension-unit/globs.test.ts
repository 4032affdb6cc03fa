import * as assert from 'node:assert/strict';

import { expandBraces, joinGlobs } from '../../extension/src/core/globs';

describe('scan globs', () => {
  it('expands brace groups, nested ones too', () => {
    assert.deepEqual(expandBraces('**/*.{js,ts}'), ['**/*.js', '**/*.ts']);
    assert.deepEqual(expandBraces('{a,b/{c,d}}/x'), ['a/x', 'b/c/x', 'b/d/x']);
    assert.deepEqual(expandBraces('plain/**'), ['plain/**']);
    assert.deepEqual(expandBraces('open{a,b'), ['open{a,b']);
    assert.equal(expandBraces('{a,b}{c,d}{e,f}{g,h}{i,j}{k,l}{m,n}{o,p}{q,r}').length, 256);
  });

  it('joins patterns into one brace group without nesting', () => {
    assert.equal(joinGlobs([]), undefined);
    assert.equal(joinGlobs(['**/a/**']), '**/a/**');
    assert.equal(joinGlobs(['**/a/**', '**/*.{x,y}', '**/a/**', ' ']), '{**/a/**,**/*.x,**/*.y}');
  });
});
