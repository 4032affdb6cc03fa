import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, getWrittenName, skipWrappers } from '../util/ast';

import { findProperty, getStaticStringArray } from '../util/evaluate';
import { replaceImportedClass } from '../util/fixes';
import { AZURE_IDENTITY, isPackageCallee, resolveModuleRef } from '../util/modules';
import { createRule } from '../util/rule';
import { isTestOrToolingFile } from '../util/vocabulary';

type Options = [];
type MessageIds = 'defaultCredential' | 'useManagedIdentity';

/** A condition that tells environments apart: then one branch is for development and the other for production. */
const ENVIRONMENT_TEST =
  /NODE_ENV|\bproduction\b|\bprod\b|\bdevelopment\b|\bdev\b|isDev|isProd|isLocal|\blocal\b|isDevelopment|isProduction|AZURE_FUNCTIONS_ENVIRONMENT|WEBSITE_SITE_NAME|IDENTITY_ENDPOINT/i;
const MAX_ANCESTORS = 30;

export default createRule<Options, MessageIds>({
  name: 'no-default-azure-credential-in-production',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Disallow `DefaultAzureCredential` in production code, where a deterministic credential should be used',
      recommended: 'strict',
      principle: 'verify-explicitly',
      severity: 'warn',
    },
    hasSuggestions: true,
    messages: {
      defaultCredential:
        '`DefaultAzureCredential` tries a chain of credentials and silently uses the first that works (environment, ' +
        'managed identity, Azure CLI, VS Code…), so a developer login on a server can change whose privileges the ' +
        'app runs with; use `ManagedIdentityCredential` (or another specific credential) in production.',
      useManagedIdentity: 'Use `ManagedIdentityCredential` (system-assigned).',
    },
    schema: [],
  },
  defaultOptions: [],
  // Reports only `new` of a callee named, or imported as, DefaultAzureCredential.
  mentions: ['DefaultAzureCredential'],
  create(context) {
    const { sourceCode } = context;
    if (isTestOrToolingFile(context.filename, context.cwd)) {
      return {};
    }

    const isDefaultCredential = (callee: TSESTree.Node, name: string): boolean =>
      isPackageCallee(callee, name, AZURE_IDENTITY, sourceCode);

    /** Inside `cond ? … : …`, `if (cond)` or `cond && …` where `cond` tells environments apart. */
    function isEnvironmentSwitched(node: TSESTree.Node): boolean {
      let child: TSESTree.Node = node;
      let current = node.parent;
      for (let i = 0; current && i < MAX_ANCESTORS; i++, child = current, current = current.parent) {
        if (
          (current.type === AST_NODE_TYPES.ConditionalExpression &&
            child !== current.test &&
            ENVIRONMENT_TEST.test(sourceCode.getText(current.test))) ||
          (current.type === AST_NODE_TYPES.IfStatement &&
            child !== current.test &&
            ENVIRONMENT_TEST.test(sourceCode.getText(current.test))) ||
          (current.type === AST_NODE_TYPES.LogicalExpression &&
            child === current.right &&
            ENVIRONMENT_TEST.test(sourceCode.getText(current.left)))
        ) {
          return true;
        }
        if (current.type === AST_NODE_TYPES.Program) {
          return false;
        }
      }
      return false;
    }

    /** `requiredEnvVars: ['AZURE_TOKEN_CREDENTIALS']`: the deployment chooses the credential explicitly. */
    function requiresTokenCredentialsEnv(options: TSESTree.Node | undefined): boolean {
      if (!options || options.type === AST_NODE_TYPES.SpreadElement) {
        return false;
      }
      const required = findProperty(options, 'requiredEnvVars', sourceCode);
      return (
        required !== undefined &&
        (getStaticStringArray(required.value, sourceCode) ?? []).some(e => e.value === 'AZURE_TOKEN_CREDENTIALS')
      );
    }

    function report(node: TSESTree.NewExpression | TSESTree.CallExpression, callee: TSESTree.Node): void {
      if (requiresTokenCredentialsEnv(node.arguments[0]) || isEnvironmentSwitched(node)) {
        return;
      }
      const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [];
      if (node.type === AST_NODE_TYPES.NewExpression && node.arguments.length === 0) {
        const fix = replaceImportedClass(callee, AZURE_IDENTITY, 'ManagedIdentityCredential', sourceCode);
        if (fix) {
          suggest.push({ messageId: 'useManagedIdentity', fix });
        }
      }
      context.report({ node: callee, messageId: 'defaultCredential', suggest });
    }

    return {
      NewExpression(node: TSESTree.NewExpression): void {
        const callee = skipWrappers(node.callee);
        const written = getWrittenName(callee, sourceCode);
        if (written === undefined) {
          return;
        }
        // Renamed imports are resolved; other names are not worth resolving.
        if (
          written !== 'DefaultAzureCredential' &&
          !(
            callee.type === AST_NODE_TYPES.Identifier &&
            resolveModuleRef(callee, sourceCode)?.path[0] === 'DefaultAzureCredential'
          )
        ) {
          return;
        }
        if (isDefaultCredential(callee, 'DefaultAzureCredential')) {
          report(node, callee);
        }
      },
    };
  },
});
