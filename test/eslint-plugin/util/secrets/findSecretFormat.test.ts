import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { SECRET_FORMATS } from '../../../../eslint-plugin/src/util/data/secretFormats.generated';
import { findSecretFormat } from '../../../../eslint-plugin/src/util/secrets/findSecretFormat';
import { b64url, FAKE } from '../../fakeSecrets';

const ROOT = path.resolve(__dirname, '../../../..');

describe('findSecretFormat', () => {
  const expected: Partial<Record<keyof typeof FAKE, string>> = {
    entra: 'azure-ad-client-secret',
    github: 'github-pat',
    aws: 'aws-access-token',
    slack: 'slack-bot-token',
    google: 'gcp-api-key',
    stripe: 'stripe-access-token',
    npm: 'npm-access-token',
    pem: 'private-key',
    jwt: 'jwt',
    discord: 'discord-bot-token',
    telegram: 'telegram-bot-token',
  };
  for (const [kind, id] of Object.entries(expected)) {
    it(`finds a ${id}`, () => {
      const value = FAKE[kind as keyof typeof FAKE];
      const match = findSecretFormat(`token = "${value}";`);
      assert.equal(match?.format.id, id);
      assert.equal(match?.secret, value);
      assert.equal(match?.index, 9);
    });
  }

  it('ignores short and ordinary text', () => {
    for (const text of [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
      'NodeJS.Timeout.ReturnType.abcdefghijklmnopqrstuvwxyzab',
      'at 12:34:56 on 2024-01-01, error code 0x1234:AABBCCDD',
      '',
      'hello world',
      'const key = getKey(); // monkey business, eyeball the keyboard',
      'https://example.com/path?query=1',
    ]) {
      assert.equal(findSecretFormat(text), undefined, text);
    }
  });
  it('ignores example, low-entropy and allow-listed values', () => {
    for (const text of [
      ['AK', 'IAIOSFODNN7EXAMPLE'].join(''),
      ['gh', 'p_', 'x'.repeat(36)].join(''),
      ['gh', 'p_', 'EXAMPLE0000000000000000000000000000000'].join(''),
    ]) {
      assert.equal(findSecretFormat(text), undefined, text);
    }
  });
  it('ignores JWTs that are not credentials: jwt.io sample, expired, unsigned, Supabase anon keys', () => {
    const sig = 'Qm9ndXNTaWduYXR1cmVWYWx1ZTEyMzQ1Njc4OTA';
    const header = b64url({ alg: 'HS256', typ: 'JWT' });
    for (const payload of [
      { sub: '1234567890', name: 'John Doe', iat: 1516239022 },
      { sub: 'a-user-id-here', exp: 1000000000 },
      { iss: 'supabase', role: 'anon', ref: 'abcdefghij' },
    ]) {
      assert.equal(findSecretFormat([header, b64url(payload), sig].join('.')), undefined, JSON.stringify(payload));
    }
    assert.equal(findSecretFormat(`${header}.${b64url({ sub: 'svc-reports-x' })}.`), undefined);
  });

  it('has converted every kept gitleaks regex to a working JavaScript regex', () => {
    assert.ok(SECRET_FORMATS.length >= 40);
    for (const format of SECRET_FORMATS) {
      assert.ok(format.keywords.length > 0, format.id);
      assert.doesNotThrow(() => new RegExp(format.regex.source, format.regex.flags), format.id);
      assert.ok(!/\(\?[imsP-]/.test(format.regex.source), `${format.id} still has Go-only syntax`);
    }
  });

  it('keeps the committed table in step with gitleaks.toml (npm run generate:secrets)', () => {
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/generate-secret-formats.mjs'), '--check'], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
  });
});
