import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, getCalleeName, getWrittenName, skipWrappers } from '../util/ast';

import {
  findProperty,
  findVariable,
  getPropertyKey,
  getStaticString,
  IMPORT_BINDING,
  isLocalDefinition,
  VARIABLE,
} from '../util/evaluate';
import { AZURE_IDENTITY, isPackageCallee, matchesSource, resolveModuleRef } from '../util/modules';
import { createRule } from '../util/rule';
import { isTestOrToolingFile } from '../util/vocabulary';

type Options = [];
type MessageIds =
  'clientSecretCredential' | 'msalClientSecret' | 'oboClientSecret' | 'servicePrincipalSecret' | 'sha1Thumbprint';

const CREDENTIALS = new Set(['ClientSecretCredential', 'OnBehalfOfCredential']);
/** ms-rest-nodeauth's `loginWithServicePrincipalSecret` and `…WithAuthResponse`. */
const SERVICE_PRINCIPAL_SECRET_LOGIN = 'loginWithServicePrincipalSecret';

export default createRule<Options, MessageIds>({
  name: 'prefer-managed-identity-or-certificate',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Enforce managed identities, workload identity federation or certificates over client secrets for app ' +
        'credentials',
      recommended: 'strict',
      principle: 'assume-breach',
      severity: 'warn',
    },
    messages: {
      clientSecretCredential:
        '`ClientSecretCredential` authenticates the app with a shared secret that can leak and must be rotated by ' +
        'hand; in Azure use `ManagedIdentityCredential` (or `WorkloadIdentityCredential`), elsewhere ' +
        '`ClientCertificateCredential`.',
      oboClientSecret:
        '`OnBehalfOfCredential` with `clientSecret` authenticates the app with a shared secret; use ' +
        '`certificatePath` or a `getAssertion` callback backed by a managed identity.',
      msalClientSecret:
        'MSAL `auth.clientSecret` authenticates the app with a shared secret; use `clientCertificate`, a ' +
        '`clientAssertion` from a managed identity (federated credential), or `ManagedIdentityApplication`.',
      servicePrincipalSecret:
        '`{{name}}` signs in with a service principal secret; move to `@azure/identity` with a managed identity or a ' +
        'certificate.',
      sha1Thumbprint:
        'MSAL `clientCertificate.thumbprint` is a SHA-1 thumbprint, which MSAL has deprecated; use `thumbprintSha256`.',
    },
    schema: [],
  },
  defaultOptions: [],
  // The secret credentials and options (`ClientSecretCredential` holds `clientSecret`), the certificate thumbprint and
  // ms-rest's secret login.
  mentions: ['clientSecret', 'OnBehalfOfCredential', 'thumbprint', 'loginWithServicePrincipalSecret'],
  create(context) {
    const { sourceCode } = context;
    if (isTestOrToolingFile(context.filename, context.cwd)) {
      return {};
    }

    /**
     * Whether a callee named `name` is `@azure/identity`'s (or an unresolved global of that name), not a local or other
     * module's.
     */
    const isIdentityExport = (callee: TSESTree.Node, name: string): boolean =>
      isPackageCallee(callee, name, AZURE_IDENTITY, sourceCode);

    function isImportedFromIdentity(node: TSESTree.Identifier): boolean {
      const def = findVariable(node, sourceCode)?.defs[0];
      if (def?.type !== IMPORT_BINDING && def?.type !== VARIABLE) {
        return false;
      }
      const ref = resolveModuleRef(node, sourceCode);
      return ref !== undefined && matchesSource(ref.source, AZURE_IDENTITY);
    }

    function isRealSecret(value: TSESTree.Node): boolean {
      const text = getStaticString(value, sourceCode);
      return text === undefined || text.trim().length > 0;
    }

    return {
      NewExpression(node: TSESTree.NewExpression): void {
        const callee = skipWrappers(node.callee);
        // Cheap name test first; identifiers with other names are resolved only when imported from @azure/identity
        // (renamed).
        const written = getWrittenName(callee, sourceCode);
        if (written === undefined) {
          return;
        }
        if (
          !CREDENTIALS.has(written) &&
          (callee.type !== AST_NODE_TYPES.Identifier || !isImportedFromIdentity(callee))
        ) {
          return;
        }
        if (isIdentityExport(callee, 'ClientSecretCredential')) {
          context.report({ node: callee, messageId: 'clientSecretCredential' });
        } else if (isIdentityExport(callee, 'OnBehalfOfCredential') && node.arguments[0]) {
          const secret = findProperty(node.arguments[0], 'clientSecret', sourceCode);
          if (secret) {
            context.report({ node: secret, messageId: 'oboClientSecret' });
          }
        }
      },
      /** MSAL configuration shape `{ auth: { clientSecret } }`, with or without the constructor in sight. */
      Property(node: TSESTree.Property): void {
        const object = node.parent;
        if (object.type !== AST_NODE_TYPES.ObjectExpression || object.parent.type !== AST_NODE_TYPES.Property) {
          return;
        }
        const key = getPropertyKey(node, sourceCode);
        if (key !== 'clientSecret' && key !== 'clientCertificate') {
          return;
        }
        const auth = object.parent;
        if (auth.parent.type !== AST_NODE_TYPES.ObjectExpression || getPropertyKey(auth, sourceCode) !== 'auth') {
          return;
        }
        if (key === 'clientSecret' && isRealSecret(node.value)) {
          context.report({ node, messageId: 'msalClientSecret' });
        } else if (key === 'clientCertificate') {
          const thumbprint = findProperty(node.value, 'thumbprint', sourceCode);
          if (thumbprint && !findProperty(node.value, 'thumbprintSha256', sourceCode)) {
            context.report({ node: thumbprint, messageId: 'sha1Thumbprint' });
          }
        }
      },
      CallExpression(node: TSESTree.CallExpression): void {
        const written =
          node.callee.type === AST_NODE_TYPES.Identifier
            ? node.callee
            : node.callee.type === AST_NODE_TYPES.MemberExpression
              ? node.callee.property
              : undefined;
        if (
          (written?.type !== AST_NODE_TYPES.Identifier && written?.type !== AST_NODE_TYPES.PrivateIdentifier) ||
          !written.name.startsWith(SERVICE_PRINCIPAL_SECRET_LOGIN)
        ) {
          return;
        }
        const named = getCalleeName(node.callee, sourceCode);
        const callee = skipWrappers(node.callee);
        if (named && !(callee.type === AST_NODE_TYPES.Identifier && isLocalDefinition(callee, sourceCode))) {
          context.report({ node: named.node, messageId: 'servicePrincipalSecret', data: { name: named.name } });
        }
      },
    };
  },
});
