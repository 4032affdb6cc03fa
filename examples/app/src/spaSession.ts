// The single-page app's session helpers (MSAL for the browser).
import { PublicClientApplication } from '@azure/msal-browser';
import { jwtDecode } from 'jwt-decode';

const pca = new PublicClientApplication({ auth: { clientId: process.env.SPA_CLIENT_ID! } });

export async function callOrdersApi(path: string): Promise<Response> {
  const [account] = pca.getAllAccounts();
  const result = await pca.acquireTokenSilent({ scopes: ['api://orders/Orders.Read'], account });
  // Sends the ID token (proof of sign-in to this SPA) as if it were an access token for the API.
  return fetch(`/api/orders${path}`, { headers: { Authorization: `Bearer ${result.idToken}` } });
}

export async function canManageOrders(): Promise<boolean> {
  const [account] = pca.getAllAccounts();
  const { accessToken } = await pca.acquireTokenSilent({ scopes: ['api://orders/Orders.Read'], account });
  // Reads roles out of the access token on the client: opaque to clients, and may be encrypted.
  const claims = jwtDecode<{ roles?: string[] }>(accessToken);
  return claims.roles?.includes('Orders.Admin') ?? false;
}
