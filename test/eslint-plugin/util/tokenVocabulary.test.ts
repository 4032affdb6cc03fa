import assert from 'node:assert/strict';

import { getTokenKind, isQualifiedTokenName } from '../../../eslint-plugin/src/util';

describe('tokenVocabulary', () => {
  it('names token kinds', () => {
    assert.equal(getTokenKind('accessToken'), 'access');
    assert.equal(getTokenKind('ID_TOKEN'), 'id');
    assert.equal(getTokenKind('refresh-token'), 'refresh');
    assert.equal(getTokenKind('token'), 'generic');
    assert.equal(getTokenKind('tokenExpiresAt'), undefined);
    assert.equal(getTokenKind('csrfToken'), undefined);
  });

  it('tells a qualified token name from a bare `token`', () => {
    assert.equal(isQualifiedTokenName('token'), false);
    assert.equal(isQualifiedTokenName('Token'), false);
    assert.equal(isQualifiedTokenName('accessToken'), true);
    assert.equal(isQualifiedTokenName('authToken'), true);
    assert.equal(isQualifiedTokenName('jwt'), true);
  });
});
