import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { getPropertyKey, MAX_RESOLVE_DEPTH, resolveExpression } from '../evaluate/staticValue';
import { resolveConstInit } from '../evaluate/resolveConstInit';
import { getTokenKind, splitIdentifierWords } from '../vocabulary/tokenVocabulary';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The shared "is this a hard-coded secret?" test of the four secret rules. A value is a secret only when its
 * context says so (a credential sink, a secret-ish name, or a provider token format), never on entropy alone,
 * and never when it is a placeholder or an identifier (GUID, env var name, selector, label, policy name, URL).
 */

/** The published Azurite / Storage Emulator account key: public, not a secret. */
export const AZURITE_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/** The published Azure Cosmos DB emulator key: public, not a secret. */
export const COSMOS_EMULATOR_KEY =
  'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

/** Whether a value is one of the published emulator keys (Azurite, Cosmos DB emulator). */
export function isEmulatorKey(value: string): boolean {
  return value === AZURITE_ACCOUNT_KEY || value === COSMOS_EMULATOR_KEY;
}

const PLACEHOLDER_START =
  /^(?:your|enter|insert|replace|placeholder|changeme|change_me|change-me|todo|tbd|xxx+|\*+|example|sample|dummy|test|fake|redacted|mock|none|null|undefined|n\/a|secret_here|<)/i;
const PLACEHOLDER_END = /(?:_here|-here|\.\.\.|…)$/i;
/**
 * Whole-value wrappers: `<…>`, `{…}`, `${…}`, `%…%`, `__…__`, `[…]`, `{{…}}`, `$VAR`, and App Service's Key Vault
 * and App Configuration references (`@Microsoft.KeyVault(SecretUri=…)`), which name a secret kept elsewhere.
 */
const WRAPPED = /^(?:<[^>]*>|\{[^}]*\}|\$\{[^}]*\}|%[^%]*%|__.*__|\[[^\]]*\]|\$[A-Za-z_][A-Za-z0-9_]*|@Microsoft\.(?:KeyVault|AppConfiguration)\(.*\))$/;
/** A `<your-secret>`-style hole anywhere in the value. */
const EMBEDDED_HOLE = /<[A-Za-z][\w .-]*>|\$\{[^}]*\}|\{\{[^}]*\}\}/;
const REPEATED = /^(.)\1+$|^(?:0123456789?|123456789?0?|abcdefgh?i?|qwerty)/i;

/**
 * Whether a value is a placeholder rather than a credential: empty, `<…>`/`${…}`/`%…%`-style holes,
 * `ENTER_…`/`your-…`/`…_HERE`/`xxx`/`changeme`/`example`/`dummy`…, a run of one character, or the value's own
 * key name (`CLIENT_SECRET = 'client_secret'`). `name` is the property or variable the value is bound to.
 */
export function isPlaceholder(value: string, name?: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') {
    return true;
  }
  if (WRAPPED.test(trimmed) || EMBEDDED_HOLE.test(trimmed) || REPEATED.test(trimmed)) {
    return true;
  }
  if (PLACEHOLDER_START.test(trimmed) || PLACEHOLDER_END.test(trimmed)) {
    return true;
  }
  if (/x{5,}|X{5,}|\*{4,}|•{3,}|example|placeholder|dummy|change_?me|0000-0000/i.test(trimmed) || /abcdefgh|ABCDEFGH|12345678/.test(trimmed)) {
    return true;
  }
  // Fixture values: a `test`/`fake`/`mock`/`demo` segment (`cs_test_1`, `fake-token-123`, `demo1234`).
  if (/(?:^|[_\-.:\s])(?:test|fake|mock|demo|sample|stub)(?:[_\-.:\s\d]|$)/i.test(trimmed)) {
    return true;
  }
  const squashed = trimmed.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (name !== undefined && squashed === name.toLowerCase().replace(/[^a-z0-9]/g, '')) {
    return true;
  }
  // A value that only names the secret (`'your client secret'`, `'my-api-key'`, `'jwt_secret_key'`).
  return /^(?:my|the|a|some|super|app|client|api|jwt|default|dev|local|prod)?(?:client|api|app|jwt|access|secret|private|signing)?(?:secret|key|password|passwd|pwd|token)s?(?:key|value)?$/.test(squashed);
}

const FILL_IN = /^(?:your|enter|insert|replace|placeholder|todo|tbd|<)|(?:_here|-here|\.\.\.|…)$/i;

