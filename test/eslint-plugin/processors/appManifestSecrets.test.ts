import assert from 'node:assert/strict';

import { FAKE } from '../fakeSecrets';
import { lintConfigFile, sliceOf } from './lintConfigFile';

const manifest = (credential: string): string => `{
  "appId": "3f0c7d0e-5a2b-4c57-9d0e-2a6f5b1c8e41",
  "signInAudience": "AzureADMyOrg",
  "passwordCredentials": [${credential}]
}
`;

describe('client secrets in an app registration manifest', () => {
  it('are reported once, by entra-secure-app-registration (value and secretText)', () => {
    for (const field of ['value', 'secretText']) {
      const text = manifest(`{ "displayName": "ci", "${field}": "${FAKE.entra}" }`);
      const messages = lintConfigFile(text, 'infra/aad.manifest.json');
      assert.deepEqual(
        messages.map(message => [
          message.ruleId,
          message.messageId,
          message.line,
          message.column,
          sliceOf(text, message),
        ]),
        [
          [
            'zero-trust/entra-secure-app-registration',
            'passwordCredential',
            4,
            59 + field.length - 'value'.length,
            `"${FAKE.entra}"`,
          ],
        ],
        field,
      );
    }
  });

  it('leave the secret rules their other findings in the same manifest', () => {
    const text = `{
  "signInAudience": "AzureADMyOrg",
  "passwordCredentials": [{ "value": "${FAKE.entra}" }],
  "notes": { "githubToken": "${FAKE.github}" }
}
`;
    assert.deepEqual(
      lintConfigFile(text, 'aad.manifest.json').map(message => [message.ruleId, message.line, sliceOf(text, message)]),
      [
        ['zero-trust/entra-secure-app-registration', 3, `"${FAKE.entra}"`],
        ['zero-trust/no-embedded-secret-token', 4, `"${FAKE.github}"`],
      ],
    );
  });

  it('stay the secret rules’ in a JSON file that is not a manifest', () => {
    const text = `{ "passwordCredentials": [{ "value": "${FAKE.entra}" }] }\n`;
    assert.deepEqual(
      lintConfigFile(text, 'config/app.json').map(message => message.ruleId),
      ['zero-trust/no-embedded-secret-token'],
    );
  });
});
