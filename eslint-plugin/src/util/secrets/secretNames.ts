import { getTokenKind, splitIdentifierWords } from '../vocabulary/tokenVocabulary';

/**
 * What kind of secret a name (variable, property, parameter) says its value is, and so which rule owns it:
 * - `clientSecret` (no-hardcoded-client-credential): `clientSecret`, `client_secret`, `consumerSecret`, `appSecret`;
 * - `signingKey` (no-hardcoded-jwt-secret): `jwtSecret`, `JWT_KEY`, `sessionSecret`, `cookieSecret`, `signingKey`,
 *   `hmacSecret`, `secretOrKey`, `secretOrPrivateKey`;
 * - `connectionString` / `accountKey` (no-hardcoded-connection-string-or-key): `connectionString`, `connStr`,
 *   `accountKey`, `storageKey`, `sharedAccessKey`, `sasToken`, `masterKey`;
 * - `password`, `apiKey`, `privateKey`, `token`, `secret` (no-embedded-secret-token's name heuristic).
 * `undefined` for names that only mention a secret: `passwordField`, `secretName`, `tokenType`, `apiKeyHeader`,
 * `forgotPassword`, `isPasswordValid`, `csrfToken`.
 */
export type SecretNameKind =
  | 'clientSecret'
  | 'signingKey'
  | 'connectionString'
  | 'accountKey'
  | 'password'
  | 'apiKey'
  | 'privateKey'
  | 'token'
  | 'secret';

/** Last words that make a name about a secret rather than the secret itself. */
const NOT_A_VALUE = new Set([
  'name',
  'names',
  'id',
  'ids',
  'type',
  'types',
  'field',
  'fields',
  'label',
  'labels',
  'header',
  'headers',
  'path',
  'paths',
  'file',
  'files',
  'url',
  'uri',
  'endpoint',
  'env',
  'var',
  'variable',
  'param',
  'params',
  'policy',
  'length',
  'len',
  'min',
  'max',
  'regex',
  'regexp',
  'pattern',
  'hash',
  'hashed',
  'salt',
  'rounds',
  'expiry',
  'expires',
  'expiration',
  'ttl',
  'error',
  'errors',
  'message',
  'msg',
  'placeholder',
  'prompt',
  'hint',
  'title',
  'text',
  'input',
  'selector',
  'button',
  'link',
  'route',
  'prefix',
  'suffix',
  'count',
  'enabled',
  'required',
  'visible',
  'strength',
  'storage',
  'store',
  'cache',
  'provider',
  'schema',
  'column',
  'location',
  'version',
  'format',
  'mode',
  'kind',
  'source',
  'ref',
  'reference',
  'uuid',
  'timeout',
  'lifetime',
  'age',
  'validator',
  'validation',
  'callback',
  'handler',
  'fn',
  'func',
  'service',
  'client',
  'manager',
  'helper',
  'options',
  'opts',
  'config',
  'settings',
  'setting',
  'property',
  'prop',
  'attr',
  'attribute',
  'icon',
  'class',
  'style',
  'color',
  'resource',
  'scope',
  'scopes',
  'claim',
  'claims',
  'query',
  'request',
  'response',
  'res',
  'req',
  'status',
  'state',
  'flag',
  'policy',
  'rule',
  'rules',
  'list',
  'map',
  'set',
  'index',
  'position',
  'confirmation',
  'reset',
  'change',
  'changed',
  'verify',
  'verified',
  'valid',
  'invalid',
  'expired',
  'mask',
  'masked',
  'visibility',
  'toggle',
  'show',
  'hide',
  'shown',
  'hidden',
  'element',
  'el',
  'ref',
  'container',
  'encoding',
  'algorithm',
  'alg',
  'size',
  'bits',
  'policy',
  'rotation',
  'vault',
  'arn',
  'identifier',
  'version',
]);
/** First words that make a name a question, an action or a form state about a secret. */
const NOT_A_VALUE_START = new Set([
  'is',
  'has',
  'should',
  'can',
  'show',
  'hide',
  'toggle',
  'validate',
  'confirm',
  'forgot',
  'reset',
  'change',
  'update',
  'new',
  'old',
  'current',
  'repeat',
  'retype',
  're',
  'get',
  'set',
  'on',
  'handle',
  'use',
  'with',
  'require',
  'requires',
  'min',
  'max',
  'no',
  'allow',
  'enable',
  'disable',
  'check',
  'verify',
  'encrypted',
  'hashed',
  'masked',
  'invalid',
  'wrong',
  'missing',
  'empty',
  'default' /* defaults are reported by their sinks */,
]);

/** The word before `key` that says which secret a `…Key` name holds (`accountKey`, `subscriptionKey`, `aesKey`). */
const KEY_KINDS: Readonly<Record<string, SecretNameKind>> = {
  account: 'accountKey',
  storage: 'accountKey',
  master: 'accountKey',
  cosmos: 'accountKey',
  sas: 'accountKey',
  api: 'apiKey',
  apis: 'apiKey',
  subscription: 'apiKey',
  secret: 'apiKey',
  auth: 'apiKey',
  private: 'privateKey',
  encryption: 'secret',
  crypto: 'secret',
  cipher: 'secret',
  aes: 'secret',
};

