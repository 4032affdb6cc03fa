import type { ScopeProvider } from './normalizeScope';

import type { ScopeFlow } from './scopeTypes';

/**
 * Google and GitHub sign-in methods that take an options object with the scopes as their first argument: the
 * provider, the options' scope keys, and whether the call must be a method call (`client.generateAuthUrl(…)`).
 */
export const PROVIDER_SIGN_IN_METHODS: Readonly<
  Record<string, { provider: ScopeProvider; keys: readonly string[]; method: boolean }>
> = {
  generateAuthUrl: { provider: 'google', keys: ['scope'], method: true },
  initTokenClient: { provider: 'google', keys: ['scope'], method: true },
  initCodeClient: { provider: 'google', keys: ['scope'], method: true },
  getWebFlowAuthorizationUrl: { provider: 'github', keys: ['scopes'], method: false },
  oauthAuthorizationUrl: { provider: 'github', keys: ['scopes'], method: false },
  createOAuthDeviceAuth: { provider: 'github', keys: ['scopes'], method: false },
};

/** MSAL request methods (browser, node, angular, react) and the flow each stands for. */
export const MSAL_METHODS: Readonly<Record<string, ScopeFlow>> = {
  loginPopup: 'interactive',
  loginRedirect: 'interactive',
  acquireTokenPopup: 'interactive',
  acquireTokenRedirect: 'interactive',
  ssoSilent: 'interactive',
  getAuthCodeUrl: 'interactive',
  acquireTokenByCode: 'interactive',
  acquireTokenInteractive: 'interactive',
  acquireTokenByDeviceCode: 'interactive',
  acquireTokenSilent: 'delegated',
  acquireTokenByRefreshToken: 'delegated',
  acquireTokenByUsernamePassword: 'delegated',
  acquireTokenByClientCredential: 'clientCredentials',
  acquireTokenOnBehalfOf: 'onBehalfOf',
};

/** @azure/identity credentials by the flow their `getToken` uses. */
export const CREDENTIAL_FLOWS: Readonly<Record<string, ScopeFlow>> = {
  InteractiveBrowserCredential: 'interactive',
  DeviceCodeCredential: 'interactive',
  AuthorizationCodeCredential: 'delegated',
  UsernamePasswordCredential: 'delegated',
  ClientSecretCredential: 'clientCredentials',
  ClientCertificateCredential: 'clientCredentials',
  ClientAssertionCredential: 'clientCredentials',
  EnvironmentCredential: 'clientCredentials',
  WorkloadIdentityCredential: 'clientCredentials',
  AzurePipelinesCredential: 'clientCredentials',
  ManagedIdentityCredential: 'managedIdentity',
  OnBehalfOfCredential: 'onBehalfOf',
  // TeamsFx (Teams Toolkit).
  TeamsUserCredential: 'interactive',
  OnBehalfOfUserCredential: 'onBehalfOf',
  AppCredential: 'clientCredentials',
};

/**
 * Packages only single-page apps use to sign users in (MSAL for the browser, the Microsoft Graph Toolkit's MSAL
 * provider).
 */
export const BROWSER_MSAL = [
  '@azure/msal-browser',
  '@azure/msal-react',
  '@azure/msal-angular',
  '@microsoft/mgt-msal2-provider',
  '@microsoft/mgt-react',
];
/** Packages whose presence makes it worth resolving renamed imports of call names. */
export const RELEVANT_SOURCE =
  /^(?:@azure\/|@microsoft\/|@google-cloud\/local-auth|google-auth-library|googleapis|@octokit\/|octokit$|passport|next-auth|@auth\/)/;

/**
 * Apps' own token helpers and sign-in functions, whose array arguments are scope lists (`acquireGraphToken(SCOPES)`).
 */
export const TOKEN_HELPER =
  /^(?:get|acquire|request|fetch|obtain)[A-Za-z]*Token[A-Za-z]*$|^(?:login|signIn|signin)[A-Za-z]*$|Consent$/;
/** Names MSAL's samples and most apps give the request of a sign-in (`loginRequest`, `popupRequest`). */
export const LOGIN_REQUEST =
  /^(?:login|signIn|signin|popup|redirect|sso)[A-Za-z]*(?:Request|Scopes?|Params|Parameters)$/;
/**
 * Words of a file that requests scopes it may import from another module (`scopes: ADMIN_PERMISSIONS`,
 * `loginPopup(loginRequest)`): where the scope rules look into the modules a file imports.
 */
