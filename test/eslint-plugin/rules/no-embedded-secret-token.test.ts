import rule from '../../../eslint-plugin/src/rules/no-embedded-secret-token';
import { b64url, FAKE } from '../fakeSecrets';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();
const header = b64url({ alg: 'HS256', typ: 'JWT' });
const sig = 'Qm9ndXNTaWduYXR1cmVWYWx1ZTEyMzQ1Njc4OTA';

ruleTester.run('no-embedded-secret-token', rule, {
  valid: [
    // Tokens read at run time.
    'const octo = new Octokit({ auth: process.env.GITHUB_TOKEN });',
    "const key = await secretClient.getSecret('stripe-key');",
    // Placeholders and real-world traps next to secret-like names.
    "const msalConfig = { auth: { clientId: 'Enter_the_Application_Id_Here' } };",
    "const b2cPolicies = { names: { forgotPassword: 'B2C_1_PasswordReset', editProfile: 'B2C_1_ProfileEdit' } };",
    "const SELECTORS = { PASSWORD: \"#password, input[name='password']\", USERNAME: '#username' };",
    "const t = { password: 'Password', passwordHint: 'At least 12 characters', secret: 'an access token' };",
    "const labels = { password: 'Enter your password', apiKey: 'API key' };",
    "const i18n = { password: 'auth.password.label' };",
    "const auth = { tokenType: 'Bearer', token_endpoint: " +
      "'https://login.microsoftonline.com/common/oauth2/v2.0/token', csrfTokenHeader: 'x-csrf-token' };",
    "const kv = { secretName: 'graph-client-secret', keyVaultSecretName: 'storage-key' };",
    "const env = { password: 'DB_PASSWORD', apiKey: 'OPENAI_API_KEY' };",
    "const form = { password: '', confirmPassword: '' };",
    "const password = 'changeme';",
    "const apiKey = 'your-api-key-here';",
    "const token = '<token>';",
    "const accessToken = 'xxxxxxxxxxxxxxxxxxxxxxxx';",
    "const password = 'supersecret';",
    // Identifiers: GUIDs, URLs, paths.
    "const appInsights = { instrumentationKey: '72f988bf-86f1-41af-91ab-2d7cd011db47', clientId: " +
      "'6a3c1f1e-2b4d-4c5e-8f9a-0b1c2d3e4f50' };",
    "const privateKey = './keys/private.pem';",
    // A Firebase web config: its apiKey is public by design.
    `const firebaseConfig = { apiKey: '${FAKE.google}', authDomain: 'contoso-app.firebaseapp.com', projectId: ` +
      `'contoso-app' };`,
    // Example, low-entropy and expired tokens.
    `const aws = '${['AK', 'IAIOSFODNN7EXAMPLE'].join('')}';`,
    `const gh = '${['gh', 'p_'].join('')}${'x'.repeat(36)}';`,
    `const sample = '${header}.${b64url({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}.${sig}';`,
    `const expired = '${header}.${b64url({ sub: 'svc', exp: 1000000000 })}.${sig}';`,
    // Values another secret rule reports (client secrets, signing keys, account keys) are left to it.
    `const cfg = { auth: { clientSecret: '${FAKE.entra}' } };`,
    `const JWT_SECRET = '${FAKE.github}';`,
    // Tokens given straight to a credential call are left to the rule for that call.
    `const c = new ClientSecretCredential(tenantId, clientId, '${FAKE.entra}');`,
    `const S = '${FAKE.entra}'; const c = new ClientSecretCredential(tenantId, clientId, S);`,
    // A secret-like name used as a signing key is left to no-hardcoded-jwt-secret.
    "const secret = 'Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS'; const t = jwt.sign(payload, secret);",
    // Database passwords are left to no-hardcoded-connection-string-or-key.
    "const pool = mysql.createPool({ host: 'db', user: 'orders', password: 'Vd9kQ2mZ!x', database: 'orders' });",
    // `pass` alone is not a password (a test runner's result, a mode).
    "const result = { pass: 'Zq3vK8wP1xR6', message: () => 'ok' };",
    // Query strings and headers filled in at run time, short or word-like values, encoded text.
    'const r = await fetch(`https://api.example.com/v1?api_key=${apiKey}&q=${q}`);',
    "const reset = 'https://contoso.com/reset?token=abc';",
    "const u = 'x:/resource?key=value%23still-query#first%23still-fragment';",
    'const h = { headers: { Authorization: `Bearer ${token}` } };',
    "const h2 = { headers: { Authorization: 'Bearer' } };",
    // Labels in other languages, password hashes in seed data, dates.
    "const de = { password: 'Passwort', apiKey: 'API-Schlüssel' };",
    "const seed = { email: 'a@contoso.com', password: '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy' " +
      '};',
    "const rotation = { secret: '2026-01-01' };",
    {
      code: '<input type="password" name="password" placeholder="Password" autoComplete="current-password" />;',
      filename: 'file.tsx',
    },
    // Defaults that say to change them, and fixture values.
    "export default { app: { port: 3000, secret: 'wotp.shared__CHANGE_ME__' } };",
    "const API_KEY = 'CHANGE_ME_KEY';",
    "const apiKey = '00000000-0000-0000-0000-000000000000';",
    "const payment = { clientSecret2: 'cs_test_1', apiKey: 'dGVzdA==' };",
    // With checkSecretNames off, only provider formats count.
    { code: "const password = 'Tr0ub4dor&3';", options: [{ checkSecretNames: false }] },
    {
      code: '// see https://docs.github.com/en/authentication for how to create a token\nconst x = 1;',
      languageOptions: javascript,
    },
    {
      code: 'module.exports = { apiKey: process.env.API_KEY, password: process.env.PASSWORD };',
      languageOptions: commonjs,
    },
  ],
  invalid: [
    {
      // The typical shape: a GitHub token in a client config.
      code: `const octo = new Octokit({ auth: '${FAKE.github}' });`,
      errors: [
        {
          messageId: 'providerToken',
          line: 1,
          column: 34,
          endLine: 1,
          endColumn: 76,
          suggestions: [{ messageId: 'useEnv', output: 'const octo = new Octokit({ auth: process.env.AUTH! });' }],
        },
      ],
    },
    {
      // In a comment: reported where the token is.
      code: `// debug with ${FAKE.github} (remove before commit)
const octo = new Octokit({ auth: process.env.GITHUB_TOKEN });`,
      errors: [
        {
          messageId: 'providerToken',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 55,
          suggestions: [],
        },
      ],
    },
    {
      code: `/*
 * Slack bot: ${FAKE.slack}
 */
export const slack = new WebClient(process.env.SLACK_TOKEN);`,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'providerToken',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 62,
          suggestions: [],
        },
      ],
    },
    {
      // Inside a template with expressions.
      code: `const url = \`https://maps.example.com/v1/geocode?q=\${query}&key=${FAKE.google}\`;`,
      errors: [
        {
          messageId: 'providerToken',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 105,
          suggestions: [],
        },
      ],
    },
    {
      // A named constant: the suggestion takes its name.
      code: `const STRIPE_KEY = '${FAKE.stripe}';
const stripe = new Stripe(STRIPE_KEY);`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'providerToken',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const STRIPE_KEY = process.env.STRIPE_KEY;
const stripe = new Stripe(STRIPE_KEY);`,
            },
          ],
        },
      ],
    },
    {
      code: `const s3 = new S3Client({ credentials: { accessKeyId: '${FAKE.aws}', secretAccessKey } });`,
      errors: [
        {
          messageId: 'providerToken',
          line: 1,
          column: 55,
          endLine: 1,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'useEnv',
              output:
                'const s3 = new S3Client({ credentials: { accessKeyId: process.env.ACCESS_KEY_ID!, secretAccessKey } ' +
                '});',
            },
          ],
        },
      ],
    },
    {
      code: `const npmrc = \`//registry.npmjs.org/:_authToken=${FAKE.npm}\`;`,
      errors: [
        {
          messageId: 'providerToken',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 90,
          suggestions: [],
        },
      ],
    },
    {
      // A PEM private key anywhere.
      code: `const pem = \`${FAKE.pem}\`;`,
      errors: [
        {
          messageId: 'providerToken',
          line: 1,
          column: 13,
          endLine: 4,
          endColumn: 31,
          suggestions: [{ messageId: 'useEnv', output: 'const pem = process.env.PEM!;' }],
        },
      ],
    },
    {
      // A pasted bearer token.
      code: `const res = await fetch(url, { headers: { Authorization: 'Bearer ${FAKE.jwt}' } });`,
      errors: [
        {
          messageId: 'providerToken',
          line: 1,
          column: 58,
          endLine: 1,
          endColumn: 224,
          suggestions: [],
        },
      ],
    },
    {
      // An Entra client secret outside any SDK call.
      code: `const settings = { graph: { appPassword: '${FAKE.entra}' } };`,
      errors: [
        {
          messageId: 'providerToken',
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 84,
          suggestions: [
            { messageId: 'useEnv', output: 'const settings = { graph: { appPassword: process.env.APP_PASSWORD! } };' },
          ],
        },
      ],
    },
    {
      // A literal fallback of a provider token.
      code: `const token = process.env.GITHUB_TOKEN || '${FAKE.github}';`,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'providerToken',
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 85,
          suggestions: [{ messageId: 'useEnv', output: 'const token = process.env.GITHUB_TOKEN;' }],
        },
      ],
    },
    {
      // Secret-like names with secret-shaped values.
      code: `const password = 'Tr0ub4dor&3';
const config = { apiKey: 'a8f5f167f44f4964e6c998dee827110c' };
this.accessToken = 'Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS';`,
      errors: [
        {
          messageId: 'secretLikeName',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const password = process.env.PASSWORD!;
const config = { apiKey: 'a8f5f167f44f4964e6c998dee827110c' };
this.accessToken = 'Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS';`,
            },
          ],
        },
        {
          messageId: 'secretLikeName',
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const password = 'Tr0ub4dor&3';
const config = { apiKey: process.env.API_KEY! };
this.accessToken = 'Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS';`,
            },
          ],
        },
        {
          messageId: 'secretLikeName',
          line: 3,
          column: 20,
          endLine: 3,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const password = 'Tr0ub4dor&3';
const config = { apiKey: 'a8f5f167f44f4964e6c998dee827110c' };
this.accessToken = process.env.ACCESS_TOKEN!;`,
            },
          ],
        },
      ],
    },
    {
      code: `class Mailer {
  private smtpPassword = process.env.SMTP_PASSWORD ?? 'Vd9kQ2mZ!x';
}`,
      errors: [
        {
          messageId: 'secretLikeName',
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `class Mailer {
  private smtpPassword = process.env.SMTP_PASSWORD!;
}`,
            },
          ],
        },
      ],
    },
    {
      // nodemailer-style basic auth: `pass` next to `user`.
      code:
        "const mailer = nodemailer.createTransport({ service: 'Office365', auth: { user: 'reports@contoso.com', " +
        "pass: 'Sm7p!Relay#2024' } });",
      languageOptions: javascript,
      errors: [
        {
          messageId: 'secretLikeName',
          line: 1,
          column: 110,
          endLine: 1,
          endColumn: 127,
          suggestions: [
            {
              messageId: 'useEnv',
              output:
                "const mailer = nodemailer.createTransport({ service: 'Office365', auth: { user: " +
                "'reports@contoso.com', pass: process.env.PASS } });",
            },
          ],
        },
      ],
    },
    {
      // A key in a URL query string, in a plain string and at the end of a template.
      code: `const weather = await fetch('https://api.openweathermap.org/data/2.5/weather?q=London&appid=3f8b2c9d1e4a7f6b0c5d8e2a9b1c4d7e');
const search = await fetch(\`https://api.example.com/v1/search?q=\${query}&api_key=Zq3vK8wP1xR6tY0uN4mB7c\`);`,
      errors: [
        {
          messageId: 'secretLikeName',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 126,
          suggestions: [],
        },
        {
          messageId: 'secretLikeName',
          line: 2,
          column: 28,
          endLine: 2,
          endColumn: 105,
          suggestions: [],
        },
      ],
    },
    {
      // An Authorization header with the credential written out.
      code: `const res = await fetch(url, { headers: { Authorization: 'Bearer Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS' } });
const res2 = await fetch(url, { headers: { authorization: 'Basic c3ZjLXJlcG9ydHM6VHIwdWI0ZG9yJjM=' } });`,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'secretLikeName',
          line: 1,
          column: 58,
          endLine: 1,
          endColumn: 99,
          suggestions: [],
        },
        {
          messageId: 'secretLikeName',
          line: 2,
          column: 59,
          endLine: 2,
          endColumn: 99,
          suggestions: [],
        },
      ],
    },
    {
      // JSX attributes.
      code: `const map = <MapView apiKey="a8f5f167f44f4964e6c998dee827110c" />;
const chat = <Chat token={'${FAKE.slack}'} />;`,
      filename: 'file.tsx',
      errors: [
        {
          messageId: 'secretLikeName',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const map = <MapView apiKey={process.env.API_KEY!} />;
const chat = <Chat token={'${FAKE.slack}'} />;`,
            },
          ],
        },
        {
          messageId: 'providerToken',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const map = <MapView apiKey="a8f5f167f44f4964e6c998dee827110c" />;
const chat = <Chat token={process.env.TOKEN!} />;`,
            },
          ],
        },
      ],
    },
    {
      // Many APIs issue GUID keys: a GUID under an API-key name counts.
      code: "const API_KEY = 'f4be0e0c-fa6e-4083-8e8f-4f3f73f2b3df';",
      errors: [
        {
          messageId: 'secretLikeName',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 55,
          suggestions: [{ messageId: 'useEnv', output: 'const API_KEY = process.env.API_KEY!;' }],
        },
      ],
    },
  ],
});

