import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../util/ast';

import { getStaticString } from '../util/evaluate';
import { getRequireSource, matchesSource } from '../util/modules';
import { createRule } from '../util/rule';

type Options = [];
type MessageIds = 'legacyLibrary';

/** Retired identity libraries, and what replaces each (shown in the message). */
const LEGACY: readonly [name: string, target: string][] = [
  ['msal', '`@azure/msal-browser` (authorization code flow with PKCE)'],
  ['adal-angular', '`@azure/msal-browser` with `@azure/msal-angular`'],
  ['adal-angular4', '`@azure/msal-browser` with `@azure/msal-angular`'],
  ['adal-angular5', '`@azure/msal-browser` with `@azure/msal-angular`'],
  ['react-adal', '`@azure/msal-browser` with `@azure/msal-react`'],
  ['react-aad-msal', '`@azure/msal-browser` with `@azure/msal-react`'],
  ['adal-node', '`@azure/msal-node` or `@azure/identity`'],
  ['@azure/ms-rest-nodeauth', '`@azure/identity`'],
  ['@azure/ms-rest-browserauth', '`@azure/identity`'],
  ['ms-rest-azure', '`@azure/identity`'],
  [
    'passport-azure-ad',
    '`@azure/msal-node` for sign-in, or `jose` `jwtVerify` with `createRemoteJWKSet` for bearer tokens',
  ],
];

export default createRule<Options, MessageIds>({
  name: 'no-legacy-auth-library',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow retired identity libraries (ADAL, MSAL.js 1.x, passport-azure-ad, ms-rest-nodeauth)',
      recommended: 'recommended',
      principle: 'assume-breach',
      severity: 'warn',
    },
    messages: {
      legacyLibrary: '`{{name}}` is retired and no longer gets security fixes; move to {{target}}.',
    },
    schema: [],
  },
  defaultOptions: [],
  // Every retired package's specifier contains one of these; MSAL.js 1.x (`msal`, `msal/…`) only at the start of
  // a string, which keeps out the files that import the current `@azure/msal-*` packages.
  mentions: ["'msal", '"msal', '`msal', 'aad-msal', 'adal', 'ms-rest', 'passport-azure-ad'],
  create(context) {
    const { sourceCode } = context;

    function check(source: TSESTree.Node, specifier: string | undefined): void {
      if (specifier === undefined) {
        return;
      }
      for (const [name, target] of LEGACY) {
        if (matchesSource(specifier, name)) {
          context.report({ node: source, messageId: 'legacyLibrary', data: { name, target } });
          return;
        }
      }
    }

    return {
      ImportDeclaration(node: TSESTree.ImportDeclaration): void {
        const typeOnly =
          node.importKind === 'type' ||
          (node.specifiers.length > 0 &&
            node.specifiers.every(s => s.type === AST_NODE_TYPES.ImportSpecifier && s.importKind === 'type'));
        if (!typeOnly) {
          check(node.source, node.source.value);
        }
      },
      ExportNamedDeclaration(node: TSESTree.ExportNamedDeclaration): void {
        if (node.source && node.exportKind !== 'type') {
          check(node.source, node.source.value);
        }
      },
      ExportAllDeclaration(node: TSESTree.ExportAllDeclaration): void {
        if (node.exportKind !== 'type') {
          check(node.source, node.source.value);
        }
      },
      TSImportEqualsDeclaration(node: TSESTree.TSImportEqualsDeclaration): void {
        const reference = node.moduleReference;
        if (node.importKind !== 'type' && reference.type === AST_NODE_TYPES.TSExternalModuleReference) {
          check(reference.expression, getStaticString(reference.expression, sourceCode));
        }
      },
      CallExpression(node: TSESTree.CallExpression): void {
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'require') {
          return;
        }
        const [arg] = node.arguments;
        if (arg) {
          check(arg, getRequireSource(node, sourceCode));
        }
      },
      ImportExpression(node: TSESTree.ImportExpression): void {
        check(node.source, getStaticString(node.source, sourceCode));
      },
    };
  },
});
