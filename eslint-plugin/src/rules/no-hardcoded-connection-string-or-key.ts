import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../util/ast';

import { findProperty } from '../util/evaluate';
import { createCalleeResolver } from '../util/modules';
import { createRule, mergeListeners, registerMentions, sourceMentionsAny } from '../util/rule';
import {
  fileMayContainConnectionSecret,
  findConnectionSecret,
  findSecretLiteral,
  getBindingName,
  getSecretNameKind,
  isDatabaseConfig,
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
  | 'connectionString'
  | 'key'
  | 'databasePassword'
  | 'useEnv'
  | 'connectionStringInConfig'
  | 'keyInConfig'
  | 'databasePasswordInConfig'
  | 'sinkCredential';

/** Azure SDK credentials that wrap a key or SAS: constructor → argument index and the env var to suggest. */
const KEY_CREDENTIALS: Readonly<Record<string, { arg: number; env: string }>> = {
  AzureKeyCredential: { arg: 0, env: 'AZURE_API_KEY' },
  AzureNamedKeyCredential: { arg: 1, env: 'AZURE_ACCOUNT_KEY' },
  AzureSASCredential: { arg: 0, env: 'AZURE_SAS_TOKEN' },
  StorageSharedKeyCredential: { arg: 1, env: 'AZURE_STORAGE_ACCOUNT_KEY' },
};
/** Every `new` this rule checks names one of these classes in the file. */
const NEW_WORDS = registerMentions([...Object.keys(KEY_CREDENTIALS), 'Sequelize', 'CosmosClient']);

/** The credential-sink kinds this rule reports (see docs/credential-sinks.md). */
const SINK_KINDS: ReadonlySet<CredentialKind> = new Set<CredentialKind>([
  'connection-string',
  'api-key',
  'encryption-key',
  'private-key',
]);

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-connection-string-or-key',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow connection strings with credentials, account keys, API keys and encryption keys hard-coded ' +
        'into the source',
      recommended: 'recommended',
      principle: 'assume-breach',
    },
    hasSuggestions: true,
    messages: {
      sinkCredential:
        'Hard-coded credential ({{preview}}) in {{sink}}: anyone with the code can use it; load it from the ' +
        'environment or a secret store and rotate it, since removing it from code does not un-leak it.',
      connectionString:
        'Hard-coded {{kind}} in a string: anyone with the code gets its access; use Entra ID (a managed identity ' +
        'with RBAC) or load it from the environment or Key Vault, and rotate it, since removing it from code does ' +
        'not un-leak it.',
      key:
        'Hard-coded {{kind}} ({{preview}}) in `{{where}}`: anyone with the code gets its access; use Entra ID (a ' +
        'managed identity with RBAC) or load it from the environment or Key Vault, and rotate it, since removing ' +
        'it from code does not un-leak it.',
      databasePassword:
        'Hard-coded database password ({{preview}}) in `{{where}}`: load it from the environment or Key Vault (or ' +
        'use Entra ID authentication) and rotate it, since removing it from code does not un-leak it.',
      connectionStringInConfig:
        'Hard-coded {{kind}} in a configuration file: anyone who can read the repository gets its access; connect ' +
        'with a managed identity (Entra ID with RBAC) or keep it in Key Vault (an `@Microsoft.KeyVault(…)` reference ' +
        'in app settings) or a secret store, out of committed files, and rotate it, since deleting it does not ' +
        'un-leak it.',
      keyInConfig:
        'Hard-coded {{kind}} ({{preview}}) in `{{where}}` of a configuration file: anyone who can read the ' +
        'repository gets its access; connect with a managed identity (Entra ID with RBAC) or keep it in Key Vault ' +
        '(an `@Microsoft.KeyVault(…)` reference in app settings) or a secret store, out of committed files, and ' +
        'rotate it, since deleting it does not un-leak it.',
      databasePasswordInConfig:
        'Hard-coded database password ({{preview}}) in `{{where}}` of a configuration file: use Entra ID ' +
        'authentication with a managed identity or keep it in Key Vault (an `@Microsoft.KeyVault(…)` reference in ' +
        'app settings) or a secret store, out of committed files, and rotate it, since deleting it does not un-leak ' +
        'it.',
      useEnv: 'Read it from `{{env}}` instead (then rotate the credential).',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const start = startSecretRule(context);
    const { sourceCode, reported, envFix } = start;

    function suggestion(found: SecretLiteral, env: string) {
      return {
        messageId: 'useEnv' as const,
        data: { env: found.fallback ? 'process.env' : `process.env.${env}` },
        fix: envFix(found, env),
      };
    }

    function envFor(found: SecretLiteral, fallback: string): string {
      const bound = getBindingName(found.node, sourceCode);
      if (bound === undefined || (getSecretNameKind(bound) === undefined && !/conn|key|sas|url|uri|dsn/i.test(bound))) {
        return fallback;
      }
      return /^[A-Z][A-Z0-9_]*$/.test(bound) ? bound : toEnvVarName(bound);
    }

    /** Every string and template part: connection strings with keys, SAS signatures, URLs with passwords. */
    function checkString(node: TSESTree.StringLiteral | TSESTree.TemplateLiteral, text: string): void {
      const hit = findConnectionSecret(text);
      if (!hit || reported.has(node)) {
        return;
      }
      reported.add(node);
      const found: SecretLiteral = { node, value: text, fallback: false, viaConst: false };
      const whole = node.type === AST_NODE_TYPES.Literal || node.expressions.length === 0;
      const parent = node.parent;
      const isFallback = parent?.type === AST_NODE_TYPES.LogicalExpression && parent.right === node;
      context.report({
        node,
        messageId: 'connectionString',
        data: { kind: hit.kind },
        suggest: whole ? [suggestion({ ...found, fallback: isFallback }, envFor(found, hit.env))] : [],
      });
    }

    function report(
      node: TSESTree.Node,
      found: SecretLiteral,
      messageId: 'key' | 'databasePassword',
      kind: string,
      where: string,
      env: string,
    ): void {
      if (reported.has(found.node)) {
        return;
      }
      reported.add(found.node);
      context.report({
        node,
        messageId,
        data: { kind, preview: maskSecret(found.value), where },
        suggest: [suggestion(found, env)],
      });
    }

    function isKeyValue(value: string): boolean {
      return (
        value.length >= 16 &&
        !isEmulatorKey(value) &&
        !/\s/.test(value) &&
        !isPlaceholder(value) &&
        !isIdentifierLike(value)
      );
    }

    const resolveCallee = createCalleeResolver(sourceCode);

    function checkNew(node: TSESTree.NewExpression): void {
      const name = resolveCallee(node.callee)?.name;
      if (name === undefined) {
        return;
      }
      if (Object.hasOwn(KEY_CREDENTIALS, name)) {
        const sink = KEY_CREDENTIALS[name]!;
        const arg = node.arguments[sink.arg];
        const found = arg && arg.type !== AST_NODE_TYPES.SpreadElement ? findSecretLiteral(arg, sourceCode) : undefined;
        if (arg && found && isKeyValue(found.value)) {
          report(
            arg,
            found,
            'key',
            name === 'AzureSASCredential' ? 'SAS token' : 'access key',
            `new ${name}(…)`,
            sink.env,
          );
        }
        return;
      }
      if (name === 'Sequelize' && node.arguments.length >= 3) {
        // new Sequelize(database, username, password, options)
        const arg = node.arguments[2]!;
        const found = arg.type !== AST_NODE_TYPES.SpreadElement ? findSecretLiteral(arg, sourceCode) : undefined;
        if (found && isLikelySecretValue(found.value, 'password', 6)) {
          report(arg, found, 'databasePassword', 'password', 'new Sequelize(…)', 'DB_PASSWORD');
        }
        return;
      }
      if (name === 'CosmosClient') {
        const options = node.arguments[0];
        const property =
          options && options.type !== AST_NODE_TYPES.SpreadElement
            ? findProperty(options, 'key', sourceCode)
            : undefined;
        const found = property && findSecretLiteral(property.value, sourceCode);
        if (property && found && isKeyValue(found.value)) {
          report(property.value, found, 'key', 'Cosmos DB account key', 'new CosmosClient({ key })', 'COSMOS_KEY');
        }
      }
    }

    /** `accountKey: '…'`, `const STORAGE_KEY = '…'`, and `password` in a database config object. */
    function checkNamed(name: string, value: TSESTree.Node, object?: TSESTree.ObjectExpression): void {
      const kind = getSecretNameKind(name);
      if (kind === 'accountKey') {
        const found = findSecretLiteral(value, sourceCode);
        if (found && isKeyValue(found.value) && isLikelySecretValue(found.value, name)) {
          report(
            value,
            found,
            'key',
            /sas/i.test(name) ? 'SAS token' : 'account key',
            name,
            /^[A-Z][A-Z0-9_]*$/.test(name) ? name : toEnvVarName(name),
          );
        }
      } else if (kind === 'password' && object && isDatabaseConfig(object, sourceCode)) {
        const found = findSecretLiteral(value, sourceCode);
        if (found && isLikelySecretValue(found.value, name, 6)) {
          report(value, found, 'databasePassword', 'password', name, 'DB_PASSWORD');
        }
      }
    }

    const strings = fileMayContainConnectionSecret(sourceCode);
    return mergeListeners(
      {
        ...(strings ? { Literal: checkLiteral, TemplateLiteral: checkTemplate } : {}),
        ...(sourceMentionsAny(sourceCode, NEW_WORDS) ? { NewExpression: checkNew } : {}),
      },
      namedValueListeners(context, {
        property: (name, node, object) => checkNamed(name, node.value, object),
        // `const accountKey = …`: declarations only, not assignments, defaults or class fields.
        named(name, value, declared) {
          if (declared) {
            checkNamed(name, value);
          }
        },
      }),
      sinkCredentialListeners(context, start, SINK_KINDS),
    );

    function checkLiteral(node: TSESTree.Literal): void {
      if (typeof node.value === 'string' && node.value.length >= 16) {
        checkString(node as TSESTree.StringLiteral, node.value);
      }
    }

    function checkTemplate(node: TSESTree.TemplateLiteral): void {
      for (const quasi of node.quasis) {
        const text = quasi.value.cooked;
        if (text && text.length >= 16 && findConnectionSecret(text)) {
          checkString(node, text);
          return;
        }
      }
    }
  },
});
