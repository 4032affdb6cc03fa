// A nightly job that pulls reports from Microsoft Graph and a partner API "as" a service account.
import { PublicClientApplication } from '@azure/msal-node';
import { UsernamePasswordCredential } from '@azure/identity';

const pca = new PublicClientApplication({
  auth: { clientId: process.env.CLIENT_ID!, authority: `https://login.microsoftonline.com/${process.env.TENANT_ID}` },
});

export async function graphToken(): Promise<string> {
  // Password grant: no MFA, no Conditional Access, and it fails once MFA is enforced on the account.
  const result = await pca.acquireTokenByUsernamePassword({
    scopes: ['Reports.Read.All'],
    username: process.env.REPORTS_USER!,
    password: process.env.REPORTS_PASSWORD!,
  });
  return result!.accessToken;
}

export const storageCredential = new UsernamePasswordCredential(
  process.env.TENANT_ID!,
  process.env.CLIENT_ID!,
  process.env.REPORTS_USER!,
  process.env.REPORTS_PASSWORD!,
);

export async function partnerToken(): Promise<string> {
  const response = await fetch('https://partner.example.com/oauth/token', {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: process.env.PARTNER_CLIENT_ID!,
      username: process.env.PARTNER_USER!,
      password: process.env.PARTNER_PASSWORD!,
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}
