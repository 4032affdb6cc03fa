import assert from 'node:assert/strict';

import { isSinkSecret } from '../../../../eslint-plugin/src/util/sinks/isSinkSecret';

describe('isSinkSecret', () => {
  it('takes a value that looks like a credential where the API takes one', () => {
    assert.equal(isSinkSecret('kP9x2mQ7vLr', 'password'), true);
    assert.equal(isSinkSecret('hunter22', 'password'), true);
    assert.equal(isSinkSecret('Zq3vK8wP1xR6tY0uN4mB7cJ2hL5', 'access-key'), true);
  });

  it('takes a UUID: several providers issue UUID-shaped secrets and API keys', () => {
    assert.equal(isSinkSecret('3f2a8b4c-1d2e-4f5a-9b8c-7d6e5f4a3b2c', 'api-key'), true);
    assert.equal(isSinkSecret('00000000-0000-0000-0000-000000000000', 'api-key'), false);
  });

  it('leaves placeholders, names, paths, short and empty values', () => {
    for (const value of ['', 'abc', '<api-key>', 'your-api-key', 'xxxxxxxx', 'API_KEY', 'postgres', './key.pem']) {
      assert.equal(isSinkSecret(value, 'api-key'), false, value);
    }
    assert.equal(isSinkSecret('correct horse battery staple', 'password'), false);
  });

  it('takes a PEM private key, not a placeholder between the markers', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----';
    assert.equal(isSinkSecret(pem, 'private-key'), true);
    assert.equal(isSinkSecret('-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----', 'private-key'), false);
  });

  it('takes a SAS token by its signature', () => {
    assert.equal(isSinkSecret('sv=2022-11-02&se=2030-01-01&sig=kP9x2mQ7vLr%2BwZ8tY6uN', 'token'), true);
    assert.equal(isSinkSecret('sv=2022-11-02&sig=', 'token'), false);
  });

  it('takes a connection string only when it carries a password or key', () => {
    assert.equal(isSinkSecret('postgres://app:kP9x2mQ7vLr@db/app', 'connection-string'), true);
    assert.equal(isSinkSecret('redis://:kP9x2mQ7vLr@cache:6379', 'connection-string'), true);
    assert.equal(isSinkSecret('AccountName=a;AccountKey=kP9x2mQ7vLr', 'connection-string'), true);
    assert.equal(isSinkSecret('Server=db;User Id=app;Password=kP9x2mQ7vLr', 'connection-string'), true);
    for (const value of [
      'postgres://db.example.com/app',
      'postgres://postgres:postgres@localhost/app',
      'postgres://app:kP9x2mQ7vLr@localhost/app',
      'mongodb://app:<password>@cluster0.example.net',
      'https://api.example.com',
      'Server=db;Database=app;Integrated Security=true',
    ]) {
      assert.equal(isSinkSecret(value, 'connection-string'), false, value);
    }
  });
});