ruleTester.run('no-embedded-secret-token (credential sinks)', rule, {
  valid: [
    // Credential sinks: the environment, placeholders, a token from a parameter, a local look-alike.
    "import { Telegraf } from 'telegraf'; new Telegraf(process.env.BOT_TOKEN!);",
    "import { Telegraf } from 'telegraf'; new Telegraf('<bot-token>');",
    "import axios from 'axios'; " +
      "function me(token: string) { return axios.get('/me', { headers: { Authorization: `Bearer ${token}` } }); }",
    "class Telegraf { constructor(token: string) {} } new Telegraf('kP9x2mQ7vLr');",
  ],
  invalid: [
    {
      code: dedent`
        import { Telegraf } from 'telegraf';
        const bot = new Telegraf('kP9x2mQ7vLr');
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        import { Telegraf } from 'telegraf';
        const bot = new Telegraf(process.env.TELEGRAF_TOKEN!);
      `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import { Octokit } from '@octokit/rest';
        const base = { userAgent: 'app' };
        const options = { ...base, auth: process.env.GITHUB_TOKEN || 'kP9x2mQ7vLr' };
        const octokit = new Octokit(options);
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 3,
          column: 62,
          endLine: 3,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        import { Octokit } from '@octokit/rest';
        const base = { userAgent: 'app' };
        const options = { ...base, auth: process.env.GITHUB_TOKEN! };
        const octokit = new Octokit(options);
      `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import axios from 'axios';
        const api = axios.create({ baseURL: 'https://api.example.com' });
        api.get('/me', { headers: { Authorization: 'Bearer kP9x2mQ7vLr' } });
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 64,
          suggestions: [],
        },
      ],
    },
  ],
});