const nameKinds = new Map<string, SecretNameKind | undefined>();
/**
 * Every name `classifyName` gives a kind contains one of these (`…secret`, `…key`, `conn…str`, `…token`, `pass…`,
 * `pwd`, `jwt`): most names do not, and are answered by this one test, without splitting or caching them.
 */
const CANDIDATE_NAME = /secret|secert|secrect|sercet|key|conn|token|pass|pwd|jwt|creds/i;
const SECRET_WORD = /(?:secret|secert|secrect|sercet)s?$/;
const SECRET_OR_KEY_END = /(?:secret|secert|secrect|sercet)s?$|keys?$/;

let lastName: string | undefined;
let lastKind: SecretNameKind | undefined;

export function getSecretNameKind(name: string): SecretNameKind | undefined {
  // The secret rules ask about the same name one after another (each visits the same node): the last answer first.
  if (name === lastName) {
    return lastKind;
  }
  let kind: SecretNameKind | undefined;
  if (!CANDIDATE_NAME.test(name)) {
    kind = undefined;
  } else if (nameKinds.has(name)) {
    kind = nameKinds.get(name);
  } else {
    kind = classifyName(name);
    if (nameKinds.size > 20_000) {
      nameKinds.clear();
    }
    nameKinds.set(name, kind);
  }
  lastName = name;
  lastKind = kind;
  return kind;
}

function classifyName(name: string): SecretNameKind | undefined {
  // Keys such as `'jwt/no-hardcoded-secret'` or `'Client secret:'` are paths, ids and labels, not bindings.
  if (!/^[A-Za-z_$][\w$.-]*$/.test(name)) {
    return undefined;
  }
  const words = splitIdentifierWords(name);
  const n = words.length;
  if (n === 0 || n > 6) {
    return undefined;
  }
  const first = words[0]!;
  const last = words[n - 1]!;
  const prev = words[n - 2];
  if (NOT_A_VALUE_START.has(first) && n > 1) {
    return undefined;
  }
  const joined = words.join('');
  // Compound words first: `secretOrKey`, `secretOrPrivateKey`, `clientsecret`, `apikey`, `connectionstring`.
  if (/^secretor(private)?key$/.test(joined)) {
    return 'signingKey';
  }
  // `secert`, `secrect`, `sercet`: misspelled, still a secret.
  const isSecretish = SECRET_WORD.test(last);
  const isKey = /keys?$/.test(last);
  if (isSecretish || isKey) {
    const base = last.replace(SECRET_OR_KEY_END, '');
    const before = base !== '' ? base : prev;
    const hasJwt = words.some(w => w.startsWith('jwt') || w === 'jws');
    if (
      before === 'client' ||
      before === 'consumer' ||
      (isSecretish && (before === 'app' || before === 'application' || before === 'oauth'))
    ) {
      return 'clientSecret';
    }
    if (
      hasJwt ||
      before === 'session' ||
      before === 'cookie' ||
      before === 'signing' ||
      before === 'sign' ||
      before === 'hmac'
    ) {
      return 'signingKey';
    }
    if (isKey) {
      if (before === 'access') {
        return words.includes('shared') ? 'accountKey' : 'apiKey';
      }
      return before !== undefined && Object.hasOwn(KEY_KINDS, before) ? KEY_KINDS[before] : undefined;
    }
    return 'secret';
  }
  if (NOT_A_VALUE.has(last)) {
    return undefined;
  }
  if (
    /^(?:conn(?:ection)?str(?:ing)?|connectionstring)$/.test(
      joined.replace(/^(?:db|database|storage|sql|mongo|redis|servicebus|sb|cosmos|eventhubs?|blob|azure)/, ''),
    ) ||
    (last === 'string' && (prev === 'connection' || prev === 'conn')) ||
    (last === 'str' && (prev === 'conn' || prev === 'connection'))
  ) {
    return 'connectionString';
  }
  if ((last === 'token' && prev === 'sas') || last === 'sastoken') {
    return 'accountKey';
  }
  if (
    last === 'password' ||
    last === 'passwd' ||
    last === 'pwd' ||
    last === 'passphrase' ||
    (last === 'pass' && n > 1) ||
    joined.endsWith('password')
  ) {
    return 'password';
  }
  if (last === 'creds' && n <= 2) {
    // `creds`, `dbCreds`: an abbreviation of credentials.
    return 'secret';
  }
  if (last === 'apikey' || joined === 'apikey') {
    return 'apiKey';
  }
  if (getTokenKind(name) !== undefined) {
    return 'token';
  }
  return undefined;
}

/** The conventional environment variable for a name: `clientSecret` → `CLIENT_SECRET`. */
export function toEnvVarName(name: string): string {
  const words = splitIdentifierWords(name);
  return words.length > 0 ? words.join('_').toUpperCase() : 'SECRET';
}
