import rule from '../../../eslint-plugin/src/rules/prefer-managed-identity-or-certificate';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('prefer-managed-identity-or-certificate', rule, {
  valid: [
    // Managed identity, workload identity, certificates and assertions.
    'const cred = new ManagedIdentityCredential({ clientId: process.env.AZURE_CLIENT_ID });',
    "const cred = new ClientCertificateCredential(tenantId, clientId, { certificatePath: '/var/certs/app.pem' });",
    'const cca = new ConfidentialClientApplication({ auth: { clientId, clientCertificate: { thumbprintSha256, ' +
      'privateKey, x5c } } });',
    'const cca = new ConfidentialClientApplication({ auth: { clientId, clientAssertion: getAssertion } });',
    'const obo = new OnBehalfOfCredential({ tenantId, clientId, certificatePath, userAssertionToken });',
    // Local dev scripts, tests and samples.
    {
      code: dedent`
        import { ClientSecretCredential } from '@azure/identity';
        const cred = new ClientSecretCredential(tenantId, clientId, secret);
      `,
      filename: 'scripts/seed-storage.ts',
    },
    {
      code: "const msalConfig = { auth: { clientId, clientSecret: 'test-secret' } };",
      filename: 'src/auth.test.ts',
    },
    // Other classes and shapes that share names.
    dedent`
      import { ClientSecretCredential } from './fakes';
      const cred = new ClientSecretCredential();
    `,
    dedent`
      class ClientSecretCredential {}
      const c = new ClientSecretCredential();
    `,
    "const options = { auth: { clientSecret: '' } };",
    "const strategy = { auth: { type: 'basic' }, clientSecret: secret };",
  ],
  invalid: [
    // @azure/identity, however imported.
    {
      code: dedent`
        import { ClientSecretCredential } from '@azure/identity';
        const cred = new ClientSecretCredential(process.env.TENANT_ID!, process.env.CLIENT_ID!, process.env.CLIENT_SECRET!);
      `,
      errors: [
        {
          messageId: 'clientSecretCredential',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const identity = require('@azure/identity');
        const cred = new identity.ClientSecretCredential(tenantId, clientId, secret);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'clientSecretCredential',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { ClientSecretCredential as Secret } from '@azure/identity';
        const cred = new Secret(tenantId, clientId, secret);
      `,
      errors: [
        {
          messageId: 'clientSecretCredential',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { OnBehalfOfCredential } from '@azure/identity';
        const obo = new OnBehalfOfCredential({ tenantId, clientId, clientSecret: process.env.CLIENT_SECRET!, userAssertionToken });
      `,
      errors: [
        {
          messageId: 'oboClientSecret',
          line: 2,
          column: 60,
          endLine: 2,
          endColumn: 100,
          suggestions: [],
        },
      ],
    },
    // MSAL configuration, with or without the constructor in sight.
    {
      code: dedent`
        export const msalConfig = {
          auth: { clientId: process.env.CLIENT_ID, authority, clientSecret: process.env.CLIENT_SECRET },
        };
      `,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'msalClientSecret',
          line: 2,
          column: 55,
          endLine: 2,
          endColumn: 94,
          suggestions: [],
        },
      ],
    },
    {
      code:
        'const cca = new ConfidentialClientApplication({ auth: { clientId, clientCertificate: { thumbprint, ' +
        'privateKey } } });',
      errors: [
        {
          messageId: 'sha1Thumbprint',
          line: 1,
          column: 88,
          endLine: 1,
          endColumn: 98,
          suggestions: [],
        },
      ],
    },
    // ms-rest-nodeauth.
    {
      code: dedent`
        const { loginWithServicePrincipalSecret } = require('@azure/ms-rest-nodeauth');
        loginWithServicePrincipalSecret(clientId, secret, tenantId).then(run);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'servicePrincipalSecret',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
  ],
});
