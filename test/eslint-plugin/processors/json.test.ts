import assert from 'node:assert/strict';

import { jsonProcessor } from '../../../eslint-plugin/src/processors';
import { isJsonOrJsonc } from '../../../eslint-plugin/src/processors/jsonc';
import { FAKE } from '../fakeSecrets';
import { seededRandom } from '../../robustness/support/mutate';
import { lintConfigFile, sliceOf } from './lintConfigFile';

describe('isJsonOrJsonc', () => {
  it('accepts JSON, and JSON with comments and trailing commas', () => {
    assert.equal(isJsonOrJsonc('{ "a": [1, 2] }'), true);
    assert.equal(isJsonOrJsonc('// settings\n{ "a": "http://x/*y*/", /* b */ "b": [1, 2,], }\n'), true);
    assert.equal(isJsonOrJsonc('"just a string"'), true);
  });

  it('rejects what is not JSON', () => {
    assert.equal(isJsonOrJsonc(''), false);
    assert.equal(isJsonOrJsonc('{ a: 1 }'), false);
    assert.equal(isJsonOrJsonc('{ "a": 1 } trailing'), false);
    assert.equal(isJsonOrJsonc('module.exports = {}'), false);
  });
});

describe('the JSON processor', () => {
  it('reports settings secrets, scopes and reply URLs at their values, first line included', () => {
    const text = `{ "ClientSecret": "${FAKE.entra}",
  // ASP.NET Core allows comments
  "AzureAd": { "RedirectUri": "http://app.contoso.com/signin-oidc", "Scopes": "User.Read Mail.ReadWrite" },
  "ConnectionStrings": { "Db": "Server=db.contoso.com;Database=app;User Id=app;Password=Wq8!vR2#mK5zP9xL;" },
}
`;
    const messages = lintConfigFile(text, 'appsettings.Development.json');
    assert.deepEqual(
      messages.map(m => [m.ruleId, m.messageId, m.line, m.column, m.endLine, m.endColumn, sliceOf(text, m)]),
      [
        ['zero-trust/no-hardcoded-client-credential', 'clientSecretInConfig', 1, 19, 1, 61, `"${FAKE.entra}"`],
        ['zero-trust/no-insecure-redirect-uri', 'httpRedirect', 3, 31, 3, 67, '"http://app.contoso.com/signin-oidc"'],
        ['zero-trust/no-overprivileged-graph-permission', 'overprivileged', 3, 90, 3, 104, 'Mail.ReadWrite'],
        [
          'zero-trust/no-hardcoded-connection-string-or-key',
          'connectionStringInConfig',
          4,
          32,
          4,
          107,
          '"Server=db.contoso.com;Database=app;User Id=app;Password=Wq8!vR2#mK5zP9xL;"',
        ],
      ],
    );
    assert.ok(messages.every(m => m.fix === undefined && m.suggestions === undefined));
  });

  it('lints nothing in lock files and files that are not JSON', () => {
    const secret = `{ "clientSecret": "${FAKE.entra}" }`;
    // The config does not take lock files, and the processor gives them no code either.
    assert.deepEqual(
      lintConfigFile(secret, 'config/package-lock.json').map(m => m.message),
      ['No matching configuration found for /repo/config/package-lock.json.'],
    );
    assert.deepEqual(jsonProcessor.preprocess!(secret, '/repo/config/npm-shrinkwrap.json'), []);
    assert.deepEqual(lintConfigFile(`{ clientSecret: "${FAKE.entra}" }`, 'config/broken.json'), []);
    assert.equal(lintConfigFile(secret, 'config/default.json').length, 1);
  });

  it('reads a repeated "__proto__" key, which an object literal may not repeat', () => {
    const text = `{ "__proto__": 1, "__proto__": 2, "clientSecret": "${FAKE.entra}" }`;
    assert.deepEqual(
      lintConfigFile(text, 'config/default.json').map(m => [m.ruleId, m.column]),
      [['zero-trust/no-hardcoded-client-credential', 51]],
    );
  });
});

