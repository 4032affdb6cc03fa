import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, skipWrappers } from '../util/ast';

import { findProperty, getPropertyKey } from '../util/evaluate';
import { replaceImportedClass } from '../util/fixes';
import { AZURE_IDENTITY, createCalleeResolver, isModuleRef, resolveModuleRef } from '../util/modules';
import { createRule, mergeListeners, registerMentions, sourceMentionsAny } from '../util/rule';
import {
  findSecretFormat,
  findSecretLiteral,
  getBindingName,
  getSecretNameKind,
  isCertificateKeyProperty,
  isEmulatorKey,
  isIdentifierLike,
  isLikelySecretValue,
  isPlaceholder,
  maskSecret,
  namedValueListeners,
  startSecretRule,
  toEnvVarName,
} from '../util/secrets';
import type { SecretLiteral } from '../util/secrets';
import type { CredentialKind } from '../util/data';
import { sinkCredentialListeners } from '../util/sinks';

type Options = [];
type MessageIds =
  | 'clientSecret'
  | 'password'
  | 'privateKey'
  | 'useEnv'
  | 'useManagedIdentity'
  | 'useCertificate'
  | 'clientSecretInConfig'
  | 'passwordInConfig'
  | 'privateKeyInConfig'
  | 'sinkCredential';

/** Where a constructor or function takes a client credential, by the name it is exported under. */
interface Sink {
  arg: number;
  kind: 'clientSecret' | 'password';
  /** The package the callee must resolve to when the name alone is too common. */
  source?: readonly string[];
  /** The fewest arguments of the overload that has a secret at `arg`. */
  minArgs?: number;
  /** The environment variable the SDK itself reads for this value. */
  env?: string;
  identity?: boolean;
}

/** Every call this rule checks names one of these (its sinks' export names, resolved or written) in the file. */
const CALL_WORDS = registerMentions([
  'ClientSecret',
  'UsernamePasswordCredential',
  'loginWithServicePrincipalSecret',
  'acquireTokenWithClientCredentials',
  'OAuth2',
  'discovery',
  'ClientCertificateCredential',
  'AuthorizationCodeCredential',
]);
const SINKS: Readonly<Record<string, Sink>> = {
  ClientSecretCredential: { arg: 2, kind: 'clientSecret', env: 'AZURE_CLIENT_SECRET', identity: true },
  UsernamePasswordCredential: { arg: 3, kind: 'password', env: 'AZURE_PASSWORD' },
  loginWithServicePrincipalSecret: { arg: 1, kind: 'clientSecret', env: 'AZURE_CLIENT_SECRET' },
  loginWithServicePrincipalSecretWithAuthResponse: { arg: 1, kind: 'clientSecret', env: 'AZURE_CLIENT_SECRET' },
  acquireTokenWithClientCredentials: { arg: 2, kind: 'clientSecret', env: 'CLIENT_SECRET', minArgs: 3 },
  OAuth2Client: { arg: 1, kind: 'clientSecret', env: 'GOOGLE_CLIENT_SECRET', minArgs: 2 },
  OAuth2: { arg: 1, kind: 'clientSecret', env: 'OAUTH_CLIENT_SECRET', minArgs: 2 },
  ClientSecretPost: { arg: 0, kind: 'clientSecret', env: 'CLIENT_SECRET' },
  ClientSecretBasic: { arg: 0, kind: 'clientSecret', env: 'CLIENT_SECRET' },
  ClientSecretJwt: { arg: 0, kind: 'clientSecret', env: 'CLIENT_SECRET' },
  discovery: { arg: 2, kind: 'clientSecret', env: 'CLIENT_SECRET', source: ['openid-client'], minArgs: 3 },
};
const PEM_PRIVATE_KEY = /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----/;

