// Credentials for the API's background jobs (reported by the strict config: a secret and a credential chain).
import { ClientSecretCredential, DefaultAzureCredential } from '@azure/identity';
import { BlobServiceClient } from '@azure/storage-blob';

// A shared secret for an app that runs in Azure App Service, where a managed identity is available.
export const graphCredential = new ClientSecretCredential(process.env.TENANT_ID!, process.env.CLIENT_ID!, process.env.CLIENT_SECRET!);

// Whichever credential happens to work on the machine, in production.
export const blobs = new BlobServiceClient(process.env.BLOB_URL!, new DefaultAzureCredential());