describe('hard negatives: configuration files with nothing to report', () => {
  const FILES: Record<string, string> = {
    'config/package.json': JSON.stringify(
      {
        name: 'app',
        version: '1.0.0',
        scripts: { token: 'node scripts/token.js', password: 'node reset.js' },
        dependencies: { jsonwebtoken: '^9.0.0' },
      },
      null,
      2,
    ),
    'config/tsconfig.json':
      '{\n  // comments and trailing commas\n' +
      '  "compilerOptions": { "strict": true, "paths": { "@auth/*": ["src/auth/*"], }, },\n}\n',
    'config/.eslintrc.json': JSON.stringify({
      rules: { 'no-secrets/no-secrets': ['error', { tolerance: 4.2 }] },
      settings: { apiKey: 'process.env.API_KEY' },
    }),
    'config/schema.json': JSON.stringify({
      $schema: 'http://json-schema.org/draft-07/schema#',
      properties: {
        clientSecret: { type: 'string', description: 'The client secret', pattern: '^[A-Za-z0-9~._-]{34,40}$' },
        password: { type: 'string', minLength: 12 },
      },
    }),
    'config/locales/en.json': JSON.stringify({
      password: 'Password',
      passwordHint: 'Enter your password',
      token: 'Access token',
      tokenExpired: 'Your session token has expired. Sign in again.',
      apiKey: 'API key',
      secret: 'Client secret',
      clientSecretHelp: 'Paste the client secret from the portal here',
    }),
    'config/test/fixtures/users.json': JSON.stringify({
      users: [
        { name: 'alice', password: '<password>' },
        { name: 'bob', token: 'your-token-here' },
      ],
    }),
    'appsettings.json': JSON.stringify(
      {
        AzureAd: {
          Instance: 'https://login.microsoftonline.com/',
          TenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
          ClientId: '3f0c7d0e-5a2b-4c57-9d0e-2a6f5b1c8e41',
          ClientSecret: '@Microsoft.KeyVault(SecretUri=https://contoso.vault.azure.net/secrets/ClientSecret/)',
        },
        ConnectionStrings: {
          Default: 'Server=tcp:contoso.database.windows.net;Database=app;Authentication=Active Directory Default;',
        },
        DownstreamApi: { BaseUrl: 'https://graph.microsoft.com/v1.0', Scopes: ['User.Read'] },
      },
      null,
      2,
    ),
    'local.settings.json': JSON.stringify(
      {
        IsEncrypted: false,
        Values: { AzureWebJobsStorage: 'UseDevelopmentStorage=true', FUNCTIONS_WORKER_RUNTIME: 'node' },
      },
      null,
      2,
    ),
    'aad.manifest.json': JSON.stringify(
      {
        id: '${{AAD_APP_OBJECT_ID}}',
        appId: '${{AAD_APP_CLIENT_ID}}',
        signInAudience: 'AzureADMyOrg',
        oauth2AllowIdTokenImplicitFlow: false,
        replyUrlsWithType: [{ url: '${{TAB_ENDPOINT}}/auth-end.html', type: 'Web' }],
        requiredResourceAccess: [
          { resourceAppId: 'Microsoft Graph', resourceAccess: [{ id: 'User.Read', type: 'Scope' }] },
        ],
      },
      null,
      2,
    ),
  };

  for (const [name, text] of Object.entries(FILES)) {
    it(name, () => {
      assert.deepEqual(lintConfigFile(text, name), []);
    });
  }
});

describe('JSON positions map back exactly (seeded, generated files)', () => {
  const VALUES: [string, string][] = [
    ['clientSecret', FAKE.entra],
    ['ClientSecret', FAKE.entra],
    ['githubToken', FAKE.github],
    [
      'storage',
      `DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${FAKE.storageKey};` +
        'EndpointSuffix=core.windows.net',
    ],
    ['redirectUri', 'http://portal.contoso.com/callback'],
    ['scopes', 'User.Read Directory.ReadWrite.All'],
  ];

  it('slices every reported range of 300 generated files to the value or a part of it', () => {
    const random = seededRandom(2222);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const space = (): string => pick(['', ' ', '  ', '\n', '\r\n  ', '\t', ' /* c */ ', ' // c\n']);
    let reported = 0;
    for (let run = 0; run < 300; run++) {
      const written: string[] = [];
      const value = (depth: number): string => {
        if (depth < 2 && random() < 0.3) {
          const entries = Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${space()}${member(depth + 1)}`);
          return `{${entries.join(',')}${space()}${pick(['', ','])}}`;
        }
        return random() < 0.5 ? pick(['1', 'true', 'null', '"plain"', '["a", 2]']) : '"x"';
      };
      const member = (depth: number): string => {
        if (random() < 0.5) {
          const [key, secret] = pick(VALUES);
          const literal = JSON.stringify(secret);
          written.push(literal);
          return `"${key}"${space()}:${space()}${literal}`;
        }
        return `"${pick(['name', 'port', 'nested', 'Logging'])}"${space()}:${space()}${value(depth)}`;
      };
      const members = Array.from({ length: 1 + Math.floor(random() * 5) }, () => `${space()}${member(0)}`);
      const text = `${pick(['', '\uFEFF', '// settings\n'])}{${members.join(',')}${space()}}${pick(['', '\n'])}`;
      const messages = lintConfigFile(text, pick(['appsettings.json', 'config/default.json', 'local.settings.json']));
      assert.deepEqual(
        messages.filter(m => m.ruleId === null),
        [],
        text,
      );
      const body = text.replace(/^\uFEFF/, '');
      for (const message of messages) {
        const slice = sliceOf(body, message);
        assert.ok(
          written.some(literal => literal === slice || (slice.length > 0 && literal.includes(slice))),
          `${JSON.stringify(slice)} in\n${text}`,
        );
        reported++;
      }
    }
    assert.ok(reported > 200, `${reported} findings`);
  });
});
