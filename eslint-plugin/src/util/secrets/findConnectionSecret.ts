import type { TSESLint } from '@typescript-eslint/utils';

import { registerMentions, sourceMentionsAny } from '../rule/sourceMentions';
import { isEmulatorKey } from './emulatorKeys';
import { isPlaceholder } from './secretValue';

/** A credential inside a connection string or URL: what it is, and the env var a fix would read it from. */
export interface ConnectionSecret {
  kind: string;
  env: string;
}
const PREFILTER = /accountkey=|sharedaccesskey=|sharedaccesssignature|sig=|password=|pwd=|:\/\/[^/\s]*@/i;
/** Words every `PREFILTER` match contains, looked for once in the whole file. */
const FILE_WORDS = registerMentions([
  'accountkey=',
  'sharedaccesskey=',
  'sharedaccesssignature',
  'sig=',
  'password=',
  'pwd=',
  '://',
]);

/** Whether any string of the file can hold what `findConnectionSecret` finds (it only looks at parts of the text). */
export function fileMayContainConnectionSecret(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return sourceMentionsAny(sourceCode, FILE_WORDS);
}
const ACCOUNT_KEY = /(?:^|;)\s*AccountKey\s*=\s*([^;'"\s]+)/i;
const SHARED_ACCESS_KEY = /(?:^|;)\s*SharedAccessKey\s*=\s*([^;'"\s]+)/i;
const SAS_SIGNATURE = /[?&;\s]sig=([A-Za-z0-9%/+=]{20,})/i;
const SAS_SHAPE = /(?:^|[?&;\s])(?:sv|se|sp|sr|ss|srt|spr)=/i;
const PASSWORD_FIELD = /(?:^|;)\s*(?:Password|Pwd)\s*=\s*("[^"]*"|'[^']*'|\{[^}]*\}|[^;]*)/i;
const CONNECTION_SHAPE =
  /(?:^|;)\s*(?:Server|Data Source|Host|Address|Addr|Network Address|User ID|UID|User|Username|Database|Initial Catalog|Port)\s*=/i;
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^:/?#@\s'"`]*):([^@/?#\s'"`]+)@([^/?#:\s'"`]+)/i;
/** Passwords that are the well-known defaults of local development servers, not secrets. */
const LOCAL_DEFAULTS =
  /^(?:guest|password|passw0rd|pass|postgres|root|admin|secret|test|example|changeme|mysecretpassword|redis|mongo|user|sa|docker)$/i;
const LOCAL_HOSTS = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[?::1\]?|host\.docker\.internal)$/i;

function isRealValue(value: string): boolean {
  const v = value.trim().replace(/^["']|["']$/g, '');
  return v.length >= 4 && !isPlaceholder(v) && !/^\{.*\}$|^\$|^%|^<|\*\*\*/.test(v);
}

/**
 * The credential a text holds as a connection string or URL, or `undefined`: an Azure Storage or Cosmos DB
 * `AccountKey=`, a Service Bus / Event Hubs `SharedAccessKey=`, an Azure SAS `sig=` (next to `sv=`/`se=`/`sp=`),
 * an ADO.NET/ODBC `Password=`/`Pwd=` in a string that also names a server, user or database, and a password in a
 * URL (`postgres://user:pass@host`). Placeholders, the Azurite key, `UseDevelopmentStorage=true`, and local
 * development defaults (`guest:guest@localhost`) are not credentials.
 */
export function findConnectionSecret(text: string): ConnectionSecret | undefined {
  if (text.length < 16 || !PREFILTER.test(text)) {
    return undefined;
  }
  const accountKey = ACCOUNT_KEY.exec(text)?.[1];
  if (accountKey && !isEmulatorKey(accountKey) && accountKey.length >= 20 && isRealValue(accountKey)) {
    return { kind: 'storage or Cosmos DB account key', env: 'AZURE_STORAGE_CONNECTION_STRING' };
  }
  const sharedKey = SHARED_ACCESS_KEY.exec(text)?.[1];
  if (sharedKey && sharedKey.length >= 20 && isRealValue(sharedKey)) {
    return { kind: 'Service Bus or Event Hubs shared access key', env: 'SERVICEBUS_CONNECTION_STRING' };
  }
  const sig = SAS_SIGNATURE.exec(text)?.[1];
  if (sig && SAS_SHAPE.test(text) && isRealValue(sig) && !/x{4,}|\.\.\./i.test(sig)) {
    return { kind: 'SAS token signature', env: 'AZURE_STORAGE_SAS_TOKEN' };
  }
  const password = PASSWORD_FIELD.exec(text)?.[1];
  if (password && CONNECTION_SHAPE.test(text) && isRealValue(password) && !LOCAL_DEFAULTS.test(password.trim())) {
    return { kind: 'connection string password', env: 'DB_CONNECTION_STRING' };
  }
  const url = URL_CREDENTIALS.exec(text);
  if (url) {
    const [, scheme, user, pass, host] = url as unknown as [string, string, string, string, string];
    let decoded = pass;
    try {
      decoded = decodeURIComponent(pass);
    } catch {
      // keep it as written
    }
    if (!/^(?:https?|wss?)$/i.test(scheme) || user.length > 0) {
      if (
        isRealValue(decoded) &&
        !LOCAL_DEFAULTS.test(decoded) &&
        decoded !== user &&
        !LOCAL_HOSTS.test(host) &&
        !/^[a-z]+$/i.test(host)
      ) {
        return { kind: 'password in a URL', env: 'DATABASE_URL' };
      }
    }
  }
  return undefined;
}
