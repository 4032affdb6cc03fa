import assert from 'node:assert/strict';

import { AZURITE_ACCOUNT_KEY, COSMOS_EMULATOR_KEY } from '../../../../eslint-plugin/src/util/secrets/emulatorKeys';
import {
  isFillInPlaceholder,
  isIdentifierLike,
  isLikelySecretValue,
  isPlaceholder,
  maskSecret,
  shannonEntropy,
} from '../../../../eslint-plugin/src/util/secrets/secretValue';

describe('secretValue', () => {
  describe('isPlaceholder', () => {
    for (const value of [
      '',
      '   ',
      'ENTER_CLIENT_SECRET',
      '<ENTER_CLIENT_SECRET>',
      'Enter_the_Client_Secret_Here',
      'your-client-secret',
      'YOUR_API_KEY',
      '${CLIENT_SECRET}',
      '%CLIENT_SECRET%',
      '__SECRET__',
      '[secret]',
      'xxxxxxxxxxxx',
      '********',
      'changeme',
      'replace-me-please',
      'example-key-123',
      'dummy-password-1',
      'Server=x;Password=<password>',
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'cs_test_1',
      'fake-token-123',
    ]) {
      it(`treats ${JSON.stringify(value)} as a placeholder`, () => assert.equal(isPlaceholder(value), true));
    }
    it('treats a value equal to its own key name as a placeholder', () => {
      assert.equal(isPlaceholder('client_secret', 'CLIENT_SECRET'), true);
      assert.equal(isPlaceholder('client_secret', 'password'), true); // names a secret, holds none
    });
    for (const value of ['Tr0ub4dor&3', 'kP9x2mQ7vL4w', 'pS48Q~Zx0aBcDeFgHiJkLmNoPqRsTuVwXyZ01234']) {
      it(`does not treat ${JSON.stringify(value)} as a placeholder`, () => assert.equal(isPlaceholder(value), false));
    }
  });

  describe('isIdentifierLike', () => {
    for (const value of [
      '11111111-2222-3333-4444-555555555555',
      'AZURE_CLIENT_SECRET',
      '#password',
      "input[name='password']",
      'auth.password.label',
      'Enter your password',
      'B2C_1_PasswordResetPolicy',
      'B2C_1A_signup_signin',
      'https://login.microsoftonline.com/common/oauth2/v2.0/token',
      './certs/app.pem',
      'passwordResetPolicy',
      'x-csrf-token',
      'Passwort',
      'Contraseña',
      '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy',
      '2024-01-01',
      '10.0.0.12',
    ]) {
      it(`treats ${JSON.stringify(value)} as an identifier`, () => assert.equal(isIdentifierLike(value), true));
    }
    for (const value of [
      'Tr0ub4dor&3',
      'https://user:p4ss@db.example.net',
      'admin123',
      'UvCeXZREsJNRvvxf',
      'NcswptIbWFgh',
      'aBcDeFg',
    ]) {
      it(`does not treat ${JSON.stringify(value)} as an identifier`, () =>
        assert.equal(isIdentifierLike(value), false));
    }
  });

  describe('isLikelySecretValue', () => {
    it('accepts secret-shaped values', () => {
      assert.equal(isLikelySecretValue('Tr0ub4dor&3'), true);
      assert.equal(isLikelySecretValue('a8f5f167f44f4964e6c998dee827110c'), true);
    });
    it('rejects words, labels, short values, placeholders and the emulator keys', () => {
      for (const value of [
        'supersecret',
        'an access token',
        'abc12',
        'your-api-key-here',
        AZURITE_ACCOUNT_KEY,
        COSMOS_EMULATOR_KEY,
      ]) {
        assert.equal(isLikelySecretValue(value), false, value);
      }
    });
    it('takes a shorter minimum where asked (passwords)', () => {
      assert.equal(isLikelySecretValue('pa55wd', 'password', 6), true);
      assert.equal(isLikelySecretValue('pa55wd', 'password'), false);
    });
  });

  it('tells fill-in placeholders from weak but real values', () => {
    for (const value of ['ENTER_YOUR_SECRET_HERE', '<your-secret>', '${SESSION_SECRET}', 'your-jwt-key', 'xxxx', '']) {
      assert.equal(isFillInPlaceholder(value), true, value);
    }
    for (const value of ['secret', 'changeme', 'keyboard cat', 'shhhhhhared-secret', 'address-2024']) {
      assert.equal(isFillInPlaceholder(value), false, value);
    }
  });

  it('masks secrets: length and at most the public prefix, never the value', () => {
    const secret = 'ghp_' + 'Zq3'.repeat(12);
    assert.equal(maskSecret(secret, 'ghp_'), '`ghp_…`, 40 characters');
    assert.equal(maskSecret('Tr0ub4dor&3'), '11 characters');
    assert.ok(!maskSecret(secret, 'ghp_').includes('Zq3'));
  });

  it('measures Shannon entropy', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('abcd'), 2);
  });
});
