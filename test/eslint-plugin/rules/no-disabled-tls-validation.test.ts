import rule from '../../../eslint-plugin/src/rules/no-disabled-tls-validation';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-disabled-tls-validation', rule, {
  valid: [
    // Endpoint URLs in tests are data; internal single-label and reserved hosts are development setups.
    {
      code: "const JWKS = createRemoteJWKSet(new URL('http://auth.contoso.com/keys'));",
      filename: 'test/jwks.spec.ts',
    },
    "const options = { authority: 'http://keycloak:8080/realms/dev' };",
    "const options = { jwksUri: 'http://idp.test/jwks' };",
    // Validation on, or decided at run time: not a static false.
    'const agent = new https.Agent({ rejectUnauthorized: true });',
    "const agent = new https.Agent({ rejectUnauthorized: process.env.NODE_ENV === 'production' });",
    'const agent = new https.Agent({ rejectUnauthorized: !allowSelfSigned });',
    // Pinning a private CA is the right alternative.
    'const agent = new https.Agent({ ca: fs.readFileSync(process.env.CORP_CA_PEM_PATH!) });',
    // Reading the option, comparing it, or defaulting a destructured one is not setting it.
    'const { rejectUnauthorized = false } = options;',
    'if (agent.options.rejectUnauthorized === false) { warn(); }',
    "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';",
    "if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') { console.warn('TLS validation is off'); }",
    'delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;',
    // A host check that does check something.
    'const agent = new https.Agent({ checkServerIdentity: (host, cert) => tls.checkServerIdentity(pinnedHost, cert) ' +
      '});',
    'const agent = new https.Agent({ checkServerIdentity: (host, cert) => { if (cert.fingerprint256 !== PIN) return ' +
      "new Error('pin'); } });",
    "env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
    "const doc = 'Never set NODE_TLS_REJECT_UNAUTHORIZED in production.';",
    // Loopback and unknown hosts, and HTTPS.
    "const config = { auth: { authority: 'http://localhost:8080/realms/dev' } };",
    "const options = { jwksUri: 'http://127.0.0.1:3000/.well-known/jwks.json' };",
    'const options = { authority: `http://${host}/tenant` };',
    "const config = { auth: { authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com' } };",
    // Other keys that merely hold an http URL.
    "const links = { homepage: 'http://contoso.com', issuer: 'http://contoso.com' };",
    "const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys'));",
    dedent`
      import { createRemoteJWKSet } from 'jose';
      const JWKS = createRemoteJWKSet(new URL('http://localhost:4000/jwks'));
    `,
    // A local function that shares a name is not the library.
    dedent`
      function allowInsecureRequests(c) { return c; }
      allowInsecureRequests(config);
    `,
    dedent`
      import { allowInsecureRequests } from './mocks';
      allowInsecureRequests(config);
    `,
    // Keys that exist on Object.prototype are plain keys here.
    'const o = { constructor: false, toString: 0, hasOwnProperty: false };',
    {
      code: 'const agent = new https.Agent({ rejectUnauthorized: true });',
      languageOptions: commonjs,
    },
  ],
  invalid: [
    // Explicit TLS opt-outs are reported in tests too.
    {
      code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      filename: 'test/api.spec.ts',
      errors: [
        {
          messageId: 'tlsRejectEnv',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 47,
          suggestions: [{ messageId: 'removeAssignment', output: '' }],
        },
      ],
    },
    {
      code: dedent`
        import https from 'node:https';
        const agent = new https.Agent({ rejectUnauthorized: false });
      `,
      errors: [
        {
          messageId: 'rejectUnauthorized',
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'removeOption',
              output: dedent`
                import https from 'node:https';
                const agent = new https.Agent({});
            `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const agent = new https.Agent({
          ca,
          rejectUnauthorized: false,
        });
      `,
      errors: [
        {
          messageId: 'rejectUnauthorized',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'removeOption',
              output: dedent`
                const agent = new https.Agent({
                  ca,
                });
            `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const agent = new https.Agent({
          ca,
          rejectUnauthorized: false
        });
      `,
      errors: [
        {
          messageId: 'rejectUnauthorized',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'removeOption',
              output: dedent`
                const agent = new https.Agent({
                  ca
                });
            `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const INSECURE = false;
        const agent = new Agent({ connect: { rejectUnauthorized: INSECURE, timeout: 5000 } });
      `,
      errors: [
        {
          messageId: 'rejectUnauthorized',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'removeOption',
              output: dedent`
                const INSECURE = false;
                const agent = new Agent({ connect: { timeout: 5000 } });
            `,
            },
          ],
        },
      ],
    },
    {
      code:
        'const cca = new ConfidentialClientApplication({ auth, system: { customAgentOptions: { rejectUnauthorized: ' +
        '!1 } } });',
      errors: [
        {
          messageId: 'rejectUnauthorized',
          line: 1,
          column: 87,
          endLine: 1,
          endColumn: 109,
          suggestions: [
            {
              messageId: 'removeOption',
              output: 'const cca = new ConfidentialClientApplication({ auth, system: { customAgentOptions: {} } });',
            },
          ],
        },
      ],
    },
    {
      code: "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      errors: [
        {
          messageId: 'tlsRejectEnv',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 47,
          suggestions: [{ messageId: 'removeAssignment', output: '' }],
        },
      ],
    },
    {
      code: "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = 0;",
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'tlsRejectEnv',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 48,
          suggestions: [{ messageId: 'removeAssignment', output: '' }],
        },
      ],
    },
    {
      code: "spawn('node', ['sync.js'], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' } });",
      languageOptions: javascript,
      errors: [
        {
          messageId: 'tlsRejectEnv',
          line: 1,
          column: 53,
          endLine: 1,
          endColumn: 86,
          suggestions: [
            { messageId: 'removeOption', output: "spawn('node', ['sync.js'], { env: { ...process.env } });" },
          ],
        },
      ],
    },
    {
      code: "execSync('NODE_TLS_REJECT_UNAUTHORIZED=0 node scripts/sync.js');",
      errors: [
        {
          messageId: 'tlsRejectEnv',
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      code: 'request.get({ url, strictSSL: false }, callback);',
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'strictSsl',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 36,
          suggestions: [{ messageId: 'removeOption', output: 'request.get({ url }, callback);' }],
        },
      ],
    },
    // Host name checks switched off.
    {
      code: 'const socket = tls.connect({ host, port, ca, checkServerIdentity: () => undefined });',
      errors: [
        {
          messageId: 'checkServerIdentity',
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 82,
          suggestions: [{ messageId: 'removeOption', output: 'const socket = tls.connect({ host, port, ca });' }],
        },
      ],
    },
    {
      code: dedent`
        const noHostCheck = function () {};
        const agent = new https.Agent({ checkServerIdentity: noHostCheck });
      `,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'checkServerIdentity',
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'removeOption',
              output: dedent`
                const noHostCheck = function () {};
                const agent = new https.Agent({});
            `,
            },
          ],
        },
      ],
    },
    {
      code: 'https.globalAgent.options.rejectUnauthorized = false;',
      errors: [
        {
          messageId: 'rejectUnauthorized',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 53,
          suggestions: [{ messageId: 'removeAssignment', output: '' }],
        },
      ],
    },
    {
      code: dedent`
        import * as client from 'openid-client';
        const config = await client.discovery(server, clientId, secret, undefined, { execute: [client.allowInsecureRequests] });
      `,
      errors: [
        {
          messageId: 'openidInsecureRequests',
          line: 2,
          column: 88,
          endLine: 2,
          endColumn: 116,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const { allowInsecureRequests, discovery } = require('openid-client');
        allowInsecureRequests(config);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'openidInsecureRequests',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { createRemoteJWKSet as remoteKeys } from 'jose';
        const JWKS = remoteKeys(new URL('http://auth.contoso.com/.well-known/jwks.json'));
      `,
      errors: [
        {
          messageId: 'insecureJwks',
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'useHttps',
              output: dedent`
                import { createRemoteJWKSet as remoteKeys } from 'jose';
                const JWKS = remoteKeys(new URL('https://auth.contoso.com/.well-known/jwks.json'));
            `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const jose = require('jose');
        const KEYS_URL = 'http://auth.contoso.com/keys';
        const JWKS = jose.createRemoteJWKSet(new URL(KEYS_URL));
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'insecureJwks',
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 55,
          suggestions: [],
        },
      ],
    },
    {
      code: "const msalConfig = { auth: { clientId, authority: 'http://login.contoso.com/tenant' } };",
      errors: [
        {
          messageId: 'insecureEndpoint',
          line: 1,
          column: 51,
          endLine: 1,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'useHttps',
              output: "const msalConfig = { auth: { clientId, authority: 'https://login.contoso.com/tenant' } };",
            },
          ],
        },
      ],
    },
    {
      code:
        'const strategy = new BearerStrategy({ identityMetadata: ' +
        '`http://login.contoso.com/${tenant}/v2.0/.well-known/openid-configuration`, clientID });',
      errors: [
        {
          messageId: 'insecureEndpoint',
          line: 1,
          column: 57,
          endLine: 1,
          endColumn: 131,
          suggestions: [
            {
              messageId: 'useHttps',
              output:
                'const strategy = new BearerStrategy({ identityMetadata: ' +
                '`https://login.contoso.com/${tenant}/v2.0/.well-known/openid-configuration`, clientID });',
            },
          ],
        },
      ],
    },
  ],
});
