import type { CredentialKind } from '../data/credentialSinks.generated';
import { isEmulatorKey } from '../secrets/emulatorKeys';
import { findConnectionSecret } from '../secrets/findConnectionSecret';
import { isIdentifierLike, isPlaceholder } from '../secrets/secretValue';

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const SAS_SIGNATURE = /(?:^\??|&)sig=([^&]*)/;
/** `AccountKey=…`, `SharedAccessKey=…`, `Secret=…` (App Configuration), `Password=…`/`Pwd=…` fields. */
const KEY_FIELD = /(?:^|;)\s*(?:AccountKey|SharedAccessKey|Secret|Password|Pwd)\s*=\s*([^;]*)/gi;
const URL_CREDENTIALS = /^([a-z][a-z0-9+.-]{1,20}):\/\/([^:/?#@\s]*):([^@/?#\s]+)@([^/?#:\s]+)/i;
/** The well-known passwords of local development servers, and their hosts. */
const LOCAL_DEFAULTS =
  /^(?:guest|password|passw0rd|pass|postgres|root|admin|secret|test|example|changeme|mysecretpassword|redis|mongo|user|sa|docker)$/i;
const LOCAL_HOSTS = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal)$/i;
const PEM_PRIVATE_KEY = /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----/;

/**
 * Whether a value written where an API takes a credential of `kind` is one. The position already says it is a
 * credential, so the value only has to look like one: a connection string must carry a password or key
 * (`findConnectionSecret`: not `localhost` without a password, not a local development default); any other kind must
 * be at least 6 characters without spaces (a PEM private key aside), and not a placeholder, an emulator key or a
 * name, path or URL. A UUID counts here: several providers issue UUID-shaped secrets and API keys.
 */
export function isSinkSecret(value: string, kind: CredentialKind): boolean {
  if (kind === 'connection-string') {
    return findConnectionSecret(value) !== undefined || hasConnectionCredential(value);
  }
  const trimmed = value.trim();
  // A SAS token is its signature: `sv=…&se=…&sig=<signature>`.
  const signature = SAS_SIGNATURE.exec(trimmed);
  if (signature) {
    return isSinkSecret(decode(signature[1]!), kind);
  }
  if (trimmed.length < 6 || trimmed.length > 10_000) {
    return false;
  }
  if (PEM_PRIVATE_KEY.test(trimmed)) {
    return !isPlaceholder(trimmed.replace(/-----[A-Z ]+-----/g, ''));
  }
  if (/\s/.test(trimmed) || isEmulatorKey(trimmed) || isPlaceholder(trimmed)) {
    return false;
  }
  return GUID.test(trimmed) || !isIdentifierLike(trimmed);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Whether a text passed where an API takes a connection string carries a credential: a key or password field of an
 * ADO.NET-style string, or a URL's password (not a local development default, not on `localhost`).
 */
function hasConnectionCredential(text: string): boolean {
  for (const match of text.matchAll(KEY_FIELD)) {
    const field = match[1]!.trim().replace(/^["'{]|["'}]$/g, '');
    if (!LOCAL_DEFAULTS.test(field) && isSinkSecret(field, 'password')) {
      return true;
    }
  }
  const url = URL_CREDENTIALS.exec(text.trim());
  if (!url) {
    return false;
  }
  const [, scheme, user, pass, host] = url as unknown as [string, string, string, string, string];
  const password = decode(pass);
  return (
    (!/^(?:https?|wss?)$/i.test(scheme) || user.length > 0) &&
    password !== user &&
    !LOCAL_DEFAULTS.test(password) &&
    !LOCAL_HOSTS.test(host) &&
    !isPlaceholder(password) &&
    password.length >= 4
  );
}
