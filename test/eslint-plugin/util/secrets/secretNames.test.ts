import assert from 'node:assert/strict';

import { getSecretNameKind, toEnvVarName } from '../../../../eslint-plugin/src/util/secrets/secretNames';

describe('secretNames', () => {
  describe('getSecretNameKind', () => {
    const cases: [string, string | undefined][] = [
      ['clientSecret', 'clientSecret'],
      ['client_secret', 'clientSecret'],
      ['CLIENT_SECRET', 'clientSecret'],
      ['consumerSecret', 'clientSecret'],
      ['jwtSecret', 'signingKey'],
      ['JWT_SECRET', 'signingKey'],
      ['sessionSecret', 'signingKey'],
      ['secretOrKey', 'signingKey'],
      ['secretOrPrivateKey', 'signingKey'],
      ['connectionString', 'connectionString'],
      ['AZURE_STORAGE_CONNECTION_STRING', 'connectionString'],
      ['accountKey', 'accountKey'],
      ['sasToken', 'accountKey'],
      ['password', 'password'],
      ['DB_PASSWORD', 'password'],
      ['apiKey', 'apiKey'],
      ['API_KEY', 'apiKey'],
      ['secretAccessKey', 'apiKey'],
      ['privateKey', 'privateKey'],
      ['accessToken', 'token'],
      ['secret', 'secret'],
      ['forgotPassword', undefined],
      ['passwordField', undefined],
      ['confirmPassword', undefined],
      ['tokenType', undefined],
      ['csrfToken', undefined],
      ['secretName', undefined],
      ['keyVaultSecretName', undefined],
      ['publicKey', undefined],
      ['cacheKey', undefined],
      ['jwt/no-hardcoded-secret', undefined],
      // Misspelled and abbreviated secret names.
      ['clientSecert', 'clientSecret'],
      ['CLIENT_SECRECT', 'clientSecret'],
      ['apiSecert', 'secret'],
      ['jwtSecrect', 'signingKey'],
      ['pwd', 'password'],
      ['dbPwd', 'password'],
      ['passwd', 'password'],
      ['DB_PASS', 'password'],
      ['creds', 'secret'],
      ['dbCreds', 'secret'],
      ['secertName', undefined],
      ['credsPath', undefined],
    ];
    for (const [name, kind] of cases) {
      it(`${name} → ${String(kind)}`, () => assert.equal(getSecretNameKind(name), kind));
    }
  });

  it('derives env var names from bindings', () => {
    assert.equal(toEnvVarName('clientSecret'), 'CLIENT_SECRET');
    assert.equal(toEnvVarName('client_secret'), 'CLIENT_SECRET');
    assert.equal(toEnvVarName('JWT_SECRET'), 'JWT_SECRET');
  });
});