export const SCOPE_REQUEST_MENTIONS: readonly string[] = [
  'scope',
  'acquireToken',
  'loginPopup',
  'loginRedirect',
  'ssoSilent',
  'getAuthCodeUrl',
  'getToken',
  'authenticate',
  'authRequest',
  'protectedResource',
];

/** Keys of request objects that hold scopes. */
const SCOPE_KEY = /^(?:scopes?|SCOPES?|extraScopesToConsent)$|(?:[a-z0-9]Scopes?|_SCOPES?|_scopes?)$/;

/** `SCOPE_KEY`, after the cheap test every such key passes (it spells `cope` or `COPE`). */
export function isScopeKey(key: string): boolean {
  return (key.includes('cope') || key.includes('COPE')) && SCOPE_KEY.test(key);
}
/** Keys that only OAuth / MSAL requests and client options have: they make a `scope` next to them an OAuth scope. */
export const OAUTH_KEYS: ReadonlySet<string> = new Set([
  'client_id',
  'clientId',
  'clientID',
  'client_secret',
  'clientSecret',
  'redirect_uri',
  'redirectUri',
  'redirectURI',
  'callbackURL',
  'callbackUrl',
  'response_type',
  'responseType',
  'grant_type',
  'grantType',
  'authorizationURL',
  'authorizationUrl',
  'tokenURL',
  'tokenUrl',
  'access_type',
  'code_challenge',
  'prompt',
  'login_hint',
  'loginHint',
  'account',
  'authority',
  'extraScopesToConsent',
  'forceRefresh',
  'claims',
  'interactionType',
  'redirectStartPage',
  'domainHint',
  'requested_token_use',
  'assertion',
  'code',
  'code_verifier',
  'refresh_token',
  'deviceCodeCallback',
  'oboAssertion',
  'defaultScopes',
  'include_granted_scopes',
  'identityMetadata',
  'responseMode',
]);
export const INTERACTIVE_KEYS: ReadonlySet<string> = new Set([
  'response_type',
  'responseType',
  'redirect_uri',
  'redirectUri',
  'redirectURI',
  'callbackURL',
  'callbackUrl',
  'authorizationURL',
  'authorizationUrl',
  'prompt',
  'login_hint',
  'loginHint',
  'interactionType',
  'redirectStartPage',
  'access_type',
  'code_challenge',
  'deviceCodeCallback',
  'identityMetadata',
  'responseMode',
  'include_granted_scopes',
]);
/**
 * Fields of a token response or a stored account: an object with these records the scopes a token was granted
 * (`{ scope, access_token, expires_in }`, `{ providerId, scope, refreshToken }`), it does not request any.
 */
export const GRANTED_KEYS: ReadonlySet<string> = new Set([
  'access_token',
  'accessToken',
  'id_token',
  'idToken',
  'expires_in',
  'expiresIn',
  'expires_at',
  'expiresAt',
  'accessTokenExpiresAt',
  'refreshTokenExpiresAt',
  'token_type',
  'tokenType',
  'refreshToken',
  'ext_expires_in',
]);
/** A URL or form body of an OAuth request: OAuth parameters, or an authorization or token endpoint. */
export const OAUTH_URL =
  /(?:^|[?&])(?:client_id|response_type|grant_type|redirect_uri)=|\/(?:authorize|oauth2?|token)(?:[/?#]|$)/i;

/**
 * The flow of an OAuth `grant_type` other than the user's own (`authorization_code`, `refresh_token`, …: delegated).
 */
const GRANT_FLOWS: Readonly<Record<string, ScopeFlow>> = {
  client_credentials: 'clientCredentials',
  'urn:ietf:params:oauth:grant-type:jwt-bearer': 'onBehalfOf',
};

export function grantFlow(grant: string | undefined): ScopeFlow | undefined {
  if (grant === undefined) {
    return undefined;
  }
  return Object.hasOwn(GRANT_FLOWS, grant) ? GRANT_FLOWS[grant] : 'delegated';
}

/** Provider hinted by a package name or URL host: GitHub or Google, whose bare scope words need the context. */
export function providerHint(text: string | undefined): ScopeProvider | undefined {
  if (!text) {
    return undefined;
  }
  if (/github/i.test(text)) {
    return 'github';
  }
  if (/google/i.test(text)) {
    return 'google';
  }
  return undefined;
}
