import rule from '../../../eslint-plugin/src/rules/no-default-azure-credential-in-production';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-default-azure-credential-in-production', rule, {
  valid: [
    // Switched on the environment.
    "const credential = process.env.NODE_ENV === 'production' ? new ManagedIdentityCredential() : new " +
      'DefaultAzureCredential();',
    dedent`
      let credential;
      if (isDevelopment) {
        credential = new DefaultAzureCredential();
      } else {
        credential = new ManagedIdentityCredential();
      }
    `,
    // The deployment picks the credential through AZURE_TOKEN_CREDENTIALS.
    "const credential = new DefaultAzureCredential({ requiredEnvVars: ['AZURE_TOKEN_CREDENTIALS'] });",
    // Deterministic credentials.
    'const credential = new ManagedIdentityCredential();',
    'const credential = new ChainedTokenCredential(new ManagedIdentityCredential(), new WorkloadIdentityCredential());',
    // Tests and local tooling.
    {
      code: dedent`
        import { DefaultAzureCredential } from '@azure/identity';
        const credential = new DefaultAzureCredential();
      `,
      filename: 'test/integration/storage.test.ts',
    },
    {
      code: dedent`
        import { DefaultAzureCredential } from '@azure/identity';
        const credential = new DefaultAzureCredential();
      `,
      filename: 'scripts/seed.ts',
    },
    // Other classes with the name.
    dedent`
      class DefaultAzureCredential {}
      const c = new DefaultAzureCredential();
    `,
    dedent`
      import { DefaultAzureCredential } from './testing/fakes';
      const c = new DefaultAzureCredential();
    `,
  ],
  invalid: [
    {
      code: dedent`
        import { DefaultAzureCredential } from '@azure/identity';
        import { SecretClient } from '@azure/keyvault-secrets';
        const client = new SecretClient(vaultUrl, new DefaultAzureCredential());
      `,
      errors: [
        {
          messageId: 'defaultCredential',
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'useManagedIdentity',
              output: dedent`
                import { ManagedIdentityCredential } from '@azure/identity';
                import { SecretClient } from '@azure/keyvault-secrets';
                const client = new SecretClient(vaultUrl, new ManagedIdentityCredential());
            `,
            },
          ],
        },
      ],
    },
    // Other uses of the import stay, so the new one is added beside it.
    {
      code: dedent`
        import { DefaultAzureCredential } from '@azure/identity';
        export const credential = new DefaultAzureCredential();
        export const other = new DefaultAzureCredential();
      `,
      errors: [
        {
          messageId: 'defaultCredential',
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useManagedIdentity',
              output: dedent`
                import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
                export const credential = new ManagedIdentityCredential();
                export const other = new DefaultAzureCredential();
            `,
            },
          ],
        },
        {
          messageId: 'defaultCredential',
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'useManagedIdentity',
              output: dedent`
                import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';
                export const credential = new DefaultAzureCredential();
                export const other = new ManagedIdentityCredential();
            `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const identity = require('@azure/identity');
        const credential = new identity.DefaultAzureCredential({ managedIdentityClientId: process.env.AZURE_CLIENT_ID });
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'defaultCredential',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 55,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { DefaultAzureCredential as Dac } from '@azure/identity';
        const credential = new Dac();
      `,
      errors: [
        {
          messageId: 'defaultCredential',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'useManagedIdentity',
              output: dedent`
                import { ManagedIdentityCredential } from '@azure/identity';
                const credential = new ManagedIdentityCredential();
            `,
            },
          ],
        },
      ],
    },
  ],
});
