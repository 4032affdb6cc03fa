import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, getWrittenName, skipWrappers } from '../util/ast';

import { findVariable, getPropertyKey } from '../util/evaluate';
import { createRule, mergeListeners, registerMentions, sourceMentionsAny } from '../util/rule';
import {
  fileMayContainSecretFormat,
  findSecretFormat,
  findSecretLiteral,
  getBindingName,
  getSecretNameKind,
  isCertificateKeyProperty,
  isDatabaseConfig,
  isLikelySecretValue,
  isPlaceholder,
  maskSecret,
  namedValueListeners,
  shannonEntropy,
  startSecretRule,
  toEnvVarName,
} from '../util/secrets';
import type { SecretFormatMatch, SecretLiteral, SecretNameKind } from '../util/secrets';
import type { CredentialKind } from '../util/data';
import { sinkCredentialListeners } from '../util/sinks';

type Options = [{ checkSecretNames?: boolean }];
type MessageIds =
  'providerToken' | 'secretLikeName' | 'useEnv' | 'providerTokenInConfig' | 'secretLikeNameInConfig' | 'sinkCredential';

/** Name kinds the other secret rules own (they report those values, with their own fixes). */
const OWNED_ELSEWHERE = new Set<SecretNameKind>(['clientSecret', 'signingKey', 'connectionString', 'accountKey']);
const NAME_KIND_LABELS: Partial<Record<SecretNameKind, string>> = {
  password: 'password',
  apiKey: 'API key',
  privateKey: 'private key',
  token: 'token',
  secret: 'secret',
};
const MIN_LENGTH: Partial<Record<SecretNameKind, number>> = {
  password: 6,
  apiKey: 12,
  privateKey: 32,
  token: 20,
  secret: 8,
};
/** A GUID: an identifier next to most names, but many APIs issue their keys in this shape. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Env vars the providers' own SDKs read, for the suggestion when no name is at hand. */
const FORMAT_ENV: readonly [RegExp, string][] = [
  [/^azure-ad/, 'AZURE_CLIENT_SECRET'],
  [/^github/, 'GITHUB_TOKEN'],
  [/^gitlab/, 'GITLAB_TOKEN'],
  [/^aws/, 'AWS_ACCESS_KEY_ID'],
  [/^slack/, 'SLACK_TOKEN'],
  [/^gcp/, 'GOOGLE_API_KEY'],
  [/^stripe/, 'STRIPE_SECRET_KEY'],
  [/^npm/, 'NPM_TOKEN'],
  [/^openai/, 'OPENAI_API_KEY'],
  [/^anthropic/, 'ANTHROPIC_API_KEY'],
  [/^private-key/, 'PRIVATE_KEY'],
  [/^jwt/, 'ACCESS_TOKEN'],
];
/**
 * Calls whose credential argument another secret rule reports (no-hardcoded-jwt-secret,
 * no-hardcoded-client-credential, no-hardcoded-connection-string-or-key), with a fix of its own.
 */
