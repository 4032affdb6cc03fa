import rule from '../../../eslint-plugin/src/rules/no-hardcoded-client-credential';
import { FAKE } from '../fakeSecrets';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-hardcoded-client-credential', rule, {
  valid: [
    // Secrets read at run time.
    'const cca = new ConfidentialClientApplication({ auth: { clientId, authority, clientSecret: ' +
      'process.env.AZURE_CLIENT_SECRET! } });',
    "import { ClientSecretCredential } from '@azure/identity'; const c = new ClientSecretCredential(tenantId, " +
      'clientId, process.env.AZURE_CLIENT_SECRET!);',
    'const c = new ClientSecretCredential(tenantId, clientId, (await ' +
      "secretClient.getSecret('graph-client-secret')).value!);",
    "const cfg = { auth: { clientSecret: config.get('auth.clientSecret') } };",
    'function makeCredential(secret: string) { return new ClientSecretCredential(tenantId, clientId, secret); }',
    // Client and tenant IDs are identifiers, not secrets.
    "import { ClientSecretCredential } from '@azure/identity'; const c = new " +
      "ClientSecretCredential('72f988bf-86f1-41af-91ab-2d7cd011db47', '6a3c1f1e-2b4d-4c5e-8f9a-0b1c2d3e4f50', " +
      'process.env.AZURE_CLIENT_SECRET!);',
    // MSAL samples' placeholders, and a value that is its own key name.
    "const msalConfig = { auth: { clientId: 'Enter_the_Application_Id_Here', clientSecret: " +
      "'Enter_the_Client_Secret_Here' } };",
    "const msalConfig = { auth: { clientSecret: 'ENTER_CLIENT_SECRET' } };",
    "const msalConfig = { auth: { clientSecret: '<ENTER_CLIENT_SECRET>' } };",
    "const msalConfig = { auth: { clientSecret: 'your-client-secret' } };",
    "const msalConfig = { auth: { clientSecret: '' } };",
    "const CLIENT_SECRET = 'client_secret';",
    "const keys = { clientSecret: 'AZURE_CLIENT_SECRET' };",
    // B2C policy names, selectors and labels next to secret-ish names.
    "const b2cPolicies = { names: { signUpSignIn: 'B2C_1_susi', forgotPassword: 'B2C_1_PasswordReset' } };",
    "const labels = { clientSecret: 'Client secret' };",
    // Names about a secret, not the secret.
    "const clientSecretName = 'graph-client-secret';",
    "const clientSecretExpiry = '2026-01-01T00:00:00Z';",
    // A certificate by path is the recommended shape.
    "import { ClientCertificateCredential } from '@azure/identity'; const c = new " +
      "ClientCertificateCredential(tenantId, clientId, '/mnt/certs/app.pem');",
    "const c = new ClientCertificateCredential(tenantId, clientId, { certificatePath: '/mnt/certs/app.pem' });",
    // The overload of AuthorizationCodeCredential without a secret.
    'const c = new AuthorizationCodeCredential(tenantId, clientId, authorizationCode, ' +
      "'http://localhost:3000/redirect', { authorityHost });",
    // A local class or function that shares a name.
    'class ClientSecretCredential { constructor(a: string, b: string, c: string) {} } const c = new ' +
      "ClientSecretCredential('a', 'b', 'kP9x2mQ7vL4wZr8tY6uN');",
    // `discovery` of another library; a public key; a client assertion read from a file.
    "import { discovery } from './oidc'; const c = await discovery(server, clientId, 'kP9x2mQ7vL4wZr8tY6uN');",
    'const cca = new ConfidentialClientApplication({ auth: { clientId, clientAssertion: await readFile(tokenPath, ' +
      "'utf8') } });",
    'const cca = new ConfidentialClientApplication({ auth: { clientId, clientCertificate: { thumbprintSha256, ' +
      "privateKey: await readFile(keyPath, 'utf8') } } });",
    // simple-oauth2 shape without `id`: not a client block.
    'const o = { client: { secret: process.env.CLIENT_SECRET } };',
    {
      code:
        "const { ClientSecretCredential } = require('@azure/identity'); const c = new " +
        'ClientSecretCredential(tenantId, clientId, process.env.AZURE_CLIENT_SECRET);',
      languageOptions: commonjs,
    },
    {
      code:
        "export const msalConfig = { auth: { clientId: '6a3c1f1e-2b4d-4c5e-8f9a-0b1c2d3e4f50', clientSecret: " +
        'process.env.CLIENT_SECRET } };',
      languageOptions: javascript,
    },
  ],
  invalid: [
    {
      // MSAL, the typical shape: an Entra client secret inline.
      code: `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({ auth: { clientId, authority, clientSecret: '${FAKE.entra}' } });`,
      errors: [
        {
          messageId: 'clientSecret',
          line: 2,
          column: 92,
          endLine: 2,
          endColumn: 134,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication({ auth: { clientId, authority, clientSecret: process.env.CLIENT_SECRET! } });`,
            },
          ],
        },
      ],
    },
    {
      // A config object declared apart, a namespace import.
      code: `import * as msal from '@azure/msal-node';
const msalConfig = {
  auth: { clientId: '6a3c1f1e-2b4d-4c5e-8f9a-0b1c2d3e4f50', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com', clientSecret: 'kP9x2mQ7vL4wZr8tY6uN' },
};
const cca = new msal.ConfidentialClientApplication(msalConfig);`,
      errors: [
        {
          messageId: 'clientSecret',
          line: 3,
          column: 147,
          endLine: 3,
          endColumn: 169,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import * as msal from '@azure/msal-node';
const msalConfig = {
  auth: { clientId: '6a3c1f1e-2b4d-4c5e-8f9a-0b1c2d3e4f50', authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com', clientSecret: process.env.CLIENT_SECRET! },
};
const cca = new msal.ConfidentialClientApplication(msalConfig);`,
            },
          ],
        },
      ],
    },
    {
      // Shape alone (a config module): `{ auth: { clientSecret } }`, in JavaScript.
      code:
        'export const msalConfig = { auth: { clientId: process.env.CLIENT_ID, clientSecret: "kP9x2mQ7vL4wZr8tY6uN" ' +
        '} };',
      languageOptions: javascript,
      errors: [
        {
          messageId: 'clientSecret',
          line: 1,
          column: 84,
          endLine: 1,
          endColumn: 106,
          suggestions: [
            {
              messageId: 'useEnv',
              output:
                'export const msalConfig = { auth: { clientId: process.env.CLIENT_ID, clientSecret: ' +
                'process.env.CLIENT_SECRET } };',
            },
          ],
        },
      ],
    },
    {
      code: `import { ClientSecretCredential } from '@azure/identity';
const credential = new ClientSecretCredential(tenantId, clientId, 'kP9x2mQ7vL4wZr8tY6uN');`,
      errors: [
        {
          messageId: 'clientSecret',
          line: 2,
          column: 67,
          endLine: 2,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { ClientSecretCredential } from '@azure/identity';
const credential = new ClientSecretCredential(tenantId, clientId, process.env.AZURE_CLIENT_SECRET!);`,
            },
            {
              messageId: 'useManagedIdentity',
              output: `import { ManagedIdentityCredential } from '@azure/identity';
const credential = new ManagedIdentityCredential({ clientId });`,
            },
            {
              messageId: 'useCertificate',
              output: `import { ClientCertificateCredential } from '@azure/identity';
const credential = new ClientCertificateCredential(tenantId, clientId, process.env.AZURE_CLIENT_CERTIFICATE_PATH!);`,
            },
          ],
        },
      ],
    },
    {
      // A namespace import: also offers a managed identity or a certificate.
      code: `import * as identity from '@azure/identity';
const credential = new identity.ClientSecretCredential(tenantId, clientId, 'kP9x2mQ7vL4wZr8tY6uN');`,
      errors: [
        {
          messageId: 'clientSecret',
          line: 2,
          column: 76,
          endLine: 2,
          endColumn: 98,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import * as identity from '@azure/identity';
const credential = new identity.ClientSecretCredential(tenantId, clientId, process.env.AZURE_CLIENT_SECRET!);`,
            },
            {
              messageId: 'useManagedIdentity',
              output: `import * as identity from '@azure/identity';
const credential = new identity.ManagedIdentityCredential({ clientId });`,
            },
            {
              messageId: 'useCertificate',
              output: `import * as identity from '@azure/identity';
const credential = new identity.ClientCertificateCredential(tenantId, clientId, process.env.AZURE_CLIENT_CERTIFICATE_PATH!);`,
            },
          ],
        },
      ],
    },
    {
      // CommonJS, renamed, through a same-file constant.
      code: `const { ClientSecretCredential: CSC } = require('@azure/identity');
const SECRET = 'kP9x2mQ7vL4wZr8tY6uN';
const credential = new CSC(tenantId, clientId, SECRET);`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'clientSecret',
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const { ClientSecretCredential: CSC } = require('@azure/identity');
const SECRET = process.env.SECRET;
const credential = new CSC(tenantId, clientId, SECRET);`,
            },
            {
              messageId: 'useManagedIdentity',
              output: `const { ManagedIdentityCredential } = require('@azure/identity');
const SECRET = 'kP9x2mQ7vL4wZr8tY6uN';
const credential = new ManagedIdentityCredential({ clientId });`,
            },
            {
              messageId: 'useCertificate',
              output: `const { ClientCertificateCredential } = require('@azure/identity');
const SECRET = 'kP9x2mQ7vL4wZr8tY6uN';
const credential = new ClientCertificateCredential(tenantId, clientId, process.env.AZURE_CLIENT_CERTIFICATE_PATH);`,
            },
          ],
        },
      ],
    },
    {
      // A literal fallback.
      code: `import { ClientSecretCredential } from '@azure/identity';
const credential = new ClientSecretCredential(tenantId, clientId, process.env.AZURE_CLIENT_SECRET || 'kP9x2mQ7vL4wZr8tY6uN');`,
      errors: [
        {
          messageId: 'clientSecret',
          line: 2,
          column: 67,
          endLine: 2,
          endColumn: 124,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { ClientSecretCredential } from '@azure/identity';
const credential = new ClientSecretCredential(tenantId, clientId, process.env.AZURE_CLIENT_SECRET!);`,
            },
            {
              messageId: 'useManagedIdentity',
              output: `import { ManagedIdentityCredential } from '@azure/identity';
const credential = new ManagedIdentityCredential({ clientId });`,
            },
            {
              messageId: 'useCertificate',
              output: `import { ClientCertificateCredential } from '@azure/identity';
const credential = new ClientCertificateCredential(tenantId, clientId, process.env.AZURE_CLIENT_CERTIFICATE_PATH!);`,
            },
          ],
        },
      ],
    },
    {
      code: `import { UsernamePasswordCredential } from '@azure/identity';
const credential = new UsernamePasswordCredential(tenantId, clientId, 'svc@contoso.com', 'Tr0ub4dor&3x');`,
      errors: [
        {
          messageId: 'password',
          line: 2,
          column: 90,
          endLine: 2,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { UsernamePasswordCredential } from '@azure/identity';
const credential = new UsernamePasswordCredential(tenantId, clientId, 'svc@contoso.com', process.env.AZURE_PASSWORD!);`,
            },
          ],
        },
      ],
    },
    {
      code: `import { AuthorizationCodeCredential } from '@azure/identity';
const credential = new AuthorizationCodeCredential(tenantId, clientId, 'kP9x2mQ7vL4wZr8tY6uN', code, redirectUri);`,
      errors: [
        {
          messageId: 'clientSecret',
          line: 2,
          column: 72,
          endLine: 2,
          endColumn: 94,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { AuthorizationCodeCredential } from '@azure/identity';
const credential = new AuthorizationCodeCredential(tenantId, clientId, process.env.AZURE_CLIENT_SECRET!, code, redirectUri);`,
            },
          ],
        },
      ],
    },
    {
      // passport-azure-ad, and a passport strategy in JavaScript.
      code: `const { OIDCStrategy } = require('passport-azure-ad');
passport.use(new OIDCStrategy({ identityMetadata, clientID, clientSecret: 'kP9x2mQ7vL4wZr8tY6uN', responseType: 'code' }, verify));`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'clientSecret',
          line: 2,
          column: 75,
          endLine: 2,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const { OIDCStrategy } = require('passport-azure-ad');
passport.use(new OIDCStrategy({ identityMetadata, clientID, clientSecret: process.env.CLIENT_SECRET, responseType: 'code' }, verify));`,
            },
          ],
        },
      ],
    },
    {
      code: `import { OAuth2Client } from 'google-auth-library';
const client = new OAuth2Client(clientId, 'GOCSPX-k2Lm9Pz4Rt6Vw1Yb3Nd5Hf7Jg0S', redirectUri);`,
      errors: [
        {
          messageId: 'clientSecret',
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { OAuth2Client } from 'google-auth-library';
const client = new OAuth2Client(clientId, process.env.GOOGLE_CLIENT_SECRET!, redirectUri);`,
            },
          ],
        },
      ],
    },
    {
      code: `import * as client from 'openid-client';
const config = await client.discovery(server, clientId, 'kP9x2mQ7vL4wZr8tY6uN');
const auth = client.ClientSecretPost('kP9x2mQ7vL4wZr8tY6uNx');`,
      errors: [
        {
          messageId: 'clientSecret',
          line: 2,
          column: 57,
          endLine: 2,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import * as client from 'openid-client';
const config = await client.discovery(server, clientId, process.env.CLIENT_SECRET!);
const auth = client.ClientSecretPost('kP9x2mQ7vL4wZr8tY6uNx');`,
            },
          ],
        },
        {
          messageId: 'clientSecret',
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import * as client from 'openid-client';
const config = await client.discovery(server, clientId, 'kP9x2mQ7vL4wZr8tY6uN');
const auth = client.ClientSecretPost(process.env.CLIENT_SECRET!);`,
            },
          ],
        },
      ],
    },
    {
      // simple-oauth2
      code: `import { ClientCredentials } from 'simple-oauth2';
const oauth = new ClientCredentials({ client: { id: 'reports-app', secret: 'kP9x2mQ7vL4wZr8tY6uN' }, auth: { tokenHost } });`,
      errors: [
        {
          messageId: 'clientSecret',
          line: 2,
          column: 76,
          endLine: 2,
          endColumn: 98,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { ClientCredentials } from 'simple-oauth2';
const oauth = new ClientCredentials({ client: { id: 'reports-app', secret: process.env.CLIENT_SECRET! }, auth: { tokenHost } });`,
            },
          ],
        },
      ],
    },
    {
      // A certificate private key in MSAL config.
      code:
        `const cca = new ConfidentialClientApplication({ auth: { clientId, clientCertificate: { ` +
        `thumbprintSha256, privateKey: \`${FAKE.pem}\` } } });`,
      errors: [
        {
          messageId: 'privateKey',
          line: 1,
          column: 118,
          endLine: 4,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useEnv',
              output:
                'const cca = new ConfidentialClientApplication({ auth: { clientId, clientCertificate: { ' +
                'thumbprintSha256, privateKey: process.env.CLIENT_CERTIFICATE_KEY! } } });',
            },
          ],
        },
      ],
    },
    {
      code: `import { ClientCertificateCredential } from '@azure/identity';
const credential = new ClientCertificateCredential(tenantId, clientId, { certificate: \`${FAKE.pem}\` });`,
      errors: [
        {
          messageId: 'privateKey',
          line: 2,
          column: 87,
          endLine: 5,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { ClientCertificateCredential } from '@azure/identity';
const credential = new ClientCertificateCredential(tenantId, clientId, { certificate: process.env.AZURE_CLIENT_CERTIFICATE! });`,
            },
          ],
        },
      ],
    },
    {
      // A raw token request.
      code:
        "const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: " +
        "'kP9x2mQ7vL4wZr8tY6uN' });",
      errors: [
        {
          messageId: 'clientSecret',
          line: 1,
          column: 106,
          endLine: 1,
          endColumn: 128,
          suggestions: [
            {
              messageId: 'useEnv',
              output:
                "const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, " +
                'client_secret: process.env.CLIENT_SECRET! });',
            },
          ],
        },
      ],
    },
    {
      code: `const msRestNodeAuth = require('@azure/ms-rest-nodeauth');
const login = () => msRestNodeAuth.loginWithServicePrincipalSecret(clientId, 'kP9x2mQ7vL4wZr8tY6uN', tenantId);`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'clientSecret',
          line: 2,
          column: 78,
          endLine: 2,
          endColumn: 100,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const msRestNodeAuth = require('@azure/ms-rest-nodeauth');
const login = () => msRestNodeAuth.loginWithServicePrincipalSecret(clientId, process.env.AZURE_CLIENT_SECRET, tenantId);`,
            },
          ],
        },
      ],
    },
    {
      code: "context.acquireTokenWithClientCredentials(resource, clientId, 'kP9x2mQ7vL4wZr8tY6uN', callback);",
      errors: [
        {
          messageId: 'clientSecret',
          line: 1,
          column: 63,
          endLine: 1,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'useEnv',
              output:
                'context.acquireTokenWithClientCredentials(resource, clientId, process.env.CLIENT_SECRET!, callback);',
            },
          ],
        },
      ],
    },
    {
      code: `class GraphClient {
  private readonly clientSecret = 'kP9x2mQ7vL4wZr8tY6uN';
}`,
      errors: [
        {
          messageId: 'clientSecret',
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `class GraphClient {
  private readonly clientSecret = process.env.CLIENT_SECRET!;
}`,
            },
          ],
        },
      ],
    },
    {
      // Auth0 management client (by name).
      code: "const management = new ManagementClient({ domain, clientId, clientSecret: 'kP9x2mQ7vL4wZr8tY6uN' });",
      errors: [
        {
          messageId: 'clientSecret',
          line: 1,
          column: 75,
          endLine: 1,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'useEnv',
              output:
                'const management = new ManagementClient({ domain, clientId, clientSecret: ' +
                'process.env.CLIENT_SECRET! });',
            },
          ],
        },
      ],
    },
    {
      // A parameter default.
      code:
        "export function createCredential(tenantId, clientId, clientSecret = 'kP9x2mQ7vL4wZr8tY6uN') { return { " +
        'tenantId, clientId, clientSecret }; }',
      languageOptions: javascript,
      errors: [
        {
          messageId: 'clientSecret',
          line: 1,
          column: 69,
          endLine: 1,
          endColumn: 91,
          suggestions: [
            {
              messageId: 'useEnv',
              output:
                'export function createCredential(tenantId, clientId, clientSecret) { return { tenantId, clientId, ' +
                'clientSecret }; }',
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-client-credential (credential sinks)', rule, {
  valid: [
    // Credential sinks: the same calls with the password from the environment, a placeholder, an empty string.
    "const ldap = require('ldapjs'); ldap.createClient({ url }).bind(dn, process.env.LDAP_PASSWORD, done);",
    "import { createClient } from 'ldapjs'; createClient({ url }).bind(dn, '<password>');",
    "import { createClient } from 'ldapjs'; createClient({ url }).bind(dn, '');",
    // A local look-alike is not the package's API.
    'function createClient(o: object) { return { bind(dn: string, pw: string) {} }; } ' +
      "createClient({}).bind('cn=svc', 'kP9x2mQ7vLr');",
    "import request from 'superagent'; request.get(url).auth(user, password);",
    'fetch(url, { headers: { Authorization: `Basic ${btoa(`${user}:${process.env.API_PASSWORD}`)}` } });',
    "fetch(url, { headers: { Authorization: 'Basic ' + Buffer.from('svc:').toString('base64') } });",
  ],
  invalid: [
    {
      code: dedent`
        const ldap = require('ldapjs');
        const client = ldap.createClient({ url: 'ldaps://dc.example.com' });
        client.bind('cn=svc,dc=example,dc=com', 'kP9x2mQ7vLr', done);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        const ldap = require('ldapjs');
        const client = ldap.createClient({ url: 'ldaps://dc.example.com' });
        client.bind('cn=svc,dc=example,dc=com', process.env.LDAPJS_PASSWORD, done);
      `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import AWS from 'aws-sdk';
        const creds = new AWS.Credentials('AKIAIOSFODNN7QWERTY1', 'Zq3vK8wP1xR6tY0uN4mB7cJ2hL5');
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 2,
          column: 59,
          endLine: 2,
          endColumn: 88,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        import AWS from 'aws-sdk';
        const creds = new AWS.Credentials('AKIAIOSFODNN7QWERTY1', process.env.AWS_SECRET_ACCESS_KEY!);
      `,
            },
          ],
        },
      ],
    },
    {
      code:
        "fetch('https://api.example.com/v1', { headers: { Authorization: 'Basic ' + " +
        "Buffer.from('svc:kP9x2mQ7vLr').toString('base64') } });",
      errors: [
        {
          messageId: 'sinkCredential',
          line: 1,
          column: 88,
          endLine: 1,
          endColumn: 105,
          suggestions: [],
        },
      ],
    },
    {
      code: "const headers = new Headers({ Authorization: `Basic ${btoa('svc:kP9x2mQ7vLr')}` });",
      errors: [
        {
          messageId: 'sinkCredential',
          line: 1,
          column: 60,
          endLine: 1,
          endColumn: 77,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { Client } from 'ldapts';
        class Directory {
          pw: string;
          constructor() {
            this.pw = 'kP9x2mQ7vLr';
          }
          async login() {
            const client = new Client({ url: 'ldaps://dc' });
            await client.bind('cn=svc', this.pw);
          }
        }
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        import { Client } from 'ldapts';
        class Directory {
          pw: string;
          constructor() {
            this.pw = process.env.LDAPTS_PASSWORD!;
          }
          async login() {
            const client = new Client({ url: 'ldaps://dc' });
            await client.bind('cn=svc', this.pw);
          }
        }
      `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import { createClient } from 'ldapjs';
        function ldapPassword() {
          return 'kP9x2mQ7vLr';
        }
        createClient({ url: 'ldaps://dc' }).bind('cn=svc', ldapPassword());
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        import { createClient } from 'ldapjs';
        function ldapPassword() {
          return process.env.LDAPJS_PASSWORD!;
        }
        createClient({ url: 'ldaps://dc' }).bind('cn=svc', ldapPassword());
      `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import request from 'superagent';
        request.get('https://api.example.com').set('Accept', 'json').auth('svc', 'kP9x2mQ7vLr');
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 2,
          column: 74,
          endLine: 2,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        import request from 'superagent';
        request.get('https://api.example.com').set('Accept', 'json').auth('svc', process.env.PASSWORD!);
      `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import nodemailer from 'nodemailer';
        const auth = { user: 'app' };
        auth.pass = 'kP9x2mQ7vLr';
        nodemailer.createTransport({ host: 'smtp.example.com', auth });
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        import nodemailer from 'nodemailer';
        const auth = { user: 'app' };
        auth.pass = process.env.NODEMAILER_PASSWORD!;
        nodemailer.createTransport({ host: 'smtp.example.com', auth });
      `,
            },
          ],
        },
      ],
    },
  ],
});