/** The credential-sink kinds this rule reports (see docs/credential-sinks.md). */
const SINK_KINDS: ReadonlySet<CredentialKind> = new Set<CredentialKind>(['password', 'client-secret', 'access-key']);

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-client-credential',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow client secrets, passwords and access keys hard-coded into identity SDKs and the clients ' +
        'that take them',
      recommended: 'recommended',
      principle: 'assume-breach',
    },
    hasSuggestions: true,
    messages: {
      sinkCredential:
        'Hard-coded credential ({{preview}}) in {{sink}}: anyone with the code can use it; load it from the ' +
        'environment or a secret store and rotate it, since removing it from code does not un-leak it.',
      clientSecret:
        'Hard-coded client secret ({{preview}}) in `{{where}}`: anyone with the code can act as the app; load it ' +
        'from the environment or Key Vault, prefer a certificate or managed identity, and rotate it, since removing ' +
        'it from code does not un-leak it.',
      password:
        'Hard-coded password ({{preview}}) in `{{where}}`: load it from the environment or Key Vault and rotate it, ' +
        'since removing it from code does not un-leak it.',
      privateKey:
        'Hard-coded private key in `{{where}}`: anyone with the code can sign in as the app; load the key from a ' +
        'file path, the environment or Key Vault and rotate the certificate, since removing it from code does not ' +
        'un-leak it.',
      clientSecretInConfig:
        'Hard-coded client secret ({{preview}}) in `{{where}}` of a configuration file: anyone who can read the ' +
        'repository can act as the app; use a managed identity or a certificate, or keep it in Key Vault (an ' +
        '`@Microsoft.KeyVault(…)` reference in app settings) or a secret store, out of committed files, and rotate ' +
        'it, since deleting it does not un-leak it.',
      passwordInConfig:
        'Hard-coded password ({{preview}}) in `{{where}}` of a configuration file: keep it in Key Vault (an ' +
        '`@Microsoft.KeyVault(…)` reference in app settings) or a secret store, out of committed files, and rotate ' +
        'it, since deleting it does not un-leak it.',
      privateKeyInConfig:
        'Hard-coded private key in `{{where}}` of a configuration file: anyone who can read the repository can sign ' +
        'in as the app; keep the certificate in Key Vault or a certificate store and replace it, since deleting it ' +
        'does not un-leak it.',
      useEnv: 'Read it from `{{env}}` instead (then rotate the credential).',
      useManagedIdentity:
        'Replace the credential with `ManagedIdentityCredential` (no secret to leak; rotate the old one).',
      useCertificate:
        'Replace the credential with `ClientCertificateCredential` reading `AZURE_CLIENT_CERTIFICATE_PATH` (rotate ' +
        'the old secret).',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const start = startSecretRule(context);
    const { sourceCode, reported, typescript, envFix } = start;

    function envSuggestion(found: SecretLiteral, env: string): TSESLint.SuggestionReportDescriptor<MessageIds> {
      const name = found.fallback ? 'process.env' : `process.env.${env}`;
      return { messageId: 'useEnv', data: { env: name }, fix: envFix(found, env) };
    }

    function report(
      node: TSESTree.Node,
      found: SecretLiteral,
      messageId: 'clientSecret' | 'password' | 'privateKey',
      where: string,
      env: string,
      extra: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [],
    ): void {
      if (reported.has(found.node)) {
        return;
      }
      reported.add(found.node);
      context.report({
        node,
        messageId,
        data: { preview: maskSecret(found.value), where },
        suggest: [envSuggestion(found, env), ...extra],
      });
    }

    /** A literal given where the SDK takes a client secret or password (the argument is the secret itself). */
    function isSecretArgument(value: string): boolean {
      return (
        value.length >= 6 &&
        !isEmulatorKey(value) &&
        !isPlaceholder(value) &&
        !isIdentifierLike(value) &&
        !/\s/.test(value.trim())
      );
    }

    const resolveCallee = createCalleeResolver(sourceCode);

    function checkCall(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      // Every sink takes the credential as an argument: a call without one needs no resolving.
      if (node.arguments.length === 0) {
        return;
      }
      const name = resolveCallee(node.callee)?.name;
      if (name === undefined) {
        return;
      }
      if (name === 'ClientCertificateCredential') {
        checkCertificateOptions(node);
        return;
      }
      if (name === 'AuthorizationCodeCredential') {
        // (tenantId, clientId, clientSecret, authorizationCode, redirectUri, options?); the overload without a
        // secret has an options object, or nothing, fifth.
        const fifth = node.arguments[4];
        if (fifth && skipWrappers(fifth).type !== AST_NODE_TYPES.ObjectExpression) {
          checkArgument(node, { arg: 2, kind: 'clientSecret', env: 'AZURE_CLIENT_SECRET' }, name);
        }
        return;
      }
      if (!Object.hasOwn(SINKS, name)) {
        return;
      }
      const sink = SINKS[name]!;
      if (sink.source && !isModuleRef(resolveModuleRef(node.callee, sourceCode), sink.source, [name])) {
        return;
      }
      checkArgument(node, sink, name);
    }

    function checkArgument(node: TSESTree.CallExpression | TSESTree.NewExpression, sink: Sink, name: string): void {
      if (node.arguments.length < (sink.minArgs ?? sink.arg + 1)) {
        return;
      }
      const arg = node.arguments[sink.arg];
      if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) {
        return;
      }
      const found = findSecretLiteral(arg, sourceCode);
      if (!found || !isSecretArgument(found.value)) {
        return;
      }
      const bound = found.viaConst ? getBindingName(found.node, sourceCode) : undefined;
      const env = bound && /^[A-Z][A-Z0-9_]*$/.test(bound) ? bound : (sink.env ?? 'CLIENT_SECRET');
      const where = `${node.type === AST_NODE_TYPES.NewExpression ? 'new ' : ''}${name}(…)`;
      const extra = sink.identity ? identitySuggestions(node) : [];
      report(arg, found, sink.kind, where, env, extra);
    }

    /** `new ClientSecretCredential(tenantId, clientId, secret, options?)` → a credential without a secret. */
    function identitySuggestions(
      node: TSESTree.CallExpression | TSESTree.NewExpression,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const callee = skipWrappers(node.callee);
      const args = node.arguments;
      if (
        node.type !== AST_NODE_TYPES.NewExpression ||
        args.length !== 3 ||
        args.some(a => a.type === AST_NODE_TYPES.SpreadElement)
      ) {
        return [];
      }
      if (!isModuleRef(resolveModuleRef(callee, sourceCode), AZURE_IDENTITY, ['ClientSecretCredential'])) {
        return [];
      }
      const [tenant, client] = args;
      const argsRange: [number, number] = [args[0]!.range[0], args[args.length - 1]!.range[1]];
      const replace = (
        target: string,
        argsText: string,
      ): TSESLint.SuggestionReportDescriptor<MessageIds>['fix'] | undefined => {
        const rename = replaceImportedClass(callee, '@azure/identity', target, sourceCode);
        return rename && (fixer => [...rename(fixer), fixer.replaceTextRange(argsRange, argsText)]);
      };
      const clientText = sourceCode.getText(client!);
      const managed = replace(
        'ManagedIdentityCredential',
        clientText === 'clientId' ? '{ clientId }' : `{ clientId: ${clientText} }`,
      );
      const certificate = replace(
        'ClientCertificateCredential',
        `${sourceCode.getText(tenant!)}, ${sourceCode.getText(client!)}, ` +
          `process.env.AZURE_CLIENT_CERTIFICATE_PATH${typescript() ? '!' : ''}`,
      );
      const out: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      if (managed) {
        out.push({ messageId: 'useManagedIdentity', fix: managed });
      }
      if (certificate) {
        out.push({ messageId: 'useCertificate', fix: certificate });
      }
      return out;
    }

    /** `new ClientCertificateCredential(t, c, { certificate: '-----BEGIN PRIVATE KEY-----…' })`; a path is fine. */
    function checkCertificateOptions(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const options = node.arguments[2];
      if (!options || options.type === AST_NODE_TYPES.SpreadElement) {
        return;
      }
      const property = findProperty(options, 'certificate', sourceCode);
      if (property) {
        checkPrivateKey(property.value, 'certificate', 'AZURE_CLIENT_CERTIFICATE');
      }
    }

    function checkPrivateKey(value: TSESTree.Node, where: string, env: string): void {
      const found = findSecretLiteral(value, sourceCode);
      if (found && PEM_PRIVATE_KEY.test(found.value) && findSecretFormat(found.value)) {
        report(value, found, 'privateKey', where, env);
      }
    }

    /** `{ clientSecret: '…' }`, `const CLIENT_SECRET = '…'`, `this.clientSecret = '…'`, and the PEM key shapes. */
    function checkNamed(name: string, value: TSESTree.Node, property?: TSESTree.Property): void {
      if (property && (name === 'privateKey' || name === 'private_key' || name === 'key')) {
        if (isCertificateKeyProperty(property, sourceCode)) {
          const object = property.parent as TSESTree.ObjectExpression;
          checkPrivateKey(
            value,
            name === 'key' ? 'key' : `${parentKey(object) ?? 'credentials'}.${name}`,
            'CLIENT_CERTIFICATE_KEY',
          );
        }
        return;
      }
      if (property && name === 'secret') {
        // simple-oauth2: `{ client: { id, secret } }`.
        const object = property.parent;
        if (
          object.type === AST_NODE_TYPES.ObjectExpression &&
          parentKey(object) === 'client' &&
          findProperty(object, 'id', sourceCode)
        ) {
          checkNamedValue('client.secret', value, 'CLIENT_SECRET', 'secret');
        }
        return;
      }
      if (name === 'clientAssertion' || name === 'client_assertion') {
        const found = findSecretLiteral(value, sourceCode);
        if (found && findSecretFormat(found.value)?.format.id === 'jwt') {
          report(value, found, 'clientSecret', name, toEnvVarName(name));
        }
        return;
      }
      if (getSecretNameKind(name) === 'clientSecret') {
        checkNamedValue(name, value, toEnvVarName(name), name);
      }
    }

    function checkNamedValue(where: string, value: TSESTree.Node, env: string, name: string): void {
      const found = findSecretLiteral(value, sourceCode);
      if (found && isLikelySecretValue(found.value, name)) {
        report(value, found, 'clientSecret', where, /^[A-Z][A-Z0-9_]*$/.test(name) ? name : env);
      }
    }

    function parentKey(object: TSESTree.ObjectExpression): string | undefined {
      const parent = object.parent;
      return parent?.type === AST_NODE_TYPES.Property && parent.value === object
        ? getPropertyKey(parent, sourceCode)
        : undefined;
    }

    return mergeListeners(
      sourceMentionsAny(sourceCode, CALL_WORDS) ? { NewExpression: checkCall, CallExpression: checkCall } : {},
      namedValueListeners(context, {
        property: (name, node) => checkNamed(name, node.value, node),
        named: (name, value) => checkNamed(name, value),
      }),
      sinkCredentialListeners(context, start, SINK_KINDS),
    );
  },
});