const KEY_SINKS = new Set([
  'sign',
  'verify',
  'jwtVerify',
  'jwtDecrypt',
  'createHmac',
  'createSecretKey',
  'encode',
  'cookieParser',
  'ClientSecretCredential',
  'UsernamePasswordCredential',
  'AuthorizationCodeCredential',
  'OAuth2Client',
  'OAuth2',
  'ClientSecretPost',
  'ClientSecretBasic',
  'ClientSecretJwt',
  'loginWithServicePrincipalSecret',
  'acquireTokenWithClientCredentials',
  'AzureKeyCredential',
  'AzureNamedKeyCredential',
  'AzureSASCredential',
  'StorageSharedKeyCredential',
  'Sequelize',
]);
const USER_KEYS = new Set(['user', 'username', 'userName', 'login']);
/** `Authorization: 'Bearer …'` / `'Basic …'` with the credential written out. */
const AUTH_HEADER_VALUE = /^(?:Bearer|Basic|token|Token|Bot|SharedAccessSignature)\s+([^\s]+)$/;
/** A secret-named query parameter with its value written out: `?api_key=…`, `&access_token=…`, `&appid=…`. */
const SECRET_QUERY =
  /[?&](api[_-]?key|apikey|app[_-]?key|appid|access[_-]?token|auth[_-]?token|token|client[_-]?secret|secret|password|key)=([^&#\s'"`]+)/i;
/** What every `SECRET_QUERY` match contains: a parameter name ending in one of these, then `=`. */
const QUERY_WORDS = registerMentions(['key=', 'token=', 'secret=', 'password=', 'appid=']);
/** Firebase web config keys: its `apiKey` is a public identifier by design, not a secret. */
const FIREBASE_KEYS = ['authDomain', 'projectId', 'messagingSenderId', 'appId', 'storageBucket', 'databaseURL'];

/** The credential-sink kinds this rule reports (see docs/credential-sinks.md). */
const SINK_KINDS: ReadonlySet<CredentialKind> = new Set<CredentialKind>(['token']);

export default createRule<Options, MessageIds>({
  name: 'no-embedded-secret-token',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow live credentials such as provider tokens, private keys and JWTs embedded in code or comments',
      recommended: 'recommended',
      principle: 'assume-breach',
    },
    hasSuggestions: true,
    messages: {
      sinkCredential:
        'Hard-coded credential ({{preview}}) in {{sink}}: anyone with the code can use it; load it from the ' +
        'environment or a secret store and rotate it, since removing it from code does not un-leak it.',
      providerToken:
        'A {{label}} ({{preview}}) is embedded in the code: anyone who can read the code or its history can use it; ' +
        'revoke and rotate it, then load it from the environment or a secret store.',
      secretLikeName:
        'Hard-coded {{kind}} ({{preview}}) in `{{name}}`: anyone who can read the code or its history can use it; ' +
        'load it from the environment or a secret store, and rotate it, since removing it from code does not un-leak ' +
        'it.',
      providerTokenInConfig:
        'A {{label}} ({{preview}}) is in a configuration file: anyone who can read the repository or its history can ' +
        "use it; revoke and rotate it, then keep it in a secret store (Key Vault, the CI's secrets), out of " +
        'committed files.',
      secretLikeNameInConfig:
        'Hard-coded {{kind}} ({{preview}}) in `{{name}}` of a configuration file: anyone who can read the repository ' +
        'or its history can use it; keep it in Key Vault (an `@Microsoft.KeyVault(…)` reference in app settings) or ' +
        'a secret store, out of committed files, and rotate it, since deleting it does not un-leak it.',
      useEnv: 'Read it from `{{env}}` instead (then revoke and rotate the credential).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkSecretNames: {
            type: 'boolean',
            description:
              'Whether to also report secret-shaped literals bound to secret-like names (`password`, `apiKey`, ' +
              '`token`, `secret`, `privateKey`), beyond provider token formats.',
          },
        },
      },
    ],
  },
  defaultOptions: [{ checkSecretNames: true }],
  create(context, [{ checkSecretNames }]) {
    const start = startSecretRule(context);
    const { sourceCode, reported, envFix } = start;

    function publicPrefix(match: SecretFormatMatch): string | undefined {
      if (match.format.id === 'private-key' || match.format.id === 'azure-ad-client-secret') {
        return undefined;
      }
      const lower = match.secret.toLowerCase();
      const keyword = match.format.keywords.find(k => lower.startsWith(k));
      return keyword ? match.secret.slice(0, Math.min(keyword.length, 8)) : undefined;
    }

    function envSuggestion(found: SecretLiteral, env: string): TSESLint.SuggestionReportDescriptor<MessageIds> {
      return {
        messageId: 'useEnv',
        data: { env: found.fallback ? 'process.env' : `process.env.${env}` },
        fix: envFix(found, env),
      };
    }

    function envName(found: SecretLiteral, fallback: string): string {
      const bound = getBindingName(found.node, sourceCode);
      if (bound !== undefined && /^[A-Za-z_$][\w$]*$/.test(bound) && splitOk(bound)) {
        return /^[A-Z][A-Z0-9_]*$/.test(bound) ? bound : toEnvVarName(bound);
      }
      return fallback;
    }

    function splitOk(name: string): boolean {
      return name.length >= 3 && name.length <= 60;
    }

    /** Whether another secret rule reports this literal (by the name it is bound to, or its certificate shape). */
    function isOwnedElsewhere(node: TSESTree.Node): boolean {
      const name = getBindingName(node, sourceCode);
      const kind = name === undefined ? undefined : getSecretNameKind(name);
      if (kind !== undefined && OWNED_ELSEWHERE.has(kind)) {
        return true;
      }
      const parent = node.parent;
      return (
        parent?.type === AST_NODE_TYPES.Property &&
        parent.value === node &&
        isCertificateKeyProperty(parent, sourceCode)
      );
    }

    /** `apiKey: 'AIza…'` in a Firebase web config, which Google documents as public. */
    function isFirebaseConfigKey(node: TSESTree.Node): boolean {
      const parent = node.parent;
      if (parent?.type !== AST_NODE_TYPES.Property || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) {
        return false;
      }
      const object = parent.parent;
      return object.properties.some(
        p => p.type === AST_NODE_TYPES.Property && FIREBASE_KEYS.includes(getPropertyKey(p, sourceCode) ?? ''),
      );
    }

    function reportFormat(
      node: TSESTree.StringLiteral | TSESTree.TemplateLiteral,
      value: string,
      match: SecretFormatMatch,
    ): void {
      if (reported.has(node) || isOwnedElsewhere(node) || isSinkArgument(node)) {
        return;
      }
      if (match.format.id === 'gcp-api-key' && isFirebaseConfigKey(node)) {
        return;
      }
      reported.add(node);
      const whole =
        match.index === 0 &&
        match.length === value.length &&
        (node.type === AST_NODE_TYPES.Literal || node.expressions.length === 0);
      const found: SecretLiteral = { node, value, fallback: isFallback(node), viaConst: false };
      const env = envName(found, FORMAT_ENV.find(([id]) => id.test(match.format.id))?.[1] ?? 'SECRET_TOKEN');
      context.report({
        node,
        messageId: 'providerToken',
        data: { label: match.format.label, preview: maskSecret(match.secret, publicPrefix(match)) },
        suggest: whole ? [envSuggestion(found, env)] : [],
      });
    }

    function isFallback(node: TSESTree.Node): boolean {
      const parent = node.parent;
      return parent?.type === AST_NODE_TYPES.LogicalExpression && parent.right === node && parent.operator !== '&&';
    }

    /** `headers: { Authorization: 'Bearer <opaque token>' }`: the credential itself is in the code. */
    function checkAuthorizationValue(value: TSESTree.Node): void {
      const found = findSecretLiteral(value, sourceCode);
      const credential = found && AUTH_HEADER_VALUE.exec(found.value.trim())?.[1];
      if (!found || !credential || reported.has(found.node)) {
        return;
      }
      const format = findSecretFormat(found.value);
      if (format) {
        reportFormat(found.node, found.value, format);
        return;
      }
      if (checkSecretNames && credential.length >= 16 && isLikelySecretValue(credential, 'token', 16)) {
        reported.add(found.node);
        context.report({
          node: value,
          messageId: 'secretLikeName',
          data: { kind: 'token', preview: maskSecret(credential), name: 'Authorization' },
          suggest: [],
        });
      }
    }

    /** A secret written into a URL's query string (`https://api.example.com/data?appid=…`). */
    function checkQuery(node: TSESTree.StringLiteral | TSESTree.TemplateLiteral, text: string): void {
      if (!checkSecretNames || reported.has(node) || !text.includes('=')) {
        return;
      }
      const match = SECRET_QUERY.exec(text);
      if (!match) {
        return;
      }
      const [, param, raw] = match as unknown as [string, string, string];
      let value = raw;
      try {
        value = decodeURIComponent(raw);
      } catch {
        // keep it as written
      }
      // A key is one token of letters and digits with high entropy; words, paths and encoded text are not.
      if (
        value.length < 16 ||
        !/^[A-Za-z0-9_\-.~+/=]+$/.test(value) ||
        !/[0-9]/.test(value) ||
        !/[A-Za-z]/.test(value) ||
        shannonEntropy(value) < 3.5 ||
        !isLikelySecretValue(value, param, 16)
      ) {
        return;
      }
      reported.add(node);
      context.report({
        node,
        messageId: 'secretLikeName',
        data: {
          kind: /token/i.test(param) ? 'token' : /secret|password/i.test(param) ? 'secret' : 'API key',
          preview: maskSecret(value),
          name: param,
        },
        suggest: [],
      });
    }

    function hasUserKey(object: TSESTree.ObjectExpression): boolean {
      return object.properties.some(
        p => p.type === AST_NODE_TYPES.Property && USER_KEYS.has(getPropertyKey(p, sourceCode) ?? ''),
      );
    }

    /** A literal given straight to a credential call another rule checks, or a constant handed to one. */
    function isSinkArgument(node: TSESTree.Node): boolean {
      const parent = node.parent;
      if (
        (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
        parent.arguments.includes(node as TSESTree.Expression)
      ) {
        return KEY_SINKS.has(calleeName(parent.callee) ?? '');
      }
      return (
        parent?.type === AST_NODE_TYPES.VariableDeclarator &&
        parent.init === node &&
        parent.id.type === AST_NODE_TYPES.Identifier &&
        usedAsKey(parent.id)
      );
    }

    function calleeName(callee: TSESTree.Node): string | undefined {
      const node = skipWrappers(callee);
      return getWrittenName(node, sourceCode);
    }

    /** Whether a variable is handed to a signing or credential call that another secret rule checks. */
    function usedAsKey(id: TSESTree.Identifier): boolean {
      const variable = findVariable(id, sourceCode);
      for (const reference of variable?.references ?? []) {
        const parent = reference.identifier.parent;
        if (
          (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
          parent.arguments.includes(reference.identifier as TSESTree.Expression)
        ) {
          const name = calleeName(parent.callee);
          if (name !== undefined && KEY_SINKS.has(name)) {
            return true;
          }
        }
      }
      return false;
    }

    function checkNamed(
      name: string,
      value: TSESTree.Node,
      declared?: TSESTree.Identifier,
      object?: TSESTree.ObjectExpression,
    ): void {
      if (name.length === 13 && /^authorization$/i.test(name)) {
        checkAuthorizationValue(value);
        return;
      }
      // nodemailer, basic auth and friends: `auth: { user, pass: '…' }`.
      const kind = name === 'pass' && object && hasUserKey(object) ? 'password' : getSecretNameKind(name);
      if (kind === undefined || OWNED_ELSEWHERE.has(kind)) {
        return;
      }
      const found = findSecretLiteral(value, sourceCode);
      if (!found || reported.has(found.node)) {
        return;
      }
      const format = findSecretFormat(found.value);
      if (format) {
        reportFormat(found.node, found.value, format);
        return;
      }
      if (!checkSecretNames) {
        return;
      }
      if (kind === 'password' && object && isDatabaseConfig(object, sourceCode)) {
        return; // no-hardcoded-connection-string-or-key reports database passwords
      }
      const guidKey = kind === 'apiKey' && GUID.test(found.value) && !isPlaceholder(found.value);
      if (!guidKey && !isLikelySecretValue(found.value, name, MIN_LENGTH[kind] ?? 8)) {
        return;
      }
      if (kind === 'privateKey' && !found.value.includes('PRIVATE KEY')) {
        return;
      }
      if (declared && usedAsKey(declared)) {
        return;
      }
      reported.add(found.node);
      context.report({
        node: value,
        messageId: 'secretLikeName',
        data: { kind: NAME_KIND_LABELS[kind] ?? 'secret', preview: maskSecret(found.value), name },
        suggest: [envSuggestion(found, /^[A-Z][A-Z0-9_]*$/.test(name) ? name : toEnvVarName(name))],
      });
    }

    const named = namedValueListeners(context, {
      property: (name, node, object) => checkNamed(name, node.value, undefined, object),
      named: (name, value, declared) => checkNamed(name, value, declared),
      jsx: true,
    });
    // Strings and comments are only searched in a file that can hold a provider token or a secret query parameter
    // at all: one scan of the file instead of a look at each of its strings.
    const formats = fileMayContainSecretFormat(sourceCode);
    const queries = checkSecretNames && sourceMentionsAny(sourceCode, QUERY_WORDS);
    const sinks = sinkCredentialListeners(context, start, SINK_KINDS);
    if (!formats && !queries) {
      return mergeListeners(named, sinks);
    }
    return mergeListeners(named, sinks, {
      Literal(node: TSESTree.Literal): void {
        if (typeof node.value !== 'string' || node.value.length < 20) {
          return;
        }
        const match = formats ? findSecretFormat(node.value) : undefined;
        if (match) {
          reportFormat(node as TSESTree.StringLiteral, node.value, match);
        } else if (queries) {
          checkQuery(node as TSESTree.StringLiteral, node.value);
        }
      },
      TemplateLiteral(node: TSESTree.TemplateLiteral): void {
        for (const quasi of formats ? node.quasis : []) {
          const text = quasi.value.cooked;
          const match = text ? findSecretFormat(text) : undefined;
          if (match) {
            reportFormat(node, text!, match);
            return;
          }
        }
        if (!queries) {
          return;
        }
        for (const quasi of node.quasis) {
          // A value cut short by `${…}` is not written out: only whole parameters count.
          const text = quasi.value.cooked;
          if (text) {
            checkQuery(node, quasi.tail ? text : text.replace(/[?&][^?&=]*=[^&#]*$/, ''));
          }
        }
      },
      'Program:exit'(): void {
        for (const comment of formats ? sourceCode.getAllComments() : []) {
          if ((comment.type as string) === 'Shebang') {
            continue;
          }
          const match = findSecretFormat(comment.value);
          if (!match) {
            continue;
          }
          const start = comment.range[0] + 2 + match.index;
          context.report({
            loc: { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(start + match.length) },
            messageId: 'providerToken',
            data: { label: match.format.label, preview: maskSecret(match.secret, publicPrefix(match)) },
            suggest: [],
          });
        }
      },
    });
  },
});
