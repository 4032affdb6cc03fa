import assert from 'node:assert/strict';

import { findConnectionSecret } from '../../../../eslint-plugin/src/util/secrets/findConnectionSecret';
import { AZURITE_ACCOUNT_KEY } from '../../../../eslint-plugin/src/util/secrets/emulatorKeys';

const KEY88 = [
  'Qk1hY3ZvZ2Vu',
  'dGVzdGtleTk4Nz',
  'Y1NDMyMTBhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODkwYWJjZGVmZ2hpag==',
].join('');

describe('findConnectionSecret', () => {
  const found: [string, string][] = [
    [
      `DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${KEY88};EndpointSuffix=core.windows.net`,
      'storage or Cosmos DB account key',
    ],
    [
      'Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=Vd9kQ2mZ7xL4pR8tW1yN6bH3jF5sC0gA2eU9iO7qK1c=',
      'Service Bus or Event Hubs shared access key',
    ],
    [
      'https://contoso.blob.core.windows.net/c?sv=2022-11-02&ss=b&sp=rl&se=2030-01-01T00:00:00Z&sig=Vd9kQ2mZ7xL4pR8tW1yN6bH3jF5sC0gA2eU9iO7q%3D',
      'SAS token signature',
    ],
    [
      'Server=tcp:contoso.database.windows.net,1433;Database=app;User ID=svc;Password=Vd9kQ2mZ!x;Encrypt=true',
      'connection string password',
    ],
    ['mongodb+srv://app:Vd9kQ2mZ7x@cluster0.abcde.mongodb.net/shop', 'password in a URL'],
  ];
  for (const [text, kind] of found) {
    it(`finds a ${kind}`, () => assert.equal(findConnectionSecret(text)?.kind, kind));
  }
  const clean = [
    `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_ACCOUNT_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`,
    'UseDevelopmentStorage=true',
    'DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net',
    'Server=tcp:contoso.database.windows.net;Database=app;User ID=svc;Password={your_password};',
    'Server=localhost;Database=app;User ID=sa;Password=${DB_PASSWORD}',
    'Password=Vd9kQ2mZ!x', // no server, user or database: not a connection string
    'amqp://guest:guest@localhost:5672',
    'postgres://postgres:postgres@localhost:5432/app',
    'https://contoso.servicebus.windows.net',
    'https://example.com/search?q=a&sig=Vd9kQ2mZ7xL4pR8tW1yN6bH3', // sig= without the SAS fields
  ];
  for (const text of clean) {
    it(`finds nothing in ${JSON.stringify(text.slice(0, 60))}`, () =>
      assert.equal(findConnectionSecret(text), undefined));
  }
});
