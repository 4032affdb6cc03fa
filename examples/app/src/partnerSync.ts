// Server side: syncs partner tenants' data with Microsoft Graph.
import { ConfidentialClientApplication } from '@azure/msal-node';
import { DefaultAzureCredential, getBearerTokenProvider } from '@azure/identity';

// Any tenant the app is installed in, not just the partners it serves.
const credential = new DefaultAzureCredential({ additionallyAllowedTenants: ['*'] });
export const storageToken = getBearerTokenProvider(credential, 'https://storage.azure.com/.default');

const cca = new ConfidentialClientApplication({
  auth: {
    clientId: process.env.CLIENT_ID!,
    authority: `https://login.microsoftonline.com/${process.env.TENANT_ID}`,
    clientCertificate: { thumbprintSha256: process.env.CERT_THUMBPRINT!, privateKey: process.env.CERT_KEY! },
  },
});

// Fine: client credentials must ask for `.default`; the permissions live on the app registration.
export async function appToken(): Promise<string | undefined> {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  return result?.accessToken;
}

// The sign-in for partner admins: asks to manage every user's authentication methods.
export function adminSignInUrl(state: string): Promise<string> {
  return cca.getAuthCodeUrl({
    scopes: ['User.Read', 'UserAuthenticationMethod.ReadWrite.All'],
    redirectUri: `${process.env.PUBLIC_URL}/auth/callback`,
    state,
  });
}
