// The browser half of the app: signs users in with MSAL and calls the orders API.
import { PublicClientApplication } from '@azure/msal-browser';

export const msalInstance = new PublicClientApplication({
  auth: { clientId: 'b6d1c3a2-0000-4000-8000-000000000001', authority: 'https://login.microsoftonline.com/organizations' },
  // Tokens in localStorage: readable by any script on the page and kept after the tab closes.
  cache: { cacheLocation: 'localStorage' },
});

export async function signIn(): Promise<void> {
  const result = await msalInstance.loginPopup({ scopes: ['api://orders/Orders.Read'] });
  // Hand-rolled copy of the token for the legacy widgets.
  localStorage.setItem('access_token', result.accessToken);
}

/** The partner SDK hands back its own tokens; the refresh token ends up in localStorage too. */
export function rememberPartnerSession(tokens: { access_token: string; refresh_token: string }): void {
  window.localStorage.setItem('partner_refresh_token', tokens.refresh_token);
}

/** The reporting widget's iframe takes the token in its URL: logs, history and Referer headers keep it. */
export function reportFrameUrl(accessToken: string): string {
  return `https://reports.contoso.com/embed?tenant=contoso&access_token=${accessToken}`;
}