/**
 * Whether a value is a fill-in-the-blank placeholder (`ENTER_YOUR_SECRET_HERE`, `<secret>`, `${SECRET}`,
 * `your-key`, `xxxx`): a stand-in the author meant to be replaced, as opposed to a weak but real value
 * (`'secret'`, `'changeme'`, `'keyboard cat'`), which still counts where the literal is the key itself.
 */
export function isFillInPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '' || WRAPPED.test(trimmed) || EMBEDDED_HOLE.test(trimmed) || FILL_IN.test(trimmed) || /^(?:x{3,}|X{3,}|\*{3,})$/.test(trimmed);
}

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{2,}$/;
const URL_WITHOUT_CREDENTIALS = /^(?:https?|wss?|ftp):\/\/(?![^/?#]*@)[^\s]*$/i;
const PATH = /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|\\\\)|\.(?:pem|key|crt|cer|pfx|p12|json|ya?ml|env|txt|js|ts)$/i;
const SELECTOR = /^[#.][A-Za-z_-][\w-]*(?:[\s,>+~.#[:].*)?$|^[a-z]+\[[\w-]+(?:[~|^$*]?=[^\]]*)?\]|^\[[\w-]+[~|^$*]?=/;
const DOTTED_KEY = /^[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+$/;
const B2C_POLICY = /^B2C_1A?_/i;
/**
 * Names written in a case style: camelCase, PascalCase, lower or upper words joined by `-`/`_`/space. Each
 * pattern has one way to match (linear time). Random mixed-case letters (`UvCeXZREsJNRvvxf`) fit none of them.
 */
const CASE_STYLES = [
  /^[a-z]+(?:[A-Z][a-z]+)+$/,
  /^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/,
  /^[a-z]+(?:[-_ ][a-z]+)+$/,
  /^[A-Z]+(?:[-_ ][A-Z]+)+$/,
  /^(?:\p{Lu}+|\p{Lu}?\p{Ll}+)(?:[-_ ](?:\p{Lu}+|\p{Lu}?\p{Ll}+))+$/u,
];

/** Whether letters-only text is a name in a case style, with words long enough to be words (`aBcDeFg` is not). */
function isCaseStyledName(value: string): boolean {
  if (!CASE_STYLES.some(style => style.test(value))) {
    return false;
  }
  const words = splitIdentifierWords(value);
  return words.length >= 2 && words.join('').length / words.length >= 3;
}

/**
 * Whether a value is an identifier or a name, not a credential: client and tenant GUIDs, environment variable
 * names (`AZURE_CLIENT_SECRET`), DOM selectors (`'#password'`, `"input[name='password']"`), i18n keys and labels
 * (`'auth.password'`, `'Enter your password'`), B2C policy names (`'B2C_1_PasswordReset'`), URLs without
 * credentials, file paths, and plain words in any case style (`'passwordResetPolicy'`, `'x-csrf-token'`).
 */
export function isIdentifierLike(value: string): boolean {
  const trimmed = value.trim();
  if (GUID.test(trimmed) || ENV_NAME.test(trimmed) || B2C_POLICY.test(trimmed)) {
    return true;
  }
  if (URL_WITHOUT_CREDENTIALS.test(trimmed) || PATH.test(trimmed) || SELECTOR.test(trimmed)) {
    return true;
  }
  if (DOTTED_KEY.test(trimmed) && !/\d/.test(trimmed)) {
    return true;
  }
  // One word in any script (`'Passwort'`, `'Contraseña'`): a label; password hashes (`$2b$…`, `$argon2id$…`),
  // dates, versions and addresses (digits and separators only): data, not credentials.
  if (/^\p{Lu}?\p{Ll}+$/u.test(trimmed) || /^\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|scrypt|pbkdf2[\w-]*)\$/.test(trimmed)) {
    return true;
  }
  if (/^[\d]+(?:[\s:./,+-]+[\d]+)+$/.test(trimmed)) {
    return true;
  }
  // Words in a case style (camelCase, PascalCase, kebab, snake): a name, label or message.
  if (isCaseStyledName(trimmed)) {
    return true;
  }
  // A sentence or label: several words separated by spaces.
  return /\s/.test(trimmed) && trimmed.split(/\s+/).filter(w => /^[\p{L}'’,.!?:()-]+$/u.test(w)).length >= 2;
}

/** Shannon entropy of a string in bits per character (gitleaks' measure). */
export function shannonEntropy(value: string): number {
  if (value.length === 0) {
    return 0;
  }
  const counts = new Map<string, number>();
  for (const c of value) {
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

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
  'name', 'names', 'id', 'ids', 'type', 'types', 'field', 'fields', 'label', 'labels', 'header', 'headers', 'path',
  'paths', 'file', 'files', 'url', 'uri', 'endpoint', 'env', 'var', 'variable', 'param', 'params', 'policy',
  'length', 'len', 'min', 'max', 'regex', 'regexp', 'pattern', 'hash', 'hashed', 'salt', 'rounds', 'expiry',
  'expires', 'expiration', 'ttl', 'error', 'errors', 'message', 'msg', 'placeholder', 'prompt', 'hint', 'title',
  'text', 'input', 'selector', 'button', 'link', 'route', 'prefix', 'suffix', 'count', 'enabled', 'required',
  'visible', 'strength', 'storage', 'store', 'cache', 'provider', 'schema', 'column',
  'location', 'version', 'format', 'mode', 'kind', 'source', 'ref', 'reference', 'uuid', 'timeout', 'lifetime',
  'age', 'validator', 'validation', 'callback', 'handler', 'fn', 'func', 'service', 'client', 'manager', 'helper',
  'options', 'opts', 'config', 'settings', 'setting', 'property', 'prop', 'attr', 'attribute', 'icon', 'class',
  'style', 'color', 'resource', 'scope', 'scopes', 'claim', 'claims', 'query', 'request', 'response', 'res',
  'req', 'status', 'state', 'flag', 'policy', 'rule', 'rules', 'list', 'map', 'set', 'index', 'position',
  'confirmation', 'reset', 'change', 'changed', 'verify', 'verified', 'valid', 'invalid', 'expired', 'mask',
  'masked', 'visibility', 'toggle', 'show', 'hide', 'shown', 'hidden', 'element', 'el', 'ref', 'container',
  'encoding', 'algorithm', 'alg', 'size', 'bits', 'policy', 'rotation', 'vault', 'arn', 'identifier', 'version',
]);
/** First words that make a name a question, an action or a form state about a secret. */
const NOT_A_VALUE_START = new Set([
  'is', 'has', 'should', 'can', 'show', 'hide', 'toggle', 'validate', 'confirm', 'forgot', 'reset', 'change',
  'update', 'new', 'old', 'current', 'repeat', 'retype', 're', 'get', 'set', 'on', 'handle', 'use', 'with',
  'require', 'requires', 'min', 'max', 'no', 'allow', 'enable', 'disable', 'check', 'verify', 'encrypted',
  'hashed', 'masked', 'invalid', 'wrong', 'missing', 'empty', 'default' /* defaults are reported by their sinks */,
]);

const nameKinds = new Map<string, SecretNameKind | undefined>();
/**
 * Every name `classifyName` gives a kind contains one of these (`…secret`, `…key`, `conn…str`, `…token`, `pass…`,
 * `pwd`, `jwt`): most names do not, and are answered by this one test, without splitting or caching them.
 */
const CANDIDATE_NAME = /secret|key|conn|token|pass|pwd|jwt/i;

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
  const isSecretish = /secrets?$/.test(last);
  const isKey = /keys?$/.test(last);
  if (isSecretish || isKey) {
    const base = last.replace(/(?:secrets?|keys?)$/, '');
    const before = base !== '' ? base : prev;
    const hasJwt = words.some(w => w.startsWith('jwt') || w === 'jws');
    if (before === 'client' || before === 'consumer' || (isSecretish && (before === 'app' || before === 'application' || before === 'oauth'))) {
      return 'clientSecret';
    }
    if (hasJwt || before === 'session' || before === 'cookie' || before === 'signing' || before === 'sign' || before === 'hmac') {
      return 'signingKey';
    }
    if (isKey) {
      switch (before) {
        case 'account':
        case 'storage':
        case 'master':
        case 'cosmos':
        case 'sas':
          return 'accountKey';
        case 'access':
          return words.includes('shared') ? 'accountKey' : 'apiKey';
        case 'api':
        case 'apis':
        case 'subscription':
        case 'secret':
        case 'auth':
          return 'apiKey';
        case 'private':
          return 'privateKey';
        case 'encryption':
        case 'crypto':
        case 'cipher':
        case 'aes':
          return 'secret';
        default:
          return undefined;
      }
    }
    return 'secret';
  }
  if (NOT_A_VALUE.has(last)) {
    return undefined;
  }
  if (/^(?:conn(?:ection)?str(?:ing)?|connectionstring)$/.test(joined.replace(/^(?:db|database|storage|sql|mongo|redis|servicebus|sb|cosmos|eventhubs?|blob|azure)/, '')) ||
    (last === 'string' && (prev === 'connection' || prev === 'conn')) || (last === 'str' && (prev === 'conn' || prev === 'connection'))) {
    return 'connectionString';
  }
  if ((last === 'token' && prev === 'sas') || last === 'sastoken') {
    return 'accountKey';
  }
  if (last === 'password' || last === 'passwd' || last === 'pwd' || last === 'passphrase' || last === 'pass' && n > 1 || joined.endsWith('password')) {
    return 'password';
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

/**
 * A short, safe description of a secret for messages: never the value, at most the format's public prefix
 * (`ghp_…`) and the length, e.g. "`ghp_…`, 40 characters".
 */
export function maskSecret(value: string, publicPrefix?: string): string {
  const prefix = publicPrefix && value.startsWith(publicPrefix) ? `\`${publicPrefix}…\`, ` : '';
  return `${prefix}${value.length} characters`;
}

/** A string literal or an expression-free template literal: the nodes a hard-coded secret is written as. */
export type StringLiteralNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

export interface SecretLiteral {
  /** The literal that holds the value (possibly in a `const` declared elsewhere in the file). */
  node: StringLiteralNode;
  value: string;
  /** Reached as the fallback of `||`, `??` or a conditional (`process.env.X || 'literal'`). */
  fallback: boolean;
  /** Reached through a same-file constant. */
  viaConst: boolean;
}

/** The value of a string literal or an expression-free template; `undefined` for anything else. */
export function getLiteralString(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal) {
    return typeof node.value === 'string' ? node.value : undefined;
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/**
 * The literal a value is hard-coded as: the expression itself, the literal fallback of `a || 'lit'`,
 * `a ?? 'lit'` and `cond ? a : 'lit'` (either branch), `String('lit')`, `Buffer.from('lit')`,
 * `new TextEncoder().encode('lit')`, and same-file constants (and members of constant objects) bound to any of these. `undefined` when no literal
 * is involved (`process.env.X`, `config.get('x')`, parameters).
 */
export function findSecretLiteral(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): SecretLiteral | undefined {
  if (depth >= MAX_RESOLVE_DEPTH) {
    return undefined;
  }
  const current = skipWrappers(node);
  const value = getLiteralString(current);
  if (value !== undefined) {
    return { node: current as StringLiteralNode, value, fallback: false, viaConst: false };
  }
  switch (current.type) {
    case AST_NODE_TYPES.Identifier: {
      const init = resolveConstInit(current, sourceCode);
      const found = init && findSecretLiteral(init, sourceCode, depth + 1);
      return found && { ...found, viaConst: true };
    }
    case AST_NODE_TYPES.MemberExpression: {
      // `config.jwtSecret` where `const config = { jwtSecret: '…' }`.
      const target = resolveExpression(current, sourceCode, depth + 1);
      const found = target !== current ? findSecretLiteral(target, sourceCode, depth + 1) : undefined;
      return found && { ...found, viaConst: true };
    }
    case AST_NODE_TYPES.LogicalExpression: {
      if (current.operator === '&&') {
        return undefined;
      }
      // `'lit' || x` would be the literal always; `x || 'lit'` is the fallback.
      const left = skipWrappers(current.left);
      if (getLiteralString(left) !== undefined) {
        return findSecretLiteral(left, sourceCode, depth + 1);
      }
      const found = findSecretLiteral(current.right, sourceCode, depth + 1);
      return found && { ...found, fallback: true };
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      const found =
        findSecretLiteral(current.alternate, sourceCode, depth + 1) ??
        findSecretLiteral(current.consequent, sourceCode, depth + 1);
      return found && { ...found, fallback: true };
    }
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      const [arg] = current.arguments;
      if (!arg || arg.type === AST_NODE_TYPES.SpreadElement || !isEncodingWrapper(current)) {
        return undefined;
      }
      return findSecretLiteral(arg, sourceCode, depth + 1);
    }
    default:
      return undefined;
  }
}

/**
 * Whether `findSecretLiteral` can find a literal in a value, judged from the value's own shape without resolving
 * anything: a string, a name or member (maybe a constant), a fallback (`||`, `??`, `?:`) or an encoding wrapper.
 * Functions, objects, arrays, numbers, other calls and expressions never hold one. The secret rules ask this before
 * they look at the name a value is bound to: most bindings in a file are functions, objects and calls.
 */
export function mayHoldSecretLiteral(node: TSESTree.Node): boolean {
  const current = skipWrappers(node);
  switch (current.type) {
    case AST_NODE_TYPES.Literal:
      return typeof current.value === 'string';
    case AST_NODE_TYPES.TemplateLiteral:
      return current.expressions.length === 0;
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.ConditionalExpression:
      return true;
    case AST_NODE_TYPES.LogicalExpression:
      return current.operator !== '&&';
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return current.arguments.length > 0 && isEncodingWrapper(current);
    default:
      return false;
  }
}

/** `Buffer.from(x)`, `String(x)`, `new TextEncoder().encode(x)`, `Buffer.from(x, 'utf8')`: same secret, other type. */
function isEncodingWrapper(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = skipWrappers(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return callee.name === 'String' && node.type === AST_NODE_TYPES.CallExpression;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const object = skipWrappers(callee.object);
  const method = callee.property.name;
  if (method === 'from' && object.type === AST_NODE_TYPES.Identifier && object.name === 'Buffer') {
    return true;
  }
  return (
    method === 'encode' &&
    object.type === AST_NODE_TYPES.NewExpression &&
    object.callee.type === AST_NODE_TYPES.Identifier &&
    object.callee.name === 'TextEncoder'
  );
}

/**
 * Whether a value bound to a secret-ish name is a credential: not a placeholder or identifier, long enough,
 * no whitespace, and shaped like a secret (two or more character classes, or high entropy). Word-only values
 * (`'supersecret'`) do not count here; sinks that take the literal as the key itself use `isPlaceholder` alone.
 */
export function isLikelySecretValue(value: string, name?: string, minLength = 8): boolean {
  if (value.length < minLength || value.length > 10_000 || /\s/.test(value.trim()) && !value.includes('-----BEGIN')) {
    return false;
  }
  if (isEmulatorKey(value) || isPlaceholder(value, name) || isIdentifierLike(value)) {
    return false;
  }
  let classes = 0;
  if (/[a-z]/.test(value)) classes++;
  if (/[A-Z]/.test(value)) classes++;
  if (/[0-9]/.test(value)) classes++;
  if (/[^A-Za-z0-9]/.test(value)) classes++;
  return classes >= 2 || shannonEntropy(value) >= 3.5;
}

/**
 * The name a value is bound to where it is written: the key of `{ name: value }`, the variable of
 * `const name = value`, the target of `x.name = value`, the parameter default `name = value`, and the class
 * field `name = value`. Looks through `||`/`??`/conditional fallbacks and wrappers between the two.
 */
export function getBindingName(node: TSESTree.Node, sourceCode: SourceCode): string | undefined {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  for (let i = 0; parent && i < 6; i++) {
    switch (parent.type) {
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === child) {
          return undefined;
        }
        child = parent;
        parent = parent.parent;
        continue;
      case AST_NODE_TYPES.Property:
        return parent.value === child ? getPropertyKey(parent, sourceCode) : undefined;
      case AST_NODE_TYPES.PropertyDefinition:
        return parent.value === child ? getPropertyKey(parent, sourceCode) : undefined;
      case AST_NODE_TYPES.JSXExpressionContainer:
        child = parent;
        parent = parent.parent;
        continue;
      case AST_NODE_TYPES.JSXAttribute:
        return parent.value === child && parent.name.type === AST_NODE_TYPES.JSXIdentifier ? parent.name.name : undefined;
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === child && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
      case AST_NODE_TYPES.AssignmentExpression:
      case AST_NODE_TYPES.AssignmentPattern: {
        if (parent.right !== child) {
          return undefined;
        }
        const left = parent.left;
        if (left.type === AST_NODE_TYPES.Identifier) {
          return left.name;
        }
        if (left.type === AST_NODE_TYPES.MemberExpression) {
          if (!left.computed && left.property.type === AST_NODE_TYPES.Identifier) {
            return left.property.name;
          }
          return left.property.type === AST_NODE_TYPES.Literal && typeof left.property.value === 'string' ? left.property.value : undefined;
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

const DB_KEYS = new Set(['host', 'hostname', 'server', 'database', 'db', 'port', 'dialect', 'connectionLimit', 'dbName', 'instanceName', 'authSource', 'dbname']);

/** Whether an object literal looks like a database or connection config: a password next to host/server/database/port. */
export function isDatabaseConfig(object: TSESTree.ObjectExpression, sourceCode: SourceCode): boolean {
  let hits = 0;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property) {
      const key = getPropertyKey(property, sourceCode);
      if (key !== undefined && DB_KEYS.has(key)) {
        hits++;
      }
    }
  }
  return hits >= 1;
}

/**
 * The edit that takes a hard-coded secret out of the code: a fallback (`process.env.X || 'lit'`,
 * `process.env.X ?? 'lit'`, `process.env.X ? process.env.X : 'lit'`) loses its literal branch; a plain literal
 * becomes `process.env.NAME` (in TypeScript the result gets a `!`, where the sinks take a `string`).
 */
export function removeSecretFix(
  found: SecretLiteral,
  envName: string,
  sourceCode: SourceCode,
  typescript: boolean,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  const literal = found.node;
  const parent = literal.parent;
  if (parent?.type === AST_NODE_TYPES.LogicalExpression && parent.right === literal && parent.operator !== '&&') {
    // What is left may be undefined: in TypeScript it keeps the `string` the sink takes with `!`.
    return fixer => fixer.replaceTextRange(fallbackRange(parent, parent.left, parent.operator, sourceCode), typescript ? '!' : '');
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.right === literal) {
    // A default (`{ JWT_SECRET = 'dev' } = process.env`, `function f(secret = 'dev')`): drop it.
    return fixer => fixer.replaceTextRange(fallbackRange(parent, parent.left, '=', sourceCode), '');
  }
  if (parent?.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== literal) {
    const kept = parent.consequent === literal ? parent.alternate : parent.consequent;
    if (getLiteralString(skipWrappers(kept)) === undefined) {
      return fixer => fixer.replaceText(parent, `(${sourceCode.getText(kept)})`);
    }
  }
  const env = /^[A-Za-z_$][\w$]*$/.test(envName) ? `process.env.${envName}` : `process.env['${envName}']`;
  const replacement = typescript ? `${env}!` : env;
  // `<Map apiKey="…" />` needs braces around an expression.
  return fixer => fixer.replaceText(literal, parent?.type === AST_NODE_TYPES.JSXAttribute ? `{${replacement}}` : replacement);
}

/**
 * The text from the end of `left` (its closing parentheses included: `(a ? b : c) || 'x'`) to the end of `parent`
 * (the fallback's own parentheses included: `a || ('x')`), which dropping a fallback or a default removes.
 */
function fallbackRange(parent: TSESTree.Node, left: TSESTree.Node, operator: string, sourceCode: SourceCode): [number, number] {
  const operatorToken = sourceCode.getTokenAfter(left, token => token.value === operator);
  const beforeOperator = operatorToken && sourceCode.getTokenBefore(operatorToken);
  return [beforeOperator ? beforeOperator.range[1] : left.range[1], parent.range[1]];
}

/** Whether a file is TypeScript parsed as TypeScript (so a suggestion may write `!`). */
export function isTypeScriptFile(filename: string, sourceCode: SourceCode): boolean {
  const services = sourceCode.parserServices as Record<string, unknown> | undefined;
  return /\.[cm]?tsx?$/i.test(filename) && services !== undefined && 'esTreeNodeToTSNodeMap' in services;
}

/**
 * Whether a property holds the private key of a client certificate or service account, the shapes
 * no-hardcoded-client-credential reports: MSAL `clientCertificate: { privateKey }`, a Google service account
 * `{ client_email, private_key }`, and google-auth-library `new JWT({ email, key })`.
 */
export function isCertificateKeyProperty(property: TSESTree.Property, sourceCode: SourceCode): boolean {
  const name = getPropertyKey(property, sourceCode);
  const object = property.parent;
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) {
    return false;
  }
  const has = (key: string): boolean =>
    object.properties.some(p => p.type === AST_NODE_TYPES.Property && getPropertyKey(p, sourceCode) === key);
  if (name === 'privateKey') {
    const parent = object.parent;
    return parent?.type === AST_NODE_TYPES.Property && parent.value === object && getPropertyKey(parent, sourceCode) === 'clientCertificate';
  }
  if (name === 'private_key') {
    return has('client_email');
  }
  return name === 'key' && has('email');
}
