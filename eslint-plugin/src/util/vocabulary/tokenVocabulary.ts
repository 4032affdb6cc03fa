/**
 * Names that say a value is an OAuth/OIDC token. Shared by every rule that asks "is this a token?" (decoding,
 * logging, storage, cookies, URLs), so they agree on what counts.
 */
export type TokenKind = 'access' | 'id' | 'refresh' | 'generic';

/** Words before "token" that name something other than a credential (CSRF, paging, push, one-time codes). */
const NOT_CREDENTIAL = new Set([
  'csrf',
  'xsrf',
  'anti',
  'antiforgery',
  'forgery',
  'reset',
  'verification',
  'verify',
  'confirm',
  'confirmation',
  'invite',
  'invitation',
  'cancel',
  'cancellation',
  'continuation',
  'page',
  'next',
  'prev',
  'previous',
  'push',
  'fcm',
  'apns',
  'device',
  'registration',
  'sync',
  'lexer',
  'parser',
  'syntax',
  'design',
  'theme',
  'color',
  'unsubscribe',
  'email',
  'captcha',
  'recaptcha',
  'turnstile',
]);

/** A name whose last word can be a token's: `…token` or `…jwt`, then only separators. */
const TOKEN_ENDING = /(?:token|jwt)[^a-z0-9]*$/i;

/** Splits `accessToken`, `ACCESS_TOKEN`, `access-token` and `AccessToken` into lower-case words. */
export function splitIdentifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The kind of token a name (identifier, property or key) stands for, or `undefined`: `accessToken`,
 * `ACCESS_TOKEN`, `userAccessToken` are access tokens; `idToken` an ID token; `refresh_token` a refresh token;
 * `token`, `jwt`, `authToken`, `bearerToken` generic. Names that only mention a token (`tokenType`,
 * `tokenEndpoint`, `csrfToken`, `nextPageToken`, `validToken`'s cousin `isTokenValid`) are not tokens.
 */
export function getTokenKind(name: string): TokenKind | undefined {
  // Every token name's last word is, or ends in, `token` or `jwt`: one test answers all other names.
  if (!TOKEN_ENDING.test(name)) {
    return undefined;
  }
  const words = splitIdentifierWords(name);
  const last = words[words.length - 1];
  if (last === undefined) {
    return undefined;
  }
  const compound = /^(access|id|refresh|bearer|auth)token$/.exec(last);
  const before = compound ? compound[1] : words[words.length - 2];
  if (!compound && last !== 'token' && last !== 'jwt') {
    return undefined;
  }
  if (before === 'access') {
    return 'access';
  }
  if (before === 'id') {
    return 'id';
  }
  if (before === 'refresh') {
    return 'refresh';
  }
  if (before !== undefined && NOT_CREDENTIAL.has(before)) {
    return undefined;
  }
  return 'generic';
}

/**
 * Whether a token name says more than "token": `accessToken`, `authToken`, `jwt`, `refresh_token` do; a bare
 * `token` (a lexer's, a paging cursor's, a cancellation's) does not. Rules where a bare `token` is too weak a
 * signal on its own ask this after `getTokenKind`.
 */
export function isQualifiedTokenName(name: string): boolean {
  const words = splitIdentifierWords(name);
  return words.length > 1 || (words[0] !== undefined && words[0] !== 'token');
}
