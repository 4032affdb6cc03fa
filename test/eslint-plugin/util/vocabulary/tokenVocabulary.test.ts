import assert from 'node:assert/strict';

import {
  getTokenKind,
  isQualifiedTokenName,
  splitIdentifierWords,
} from '../../../../eslint-plugin/src/util/vocabulary/tokenVocabulary';

describe('getTokenKind', () => {
  const cases: [string, ReturnType<typeof getTokenKind>][] = [
    ['accessToken', 'access'],
    ['access_token', 'access'],
    ['ACCESS_TOKEN', 'access'],
    ['userAccessToken', 'access'],
    ['accesstoken', 'access'],
    ['AccessToken', 'access'],
    ['idToken', 'id'],
    ['id_token', 'id'],
    ['refreshToken', 'refresh'],
    ['refresh-token', 'refresh'],
    ['ID_TOKEN', 'id'],
    ['REFRESH_TOKEN', 'refresh'],
    ['token', 'generic'],
    ['jwt', 'generic'],
    ['authToken', 'generic'],
    ['bearerToken', 'generic'],
    ['sessionToken', 'generic'],
    ['rawJwt', 'generic'],
    // Names that only mention a token, or tokens that are not credentials.
    ['tokenType', undefined],
    ['tokenEndpoint', undefined],
    ['tokenExpiresOn', undefined],
    ['isTokenValid', undefined],
    ['csrfToken', undefined],
    ['XSRF-TOKEN', undefined],
    ['nextPageToken', undefined],
    ['continuationToken', undefined],
    ['resetToken', undefined],
    ['verificationToken', undefined],
    ['pushToken', undefined],
    ['cancellationToken', undefined],
    ['tokens', undefined],
    ['', undefined],
  ];
  for (const [name, kind] of cases) {
    it(`${JSON.stringify(name)} → ${kind}`, () => {
      assert.equal(getTokenKind(name), kind);
    });
  }
});

describe('splitIdentifierWords', () => {
  it('splits camelCase, PascalCase, snake_case, kebab-case and acronyms', () => {
    assert.deepEqual(splitIdentifierWords('clientSecret'), ['client', 'secret']);
    assert.deepEqual(splitIdentifierWords('CLIENT_SECRET'), ['client', 'secret']);
    assert.deepEqual(splitIdentifierWords('x-api-key'), ['x', 'api', 'key']);
    assert.deepEqual(splitIdentifierWords('JWTSecret'), ['jwt', 'secret']);
    assert.deepEqual(splitIdentifierWords('azureADClientId2'), ['azure', 'ad', 'client', 'id2']);
  });
});

describe('isQualifiedTokenName', () => {
  it('tells a qualified token name from a bare `token`', () => {
    assert.equal(isQualifiedTokenName('token'), false);
    assert.equal(isQualifiedTokenName('Token'), false);
    assert.equal(isQualifiedTokenName('accessToken'), true);
    assert.equal(isQualifiedTokenName('authToken'), true);
    assert.equal(isQualifiedTokenName('jwt'), true);
  });
});
