import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, getWrittenName, skipWrappers } from '../util/ast';

import { getMemberKey, getPropertyKey, resolveConstInit, resolveExpression } from '../util/evaluate';
import { isModuleRef, MSAL_NODE_EXTENSIONS, resolveModuleRef } from '../util/modules';
import { createRule } from '../util/rule';

type Options = [];
type MessageIds =
  | 'unsafeUnencryptedStorage'
  | 'plaintextFileOnLinux'
  | 'filePersistence'
  | 'serializedCacheToFile'
  | 'removeUnsafeOption';

const FS = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'fs-extra', 'graceful-fs'];
const WRITE_METHODS = new Set([
  'writeFile',
  'writeFileSync',
  'appendFile',
  'appendFileSync',
  'outputFile',
  'outputFileSync',
]);
/** Options that let a persisted token cache be written in plain text. */
const UNSAFE_OPTIONS = new Map<string, MessageIds>([
  ['unsafeAllowUnencryptedStorage', 'unsafeUnencryptedStorage'], // @azure/identity tokenCachePersistenceOptions
  ['usePlaintextFileOnLinux', 'plaintextFileOnLinux'], // @azure/msal-node-extensions IPersistenceConfiguration
]);

export default createRule<Options, MessageIds>({
  name: 'no-unencrypted-token-cache',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow persisting the MSAL or Azure Identity token cache to disk unencrypted',
      recommended: 'recommended',
      principle: 'assume-breach',
    },
    hasSuggestions: true,
    messages: {
      unsafeUnencryptedStorage:
        '`unsafeAllowUnencryptedStorage: true` lets the token cache fall back to a plain-text file that any process ' +
        'running as the user can read.',
      plaintextFileOnLinux:
        '`usePlaintextFileOnLinux: true` writes the token cache to a plain-text file on Linux that any process ' +
        'running as the user can read.',
      filePersistence:
        '`FilePersistence` writes the token cache (refresh tokens included) to disk unencrypted; use ' +
        '`PersistenceCreator.createPersistence` (DPAPI, Keychain, libsecret).',
      serializedCacheToFile: 'This writes the serialized token cache (refresh tokens included) to a file unencrypted.',
      removeUnsafeOption: 'Remove `{{name}}`, so that the cache is only ever stored encrypted.',
    },
    schema: [],
  },
  defaultOptions: [],
  // The two unsafe options, msal-node-extensions' `FilePersistence`, and the token cache a serialized write needs.
  mentions: ['unsafeAllowUnencryptedStorage', 'PlaintextFileOnLinux', 'FilePersistence', 'tokenCache'],
  create(context) {
    const sourceCode = context.sourceCode;

    /** Edits that delete a property and the comma that separates it from its neighbour. */
    function removeProperty(property: TSESTree.Property): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
      return fixer => {
        const after = sourceCode.getTokenAfter(property);
        if (after && after.value === ',') {
          const next = sourceCode.getTokenAfter(after, { includeComments: true });
          return fixer.removeRange([property.range[0], next && next.value !== '}' ? next.range[0] : after.range[1]]);
        }
        const before = sourceCode.getTokenBefore(property);
        return before && before.value === ','
          ? fixer.removeRange([before.range[0], property.range[1]])
          : fixer.remove(property);
      };
    }

    /** `x.tokenCache.serialize()`, `pca.getTokenCache().serialize()`, or a same-file constant holding one. */
    function isSerializedCache(node: TSESTree.Node): boolean {
      let current = skipWrappers(node);
      if (current.type === AST_NODE_TYPES.Identifier) {
        const init = resolveConstInit(current, sourceCode);
        current = init ? skipWrappers(init) : current;
      }
      if (current.type === AST_NODE_TYPES.AwaitExpression) {
        current = skipWrappers(current.argument);
      }
      if (current.type !== AST_NODE_TYPES.CallExpression) {
        return false;
      }
      const callee = skipWrappers(current.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || getMemberKey(callee, sourceCode) !== 'serialize') {
        return false;
      }
      const cache = skipWrappers(callee.object);
      if (cache.type === AST_NODE_TYPES.MemberExpression) {
        return getMemberKey(cache, sourceCode) === 'tokenCache';
      }
      if (cache.type === AST_NODE_TYPES.Identifier) {
        return cache.name === 'tokenCache';
      }
      if (cache.type === AST_NODE_TYPES.CallExpression) {
        const inner = skipWrappers(cache.callee);
        return inner.type === AST_NODE_TYPES.MemberExpression && getMemberKey(inner, sourceCode) === 'getTokenCache';
      }
      return false;
    }

    function isFsWrite(callee: TSESTree.Node): boolean {
      const ref = resolveModuleRef(callee, sourceCode);
      if (!ref || !FS.includes(ref.source)) {
        return false;
      }
      const path = ref.path[0] === 'promises' ? ref.path.slice(1) : ref.path;
      return path.length === 1 && WRITE_METHODS.has(path[0]!);
    }

    return {
      Property(node: TSESTree.Property): void {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) {
          return;
        }
        const key = getPropertyKey(node, sourceCode);
        const messageId = key === undefined ? undefined : UNSAFE_OPTIONS.get(key);
        if (!messageId || key === undefined) {
          return;
        }
        const value = resolveExpression(node.value, sourceCode);
        if (value.type !== AST_NODE_TYPES.Literal || value.value !== true) {
          return;
        }
        context.report({
          node,
          messageId,
          suggest: [{ messageId: 'removeUnsafeOption', data: { name: key }, fix: removeProperty(node) }],
        });
      },
      NewExpression(node: TSESTree.NewExpression): void {
        const callee = skipWrappers(node.callee);
        const name = getWrittenName(callee, sourceCode);
        if (
          name === 'FilePersistence' &&
          isModuleRef(resolveModuleRef(callee, sourceCode), MSAL_NODE_EXTENSIONS, ['FilePersistence'])
        ) {
          context.report({ node, messageId: 'filePersistence', suggest: [] });
        }
      },
      CallExpression(node: TSESTree.CallExpression): void {
        const callee = skipWrappers(node.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression && getMemberKey(callee, sourceCode) === 'create') {
          if (isModuleRef(resolveModuleRef(callee, sourceCode), MSAL_NODE_EXTENSIONS, ['FilePersistence', 'create'])) {
            context.report({ node, messageId: 'filePersistence', suggest: [] });
          }
          return;
        }
        const data = node.arguments[1];
        if (!data || data.type === AST_NODE_TYPES.SpreadElement) {
          return;
        }
        // Cheap first: node's write methods by name, or a renamed import given `….serialize()` directly.
        const named = getWrittenName(callee, sourceCode);
        if (named === undefined) {
          return;
        }
        if (
          !WRITE_METHODS.has(named) &&
          skipWrappers(data).type !== AST_NODE_TYPES.CallExpression &&
          skipWrappers(data).type !== AST_NODE_TYPES.AwaitExpression
        ) {
          return;
        }
        if (callee.type === AST_NODE_TYPES.MemberExpression && !WRITE_METHODS.has(named)) {
          return;
        }
        if (!isSerializedCache(data)) {
          return;
        }
        if (isFsWrite(callee)) {
          context.report({ node: data, messageId: 'serializedCacheToFile', suggest: [] });
        }
      },
    };
  },
});
