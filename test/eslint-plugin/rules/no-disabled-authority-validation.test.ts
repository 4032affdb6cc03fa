import rule from '../../../eslint-plugin/src/rules/no-disabled-authority-validation';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-disabled-authority-validation', rule, {
  valid: [
    // An authority read from Azure Stack Hub endpoint metadata (the Azure SDK sample for Azure Stack).
    dedent`
      const activeDirectoryEndpoint = metadata[0].authentication.loginEndpoint.replace(/\\/$/, '');
      const credential = new ClientSecretCredential(tenantId, clientId, secret, { authorityHost: activeDirectoryEndpoint, disableInstanceDiscovery: true });
    `,
    // Microsoft's own authority: skipping discovery only saves a request (the SDK does this for workload identity).
    'const cred = new WorkloadIdentityCredential({ clientId, tenantId, tokenFilePath, disableInstanceDiscovery: true ' +
      '});',
    'const cred = new ClientSecretCredential(tenantId, clientId, secret, { authorityHost: ' +
      'AzureAuthorityHosts.AzureChina, disableInstanceDiscovery: true });',
    'const cred = new ClientSecretCredential(tenantId, clientId, secret, { authorityHost: ' +
      "'https://login.microsoftonline.us', disableInstanceDiscovery: true });",
    // Documented deployments, said so in a comment.
    dedent`
      const cred = new ClientSecretCredential(tenantId, clientId, secret, {
        authorityHost: stackAuthority,
        // Azure Stack Hub: no instance discovery endpoint
        disableInstanceDiscovery: true,
      });
    `,
    'const cred = new ClientSecretCredential(tenantId, clientId, secret, { authorityHost: adfsHost, ' +
      'disableInstanceDiscovery: true }); // ADFS 2019 on-premises',
    // Validation on, or decided elsewhere.
    'const cred = new ClientSecretCredential(tenantId, clientId, secret, { disableInstanceDiscovery: false });',
    'const cred = new ClientSecretCredential(tenantId, clientId, secret, { disableInstanceDiscovery: ' +
      'options.disableInstanceDiscovery });',
    'const msalConfig = { auth: { clientId, authority, validateAuthority: true } };',
    // B2C and sovereign clouds.
    'const msalConfig = { auth: { clientId, authority: ' +
      "'https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signin', knownAuthorities: " +
      "['contoso.b2clogin.com'] " +
      '} };',
    'const cred = new ClientSecretCredential(tenantId, clientId, secret, { authorityHost: ' +
      'AzureAuthorityHosts.AzureGovernment });',
    'const msalConfig = { auth: { clientId, authority: process.env.AUTHORITY } };',
    // A tenant from the request on a fixed host still has its authority validated.
    'const msalConfig = { auth: { clientId, authority: `https://login.microsoftonline.com/${req.query.tenant}` } };',
    // ADAL.js takes one config object; local classes and reading options are not it.
    'const ctx = new AuthenticationContext({ tenant, clientId });',
    dedent`
      class AuthenticationContext { constructor(a, b) {} }
      const ctx = new AuthenticationContext(authority, false);
    `,
    'const { disableInstanceDiscovery = true } = options;',
  ],
  invalid: [
    // @azure/identity credentials.
    {
      code: dedent`
        import { ClientCertificateCredential } from '@azure/identity';
        const cred = new ClientCertificateCredential(tenantId, clientId, certPath, { authorityHost: process.env.AUTHORITY_HOST, disableInstanceDiscovery: true });
      `,
      errors: [
        {
          messageId: 'disableInstanceDiscovery',
          line: 2,
          column: 121,
          endLine: 2,
          endColumn: 151,
          suggestions: [
            {
              messageId: 'removeOption',
              output: dedent`
                import { ClientCertificateCredential } from '@azure/identity';
                const cred = new ClientCertificateCredential(tenantId, clientId, certPath, { authorityHost: process.env.AUTHORITY_HOST });
            `,
            },
          ],
        },
      ],
    },
    // Options from elsewhere: the authority is not known.
    {
      code:
        'const cred = new ClientSecretCredential(tenantId, clientId, secret, { ...credentialOptions, ' +
        'disableInstanceDiscovery: true });',
      errors: [
        {
          messageId: 'disableInstanceDiscovery',
          line: 1,
          column: 93,
          endLine: 1,
          endColumn: 123,
          suggestions: [
            {
              messageId: 'removeOption',
              output: 'const cred = new ClientSecretCredential(tenantId, clientId, secret, { ...credentialOptions });',
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const options = {
          authorityHost,
          disableInstanceDiscovery: true,
        };
        const cred = new DefaultAzureCredential(options);
      `,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'disableInstanceDiscovery',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'removeOption',
              output: dedent`
                const options = {
                  authorityHost,
                };
                const cred = new DefaultAzureCredential(options);
            `,
            },
          ],
        },
      ],
    },
    // msal 1.x.
    {
      code: dedent`
        const msalConfig = { auth: { clientId, authority, validateAuthority: false } };
        const app = new Msal.UserAgentApplication(msalConfig);
      `,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'validateAuthority',
          line: 1,
          column: 51,
          endLine: 1,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'removeOption',
              output: dedent`
                const msalConfig = { auth: { clientId, authority } };
                const app = new Msal.UserAgentApplication(msalConfig);
            `,
            },
          ],
        },
      ],
    },
    // adal-node.
    {
      code: dedent`
        const { AuthenticationContext } = require('adal-node');
        const context = new AuthenticationContext(authorityUrl, false);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'adalValidateAuthority',
          line: 2,
          column: 57,
          endLine: 2,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'removeArgument',
              output: dedent`
                const { AuthenticationContext } = require('adal-node');
                const context = new AuthenticationContext(authorityUrl);
            `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import * as adal from 'adal-node';
        const context = new adal.AuthenticationContext(authorityUrl, false, cache);
      `,
      errors: [
        {
          messageId: 'adalValidateAuthority',
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 67,
          suggestions: [],
        },
      ],
    },
    // Authority taken from the request.
    {
      code: dedent`
        app.post('/token', async (req, res) => {
          const cred = new ClientCertificateCredential(tenantId, clientId, certPath, { authorityHost: req.query.authority as string });
        });
      `,
      errors: [
        {
          messageId: 'authorityFromRequest',
          line: 2,
          column: 95,
          endLine: 2,
          endColumn: 124,
          suggestions: [],
        },
      ],
    },
    {
      code:
        'const msalConfig = { auth: { clientId, authority: `https://${req.query.host}/common`, knownAuthorities: ' +
        '[req.query.host] } };',
      errors: [
        {
          messageId: 'authorityFromRequest',
          line: 1,
          column: 51,
          endLine: 1,
          endColumn: 85,
          suggestions: [],
        },
        {
          messageId: 'authorityFromRequest',
          line: 1,
          column: 105,
          endLine: 1,
          endColumn: 121,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const authority = new URLSearchParams(location.search).get('authority');
        const pca = new PublicClientApplication({ auth: { clientId, authority } });
      `,
      errors: [
        {
          messageId: 'authorityFromRequest',
          line: 2,
          column: 61,
          endLine: 2,
          endColumn: 70,
          suggestions: [],
        },
      ],
    },
  ],
});
