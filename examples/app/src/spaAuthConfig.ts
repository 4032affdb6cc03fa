// The single-page client's MSAL setup: what it asks users (and their admins) to consent to.
import { LogLevel, PublicClientApplication, type PopupRequest } from '@azure/msal-browser';

export const msalConfig = {
  auth: {
    clientId: import.meta.env.VITE_CLIENT_ID,
    authority: `https://login.microsoftonline.com/${import.meta.env.VITE_TENANT_ID}`,
    redirectUri: window.location.origin,
  },
  system: { loggerOptions: { logLevel: LogLevel.Warning } },
};

const GRAPH = 'https://graph.microsoft.com';

// "We might need these later": tenant-wide directory writes and every file every user can open.
export const loginRequest: PopupRequest = {
  scopes: ['openid', 'profile', 'User.Read', 'Directory.ReadWrite.All', `${GRAPH}/Files.ReadWrite.All`],
  extraScopesToConsent: ['Sites.FullControl.All'],
};

// The orders API: `.default` consents to every permission anyone ever added to its registration.
export const ordersRequest: PopupRequest = { scopes: ['api://contoso-orders/.default'] };

export const pca = new PublicClientApplication(msalConfig);

export async function graphToken(): Promise<string> {
  const account = pca.getActiveAccount() ?? undefined;
  const result = await pca.acquireTokenSilent({ scopes: [`${GRAPH}/.default`], account }).catch(() =>
    pca.acquireTokenPopup({ scopes: [`${GRAPH}/.default`] }),
  );
  return result.accessToken;
}

// Fine: least privilege for reading the signed-in user's calendar.
export const calendarRequest: PopupRequest = { scopes: ['Calendars.ReadBasic'] };
