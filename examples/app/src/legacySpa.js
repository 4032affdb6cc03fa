// The old admin single-page app, still on MSAL.js 1.x and a hand-rolled token fallback.
import { UserAgentApplication } from 'msal';

const msalApp = new UserAgentApplication({
  auth: {
    clientId: window.ADMIN_CLIENT_ID,
    authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    validateAuthority: false,
    redirectUri: window.location.origin,
  },
});

export async function signIn() {
  return msalApp.loginPopup({ scopes: ['User.Read'] });
}

// Fallback for browsers where the popup is blocked: the implicit flow, tokens in the URL fragment.
export function signInWithRedirect(tenant, nonce) {
  const params = new URLSearchParams({
    client_id: window.ADMIN_CLIENT_ID,
    response_type: 'id_token token',
    redirect_uri: window.location.origin,
    scope: 'openid User.Read',
    nonce,
  });
  window.location.assign(`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?${params}`);
}
