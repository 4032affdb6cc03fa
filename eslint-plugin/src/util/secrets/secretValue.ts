import { splitIdentifierWords } from '../vocabulary/tokenVocabulary';

import { isEmulatorKey } from './emulatorKeys';

/**
 * The shared "is this a hard-coded secret?" test of the four secret rules. A value is a secret only when its
 * context says so (a credential sink, a secret-ish name, or a provider token format), never on entropy alone,
 * and never when it is a placeholder or an identifier (GUID, env var name, selector, label, policy name, URL).
 */

const PLACEHOLDER_START =
  /^(?:your|enter|insert|replace|placeholder|changeme|change_me|change-me|todo|tbd|xxx+|\*+|example|sample|dummy|test|fake|redacted|mock|none|null|undefined|n\/a|secret_here|<)/i;
const PLACEHOLDER_END = /(?:_here|-here|\.\.\.|…)$/i;
/**
 * Whole-value wrappers: `<…>`, `{…}`, `${…}`, `%…%`, `__…__`, `[…]`, `{{…}}`, `$VAR`, and App Service's Key Vault
 * and App Configuration references (`@Microsoft.KeyVault(SecretUri=…)`), which name a secret kept elsewhere.
 */
const WRAPPED =
  /^(?:<[^>]*>|\{[^}]*\}|\$\{[^}]*\}|%[^%]*%|__.*__|\[[^\]]*\]|\$[A-Za-z_][A-Za-z0-9_]*|@Microsoft\.(?:KeyVault|AppConfiguration)\(.*\))$/;
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
  if (
    /x{5,}|X{5,}|\*{4,}|•{3,}|example|placeholder|dummy|change_?me|0000-0000/i.test(trimmed) ||
    /abcdefgh|ABCDEFGH|12345678/.test(trimmed)
  ) {
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
  return /^(?:my|the|a|some|super|app|client|api|jwt|default|dev|local|prod)?(?:client|api|app|jwt|access|secret|private|signing)?(?:secret|key|password|passwd|pwd|token)s?(?:key|value)?$/.test(
    squashed,
  );
}

const FILL_IN = /^(?:your|enter|insert|replace|placeholder|todo|tbd|<)|(?:_here|-here|\.\.\.|…)$/i;

/**
 * Whether a value is a fill-in-the-blank placeholder (`ENTER_YOUR_SECRET_HERE`, `<secret>`, `${SECRET}`,
 * `your-key`, `xxxx`): a stand-in the author meant to be replaced, as opposed to a weak but real value
 * (`'secret'`, `'changeme'`, `'keyboard cat'`), which still counts where the literal is the key itself.
 */
export function isFillInPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  return (
    trimmed === '' ||
    WRAPPED.test(trimmed) ||
    EMBEDDED_HOLE.test(trimmed) ||
    FILL_IN.test(trimmed) ||
    /^(?:x{3,}|X{3,}|\*{3,})$/.test(trimmed)
  );
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
  if (
    /^\p{Lu}?\p{Ll}+$/u.test(trimmed) ||
    /^\$(?:2[abxy]?|argon2(?:id|i|d)|[156]|scrypt|pbkdf2[\w-]*)\$/.test(trimmed)
  ) {
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
 * Whether a value bound to a secret-ish name is a credential: not a placeholder or identifier, long enough,
 * no whitespace, and shaped like a secret (two or more character classes, or high entropy). Word-only values
 * (`'supersecret'`) do not count here; sinks that take the literal as the key itself use `isPlaceholder` alone.
 */
export function isLikelySecretValue(value: string, name?: string, minLength = 8): boolean {
  if (value.length < minLength || value.length > 10_000 || (/\s/.test(value.trim()) && !value.includes('-----BEGIN'))) {
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
 * A short, safe description of a secret for messages: never the value, at most the format's public prefix
 * (`ghp_…`) and the length, e.g. "`ghp_…`, 40 characters".
 */
export function maskSecret(value: string, publicPrefix?: string): string {
  const prefix = publicPrefix && value.startsWith(publicPrefix) ? `\`${publicPrefix}…\`, ` : '';
  return `${prefix}${value.length} characters`;
}
