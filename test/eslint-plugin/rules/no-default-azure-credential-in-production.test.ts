import rule from '../../../eslint-plugin/src/rules/no-default-azure-credential-in-production';
import { commonjs, createRuleTester } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-default-azure-credential-in-production', rule, {
  valid: [
    // Switched on the environment.
    "const credential = process.env.NODE_ENV === 'production' ? new ManagedIdentityCredential() : new DefaultAzureCredential();",
    [
      "let credential;",
      "if (isDevelopment) {",
      "  credential = new DefaultAzureCredential();",
      "} else {",
      "  credential = new ManagedIdentityCredential();",
      "}",
    ].join('\n'),
    // The deployment picks the credential through AZURE_TOKEN_CREDENTIALS.
    "const credential = new DefaultAzureCredential({ requiredEnvVars: ['AZURE_TOKEN_CREDENTIALS'] });",
    // Deterministic credentials.
    "const credential = new ManagedIdentityCredential();",
    "const credential = new ChainedTokenCredential(new ManagedIdentityCredential(), new WorkloadIdentityCredential());",
    // Tests and local tooling.
    {
      code: [
        "import { DefaultAzureCredential } from '@azure/identity';",
        "const credential = new DefaultAzureCredential();",
      ].join('\n'),
      filename: "test/integration/storage.test.ts",
    },
    {
      code: [
        "import { DefaultAzureCredential } from '@azure/identity';",
        "const credential = new DefaultAzureCredential();",
      ].join('\n'),
      filename: "scripts/seed.ts",
    },
    // Other classes with the name.
    [
      "class DefaultAzureCredential {}",
      "const c = new DefaultAzureCredential();",
    ].join('\n'),
    [
      "import { DefaultAzureCredential } from './testing/fakes';",
      "const c = new DefaultAzureCredential();",
    ].join('\n'),
  ],
  invalid: [
    {
      code: [
        "import { DefaultAzureCredential } from '@azure/identity';",
        "import { SecretClient } from '@azure/keyvault-secrets';",
        "const client = new SecretClient(vaultUrl, new DefaultAzureCredential());",
      ].join('\n'),
      errors: [
        {
          messageId: "defaultCredential",
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 69,
          suggestions: [
            { messageId: "useManagedIdentity", output: [
                "import { ManagedIdentityCredential } from '@azure/identity';",
                "import { SecretClient } from '@azure/keyvault-secrets';",
                "const client = new SecretClient(vaultUrl, new ManagedIdentityCredential());",
              ].join('\n') },
          ],
        },
      ],
    },
    // Other uses of the import stay, so the new one is added beside it.
    {
      code: [
        "import { DefaultAzureCredential } from '@azure/identity';",
        "export const credential = new DefaultAzureCredential();",
        "export const other = new DefaultAzureCredential();",
      ].join('\n'),
      errors: [
        {
          messageId: "defaultCredential",
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            { messageId: "useManagedIdentity", output: [
                "import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';",
                "export const credential = new ManagedIdentityCredential();",
                "export const other = new DefaultAzureCredential();",
              ].join('\n') },
          ],
        },
        {
          messageId: "defaultCredential",
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 48,
          suggestions: [
            { messageId: "useManagedIdentity", output: [
                "import { DefaultAzureCredential, ManagedIdentityCredential } from '@azure/identity';",
                "export const credential = new DefaultAzureCredential();",
                "export const other = new ManagedIdentityCredential();",
              ].join('\n') },
          ],
        },
      ],
    },
    {
      code: [
        "const identity = require('@azure/identity');",
        "const credential = new identity.DefaultAzureCredential({ managedIdentityClientId: process.env.AZURE_CLIENT_ID });",
      ].join('\n'),
      languageOptions: commonjs,
      errors: [
        {
          messageId: "defaultCredential",
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 55,
          suggestions: [],
        },
      ],
    },
    {
      code: [
        "import { DefaultAzureCredential as Dac } from '@azure/identity';",
        "const credential = new Dac();",
      ].join('\n'),
      errors: [
        {
          messageId: "defaultCredential",
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 27,
          suggestions: [
            { messageId: "useManagedIdentity", output: [
                "import { ManagedIdentityCredential } from '@azure/identity';",
                "const credential = new ManagedIdentityCredential();",
              ].join('\n') },
          ],
        },
      ],
    },
  ],
});
