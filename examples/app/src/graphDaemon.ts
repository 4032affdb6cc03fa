// A daemon that reads the tenant's users from Microsoft Graph with app-only tokens.
// (Fake credentials, for the demo: each one is what no-hardcoded-client-credential is for.)
import { ConfidentialClientApplication } from '@azure/msal-node';
import { ClientSecretCredential } from '@azure/identity';

export const msalConfig = {
  auth: {
    clientId: '6a3c1f1e-2b4d-4c5e-8f9a-0b1c2d3e4f50',
    authority: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47',
    // Pasted from the portal "just to get it working".
    clientSecret: 'Dm4.kL9~pQ2vX7zR1tY5wB8nH3jF6gS0aE',
  },
};

const cca = new ConfidentialClientApplication(msalConfig);

export async function graphToken(): Promise<string | undefined> {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  return result?.accessToken;
}

// A "safe default" that ships the secret to every environment where the variable is missing.
export const graphCredential = new ClientSecretCredential(
  process.env.AZURE_TENANT_ID!,
  process.env.AZURE_CLIENT_ID!,
  process.env.AZURE_CLIENT_SECRET || 'Wq8.zT3~rB6nM1xK4vP9sL2dF7hJ0cG5yA',
);
