import rule from '../../../eslint-plugin/src/rules/no-hardcoded-connection-string-or-key';
import { AZURITE_ACCOUNT_KEY, COSMOS_EMULATOR_KEY } from '../../../eslint-plugin/src/util/secrets';
import { FAKE } from '../fakeSecrets';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-hardcoded-connection-string-or-key', rule, {
  valid: [
    // Entra ID auth with RBAC: hostnames and a token credential, no key.
    "import { BlobServiceClient } from '@azure/storage-blob'; const blobs = new " +
      "BlobServiceClient('https://contosodata.blob.core.windows.net', new ManagedIdentityCredential());",
    "import { ServiceBusClient } from '@azure/service-bus'; const sb = new " +
      "ServiceBusClient('contoso.servicebus.windows.net', credential);",
    'const blobs = BlobServiceClient.fromConnectionString(process.env.AZURE_STORAGE_CONNECTION_STRING!);',
    // The published emulator keys and the development storage shortcut.
    `const azurite = ` +
      `'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;';`,
    `const cosmos = new CosmosClient({ endpoint: 'https://localhost:8081', key: '${COSMOS_EMULATOR_KEY}' });`,
    "const dev = BlobServiceClient.fromConnectionString('UseDevelopmentStorage=true');",
    // Placeholders in connection strings.
    'const conn = ' +
      "'DefaultEndpointsProtocol=https;AccountName=<account>;AccountKey=<your-account-key>;" +
      "EndpointSuffix=core.windows.net';",
    "const sqlConn = 'Server=tcp:contoso.database.windows.net;Database=app;User ID=svc;Password={your_password};';",
    'const sqlConn2 = `Server=${host};Database=app;User ID=${user};Password=${password};`;',
    // Local development defaults, and URLs without a password.
    "const amqp = 'amqp://guest:guest@localhost:5672';",
    "const pg = 'postgres://postgres:postgres@localhost:5432/app';",
    "const api = 'https://api.contoso.com/v1/orders?sig=abc';",
    'const mongo = `mongodb+srv://${user}:${password}@cluster0.abcde.mongodb.net/orders`;',
    // A database config that reads its password; a login form that is not a database config.
    "const pool = mysql.createPool({ host: 'db', user: 'orders', password: process.env.DB_PASSWORD, database: " +
      "'orders' });",
    "const pool2 = mysql.createPool({ host: 'db', user: 'orders', password: '', database: 'orders' });",
    "const sequelize = new Sequelize('orders', 'root', 'password', { dialect: 'mysql' });",
    'const sequelize2 = new Sequelize(process.env.DB_NAME!, process.env.DB_USER!, process.env.DB_PASSWORD, { ' +
      'dialect: "postgres" });',
    // Key credentials built from the environment; a local class that shares a name.
    'const key = new AzureKeyCredential(process.env.SEARCH_API_KEY!);',
    'class AzureKeyCredential { constructor(k: string) {} } const k = new ' +
      "AzureKeyCredential('Vd9kQ2mZ7xL4pR8tW1yN6bH3jF5sC0gA');",
    // Names about keys, not keys.
    "const storageAccountKeyName = 'key1';",
    "const accountKeySecretName = 'storage-account-key';",
    {
      code:
        "const { ServiceBusClient } = require('@azure/service-bus'); const sb = new " +
        'ServiceBusClient(process.env.SERVICEBUS_CONNECTION_STRING);',
      languageOptions: commonjs,
    },
    {
      code: "export const storage = { accountName: 'contosodata', accountKey: process.env.AZURE_STORAGE_KEY };",
      languageOptions: javascript,
    },
  ],
  invalid: [
    {
      // The typical shape: a storage connection string with an account key.
      code: `import { BlobServiceClient } from '@azure/storage-blob';
const blobs = BlobServiceClient.fromConnectionString('DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=${FAKE.storageKey};EndpointSuffix=core.windows.net');`,
      errors: [
        {
          messageId: 'connectionString',
          line: 2,
          column: 54,
          endLine: 2,
          endColumn: 254,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { BlobServiceClient } from '@azure/storage-blob';
const blobs = BlobServiceClient.fromConnectionString(process.env.AZURE_STORAGE_CONNECTION_STRING!);`,
            },
          ],
        },
      ],
    },
    {
      // Through a same-file constant, named, in CommonJS.
      code: `const { ServiceBusClient } = require('@azure/service-bus');
const SERVICEBUS_CONNECTION_STRING = 'Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${FAKE.serviceBusKey}';
const client = new ServiceBusClient(SERVICEBUS_CONNECTION_STRING);`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'connectionString',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 171,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const { ServiceBusClient } = require('@azure/service-bus');
const SERVICEBUS_CONNECTION_STRING = process.env.SERVICEBUS_CONNECTION_STRING;
const client = new ServiceBusClient(SERVICEBUS_CONNECTION_STRING);`,
            },
          ],
        },
      ],
    },
    {
      // A literal fallback.
      code:
        `const conn = process.env.AZURE_STORAGE_CONNECTION_STRING || ` +
        `'DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=${FAKE.storageKey}';`,
      errors: [
        {
          messageId: 'connectionString',
          line: 1,
          column: 61,
          endLine: 1,
          endColumn: 229,
          suggestions: [{ messageId: 'useEnv', output: 'const conn = process.env.AZURE_STORAGE_CONNECTION_STRING!;' }],
        },
      ],
    },
    {
      // A SAS URL in a template with an expression.
      code:
        'const url = ' +
        '`https://contosodata.blob.core.windows.net/${container}?sv=2022-11-02&ss=b&sp=rl&se=2030-01-01T00:00:00Z&sig=Vd9kQ2mZ7xL4pR8tW1yN6bH3jF5sC0gA2eU9iO7qK1c%3D`;',
      languageOptions: javascript,
      errors: [
        {
          messageId: 'connectionString',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 169,
          suggestions: [],
        },
      ],
    },
    {
      code:
        "const pool = new sql.ConnectionPool('Server=tcp:contoso.database.windows.net,1433;Database=orders;User " +
        "ID=svc_orders;Password=Vd9kQ2mZ!x7;Encrypt=true');",
      errors: [
        {
          messageId: 'connectionString',
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 152,
          suggestions: [
            { messageId: 'useEnv', output: 'const pool = new sql.ConnectionPool(process.env.DB_CONNECTION_STRING!);' },
          ],
        },
      ],
    },
    {
      code: "mongoose.connect('mongodb+srv://orders:Vd9kQ2mZ7xL4@cluster0.abcde.mongodb.net/orders');",
      languageOptions: javascript,
      errors: [
        {
          messageId: 'connectionString',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 87,
          suggestions: [{ messageId: 'useEnv', output: 'mongoose.connect(process.env.DATABASE_URL);' }],
        },
      ],
    },
    {
      // Azure SDK key credentials.
      code: `import { AzureKeyCredential } from '@azure/core-auth';
import { StorageSharedKeyCredential } from '@azure/storage-blob';
const searchKey = new AzureKeyCredential('Vd9kQ2mZ7xL4pR8tW1yN6bH3jF5sC0gA');
const shared = new StorageSharedKeyCredential('contosodata', '${FAKE.storageKey}');`,
      errors: [
        {
          messageId: 'key',
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { AzureKeyCredential } from '@azure/core-auth';
import { StorageSharedKeyCredential } from '@azure/storage-blob';
const searchKey = new AzureKeyCredential(process.env.AZURE_API_KEY!);
const shared = new StorageSharedKeyCredential('contosodata', '${FAKE.storageKey}');`,
            },
          ],
        },
        {
          messageId: 'key',
          line: 4,
          column: 62,
          endLine: 4,
          endColumn: 164,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { AzureKeyCredential } from '@azure/core-auth';
import { StorageSharedKeyCredential } from '@azure/storage-blob';
const searchKey = new AzureKeyCredential('Vd9kQ2mZ7xL4pR8tW1yN6bH3jF5sC0gA');
const shared = new StorageSharedKeyCredential('contosodata', process.env.AZURE_STORAGE_ACCOUNT_KEY!);`,
            },
          ],
        },
      ],
    },
    {
      code: `import { CosmosClient } from '@azure/cosmos';
const cosmos = new CosmosClient({ endpoint: 'https://contoso.documents.azure.com:443/', key: '${FAKE.storageKey}' });`,
      errors: [
        {
          messageId: 'key',
          line: 2,
          column: 94,
          endLine: 2,
          endColumn: 196,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { CosmosClient } from '@azure/cosmos';
const cosmos = new CosmosClient({ endpoint: 'https://contoso.documents.azure.com:443/', key: process.env.COSMOS_KEY! });`,
            },
          ],
        },
      ],
    },
    {
      // A database config object.
      code:
        "const pool = mysql.createPool({ host: 'orders-db.internal', user: 'orders', password: 'Vd9kQ2mZ!x', " +
        "database: 'orders' });",
      languageOptions: javascript,
      errors: [
        {
          messageId: 'databasePassword',
          line: 1,
          column: 87,
          endLine: 1,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'useEnv',
              output:
                "const pool = mysql.createPool({ host: 'orders-db.internal', user: 'orders', password: " +
                "process.env.DB_PASSWORD, database: 'orders' });",
            },
          ],
        },
      ],
    },
    {
      code: `const STORAGE_ACCOUNT_KEY = '${FAKE.storageKey}';`,
      errors: [
        {
          messageId: 'key',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 131,
          suggestions: [
            { messageId: 'useEnv', output: 'const STORAGE_ACCOUNT_KEY = process.env.STORAGE_ACCOUNT_KEY!;' },
          ],
        },
      ],
    },
    {
      // Sequelize takes the password as its third argument.
      code: `const { Sequelize } = require('sequelize');
const sequelize = new Sequelize('orders', 'orders_app', 'Sh0p!pass', { host: 'db.internal', dialect: 'mysql' });`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'databasePassword',
          line: 2,
          column: 57,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const { Sequelize } = require('sequelize');
const sequelize = new Sequelize('orders', 'orders_app', process.env.DB_PASSWORD, { host: 'db.internal', dialect: 'mysql' });`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-connection-string-or-key (credential sinks)', rule, {
  valid: [
    // Credential sinks: local development defaults, the environment, placeholders, ids, look-alikes.
    "import { Pool } from 'pg'; new Pool({ connectionString: 'postgres://postgres:postgres@localhost/app' });",
    "import { Pool } from 'pg'; new Pool({ connectionString: 'postgres://db.example.com/app' });",
    "import Stripe from 'stripe'; new Stripe(process.env.STRIPE_SECRET_KEY!);",
    "import Stripe from 'stripe'; new Stripe('<stripe-secret-key>');",
    "import Stripe from 'stripe'; new Stripe('');",
    "class Stripe { constructor(key: string) {} } new Stripe('kP9x2mQ7vLr5wZ8');",
    // A UUID bound to an id-like name stays an identifier.
    "import Pusher from 'pusher'; " +
      "new Pusher({ appId: '3f2a8b4c-1d2e-4f5a-9b8c-7d6e5f4a3b2c', secret: process.env.PUSHER_SECRET! });",
  ],
  invalid: [
    {
      code: dedent`
        import { Pool } from 'pg';
        const pool = new Pool({ connectionString: 'postgres://app:kP9x2mQ7vLr@db/app' });
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        import { Pool } from 'pg';
        const pool = new Pool({ connectionString: process.env.PG_URL! });
      `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import Stripe from 'stripe';
        const stripe = new Stripe('kP9x2mQ7vLr5wZ8', { apiVersion: '2024-06-20' });
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        import Stripe from 'stripe';
        const stripe = new Stripe(process.env.STRIPE_API_KEY!, { apiVersion: '2024-06-20' });
      `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import algoliasearch from 'algoliasearch';
        const client = algoliasearch('APPID', '3f2a8b4c-1d2e-4f5a-9b8c-7d6e5f4a3b2c');
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        import algoliasearch from 'algoliasearch';
        const client = algoliasearch('APPID', process.env.ALGOLIASEARCH_API_KEY!);
      `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import { createCipheriv } from 'node:crypto';
        const cipher = createCipheriv('aes-256-gcm', 'kP9x2mQ7vLr5wZ8tY6uN4mB7cJ2hL5q', iv);
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        import { createCipheriv } from 'node:crypto';
        const cipher = createCipheriv('aes-256-gcm', process.env.ENCRYPTION_KEY!, iv);
      `,
            },
          ],
        },
      ],
    },
  ],
});
