import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, getWrittenName, skipWrappers } from '../util/ast';

import {
  findProperty,
  findVariable,
  getMemberKey,
  getPropertyKey,
  getStaticString,
  resolveConstInit,
} from '../util/evaluate';
import { getExpressionTokenKind } from '../util/http';
import {
  getInstalledVersion,
  getLintedFileDirectory,
  getMajorVersion,
  getRequireSource,
  MSAL_BROWSER,
  resolveModuleRef,
} from '../util/modules';
import { createRule } from '../util/rule';
import { getTokenKind, splitIdentifierWords } from '../util/vocabulary';
import type { TokenKind } from '../util/vocabulary';

type Options = [{ checkSessionStorage?: boolean; ignoreEncryptedMsalCache?: boolean }];
type MessageIds =
  | 'localStorageCache'
  | 'encryptedLocalStorageCache'
  | 'temporaryCacheInLocalStorage'
  | 'tokenInStorage'
  | 'refreshTokenInStorage'
  | 'useSessionStorage'
  | 'useMemoryCache';

/** The shared setting that pins the msal-browser version instead of probing node_modules (monorepos, tests). */
const VERSION_SETTING = 'msalBrowserVersion';

const TOKEN_WORDS: Record<TokenKind, string> = {
  access: 'An access token',
  id: 'An ID token',
  refresh: 'A refresh token',
  generic: 'A token',
};

export default createRule<Options, MessageIds>({
  name: 'no-token-in-web-storage',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow keeping OAuth tokens in `localStorage` where any script on the page can read them',
      recommended: 'recommended',
      principle: 'assume-breach',
      severity: 'warn',
    },
    hasSuggestions: true,
    messages: {
      localStorageCache:
        'This token cache lives in `localStorage`, where any script on the page (XSS) can read the tokens and they ' +
        'outlive the browser session.',
      encryptedLocalStorageCache:
        'MSAL encrypts this `localStorage` cache, but any script on the page (XSS) can still use the tokens while ' +
        'the session lasts; `sessionStorage` or `memoryStorage` keep less.',
      temporaryCacheInLocalStorage:
        'The temporary cache in `localStorage` keeps sign-in request state (PKCE verifier, nonce) where any script ' +
        'on the page can read it and after the sign-in ends.',
      tokenInStorage: '{{what}} stored in `{{storage}}` can be read by any script that runs on the page (XSS).',
      refreshTokenInStorage:
        'A refresh token stored in `{{storage}}` lets any script on the page (XSS) mint new access tokens long after ' +
        'the page is closed.',
      useSessionStorage: 'Keep the cache in `sessionStorage` instead.',
      useMemoryCache: 'Keep the cache in memory instead.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkSessionStorage: {
            type: 'boolean',
            description:
              'Whether tokens written to `sessionStorage` are reported too (it is cleared with the tab, but script ' +
              'on the page reads it all the same).',
          },
          ignoreEncryptedMsalCache: {
            type: 'boolean',
            description:
              'Whether to accept `cacheLocation: "localStorage"` when the installed @azure/msal-browser (4 or later) ' +
              'encrypts that cache.',
          },
        },
      },
    ],
  },
  defaultOptions: [{ checkSessionStorage: false, ignoreEncryptedMsalCache: false }],
  // Every report names the browser storage: `localStorage` (MSAL's `'localStorage'`,
  // `BrowserCacheLocation.LocalStorage`, Auth0's `'localstorage'`, oidc-client's `store: localStorage`, writes) or,
  // with `checkSessionStorage`, `sessionStorage`.
  mentions: ['localStorage', 'sessionStorage'],
  create(context, [{ checkSessionStorage, ignoreEncryptedMsalCache }]) {
    const sourceCode = context.sourceCode;
    let msalMajor: number | undefined | null = null;
    let importsMsalV1: boolean | undefined;

    /**
     * The msal-browser major version for this file: the `zero-trust.msalBrowserVersion` setting, else what is
     * installed.
     */
    function getMsalBrowserMajor(): number | undefined {
      if (msalMajor === null) {
        const shared = (context.settings as Record<string, unknown> | undefined)?.['zero-trust'] as
          Record<string, unknown> | undefined;
        const pinned = shared?.[VERSION_SETTING];
        msalMajor =
          typeof pinned === 'string'
            ? getMajorVersion(pinned)
            : getMajorVersion(getInstalledVersion(MSAL_BROWSER, getLintedFileDirectory(context.filename, context.cwd)));
      }
      return msalMajor;
    }

    /** Whether the file loads MSAL.js 1.x (`msal`), whose cache is never encrypted. Top-level statements only. */
    function usesMsalV1(): boolean {
      if (importsMsalV1 === undefined) {
        importsMsalV1 = sourceCode.ast.body.some(statement => {
          if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
            return statement.source.value === 'msal';
          }
          if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
            return statement.declarations.some(d => {
              const init = d.init && skipWrappers(d.init);
              return init?.type === AST_NODE_TYPES.CallExpression && getRequireSource(init, sourceCode) === 'msal';
            });
          }
          return false;
        });
      }
      return importsMsalV1;
    }

    /** `'localStorage'` (MSAL), `'localstorage'` (Auth0 SPA SDK) or `BrowserCacheLocation.LocalStorage`. */
    function cacheLibrary(value: TSESTree.Node): 'msal' | 'auth0' | undefined {
      const current = skipWrappers(value);
      if (current.type === AST_NODE_TYPES.MemberExpression && getMemberKey(current, sourceCode) === 'LocalStorage') {
        const object = skipWrappers(current.object);
        const named = getWrittenName(object, sourceCode);
        const ref = resolveModuleRef(object, sourceCode);
        return named === 'BrowserCacheLocation' || ref?.path.at(-1) === 'BrowserCacheLocation' ? 'msal' : undefined;
      }
      const text = getStaticString(current, sourceCode);
      return text === 'localStorage' ? 'msal' : text === 'localstorage' ? 'auth0' : undefined;
    }

    function replaceValue(
      value: TSESTree.Node,
      literalText: string,
      memberName: string | undefined,
    ): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
      const current = skipWrappers(value);
      if (current.type === AST_NODE_TYPES.Literal && typeof current.value === 'string') {
        const quote = current.raw.startsWith('"') ? '"' : "'";
        return fixer => fixer.replaceText(current, `${quote}${literalText}${quote}`);
      }
      if (current.type === AST_NODE_TYPES.TemplateLiteral && current.expressions.length === 0) {
        return fixer => fixer.replaceText(current, `\`${literalText}\``);
      }
      if (memberName && current.type === AST_NODE_TYPES.MemberExpression && !current.computed) {
        return fixer => fixer.replaceText(current.property, memberName);
      }
      return undefined;
    }

    function checkCacheLocation(node: TSESTree.Property, temporary: boolean): void {
      const library = cacheLibrary(node.value);
      if (!library) {
        return;
      }
      const suggest: TSESLint.ReportSuggestionArray<MessageIds> = [];
      if (library === 'auth0') {
        const fix = replaceValue(node.value, 'memory', undefined);
        if (fix) {
          suggest.push({ messageId: 'useMemoryCache', fix });
        }
        context.report({ node, messageId: 'localStorageCache', suggest });
        return;
      }
      const major = usesMsalV1() ? 1 : getMsalBrowserMajor();
      const encrypted = major !== undefined && major >= 4;
      if (temporary) {
        // Removed in msal-browser 4; before that it held the sign-in request state.
        if (!encrypted) {
          const fix = replaceValue(node.value, 'sessionStorage', 'SessionStorage');
          context.report({
            node,
            messageId: 'temporaryCacheInLocalStorage',
            suggest: fix ? [{ messageId: 'useSessionStorage', fix }] : [],
          });
        }
        return;
      }
      if (encrypted && ignoreEncryptedMsalCache) {
        return;
      }
      const session = replaceValue(node.value, 'sessionStorage', 'SessionStorage');
      if (session) {
        suggest.push({ messageId: 'useSessionStorage', fix: session });
      }
      if (major !== 1) {
        const memory = replaceValue(node.value, 'memoryStorage', 'MemoryStorage');
        if (memory) {
          suggest.push({ messageId: 'useMemoryCache', fix: memory });
        }
      }
      context.report({ node, messageId: encrypted ? 'encryptedLocalStorageCache' : 'localStorageCache', suggest });
    }

    /**
     * oidc-client-ts / oidc-client `userStore: new WebStorageStateStore({ store: localStorage })`: the signed-in
     * user, tokens included, in localStorage (its `stateStore`, request state only, defaults to localStorage).
     */
    function checkUserStore(node: TSESTree.Property): void {
      const value = skipWrappers(node.value);
      if (value.type !== AST_NODE_TYPES.NewExpression) {
        return;
      }
      const callee = skipWrappers(value.callee);
      const name = getWrittenName(callee, sourceCode);
      const [options] = value.arguments;
      if (name !== 'WebStorageStateStore' || !options || options.type === AST_NODE_TYPES.SpreadElement) {
        return;
      }
      const store = findProperty(options, 'store', sourceCode);
      if (store && storageName(store.value) === 'localStorage') {
        context.report({ node: store, messageId: 'localStorageCache', suggest: [] });
      }
    }

    /**
     * `localStorage`, `window.localStorage`, `globalThis.sessionStorage`…: the storage name, when it is the browser's.
     */
    function storageName(node: TSESTree.Node, followAlias = false): string | undefined {
      const current = skipWrappers(node);
      let name: string | undefined;
      if (current.type === AST_NODE_TYPES.Identifier) {
        if (current.name !== 'localStorage' && current.name !== 'sessionStorage') {
          // `const storage = window.localStorage; storage.setItem(…)`
          const init = followAlias ? resolveConstInit(current, sourceCode) : undefined;
          return init && init.type !== AST_NODE_TYPES.Identifier
            ? storageName(init)
            : init && init.name !== current.name
              ? storageName(init)
              : undefined;
        }
        const variable = findVariable(current, sourceCode);
        if (variable && variable.defs.length > 0) {
          return undefined; // a local binding that happens to share the name
        }
        name = current.name;
      } else if (current.type === AST_NODE_TYPES.MemberExpression) {
        const object = skipWrappers(current.object);
        if (object.type !== AST_NODE_TYPES.Identifier || !['window', 'globalThis', 'self'].includes(object.name)) {
          return undefined;
        }
        name = getMemberKey(current, sourceCode);
      }
      if (name === 'localStorage' || (checkSessionStorage && name === 'sessionStorage')) {
        return name;
      }
      return undefined;
    }

    /** The kind of token a storage key names: `access_token`, `id-token`, `token`, `authTokens`. */
    function keyKind(key: TSESTree.Node): TokenKind | undefined {
      const text = getStaticString(key, sourceCode);
      if (text === undefined || text.length > 64) {
        return undefined;
      }
      const kind = getTokenKind(text);
      if (kind) {
        return kind;
      }
      const words = splitIdentifierWords(text);
      return words[words.length - 1] === 'tokens' ? getTokenKind(text.replace(/s$/i, '')) : undefined;
    }

    /** The kind of token a stored value holds: `result.accessToken`, `refreshToken`, `JSON.stringify(data.token)`. */
    function valueKind(value: TSESTree.Node): TokenKind | undefined {
      let current = skipWrappers(value);
      if (
        current.type === AST_NODE_TYPES.CallExpression &&
        current.arguments.length >= 1 &&
        current.callee.type === AST_NODE_TYPES.MemberExpression &&
        current.callee.object.type === AST_NODE_TYPES.Identifier &&
        current.callee.object.name === 'JSON' &&
        getMemberKey(current.callee, sourceCode) === 'stringify'
      ) {
        current = skipWrappers(current.arguments[0]!);
      }
      return getExpressionTokenKind(current, sourceCode)?.kind;
    }

    function reportWrite(
      node: TSESTree.Node,
      storage: string,
      key: TSESTree.Node | undefined,
      value: TSESTree.Node,
    ): void {
      const kinds = [key && keyKind(key), valueKind(value)].filter((k): k is TokenKind => k !== undefined);
      if (kinds.length === 0) {
        return;
      }
      const kind = kinds.includes('refresh') ? 'refresh' : (kinds.find(k => k !== 'generic') ?? 'generic');
      context.report({
        node,
        messageId: kind === 'refresh' ? 'refreshTokenInStorage' : 'tokenInStorage',
        data: { what: TOKEN_WORDS[kind], storage },
        suggest: [],
      });
    }

    return {
      Property(node: TSESTree.Property): void {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) {
          return;
        }
        const key = getPropertyKey(node, sourceCode);
        if (key === 'cacheLocation' || key === 'temporaryCacheLocation') {
          checkCacheLocation(node, key === 'temporaryCacheLocation');
        } else if (key === 'userStore') {
          checkUserStore(node);
        }
      },
      CallExpression(call: TSESTree.CallExpression): void {
        const callee = call.callee;
        if (
          callee.type !== AST_NODE_TYPES.MemberExpression ||
          (callee.computed
            ? getMemberKey(callee, sourceCode) !== 'setItem'
            : callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== 'setItem')
        ) {
          return;
        }
        const [key, value] = call.arguments;
        if (
          call.arguments.length !== 2 ||
          !key ||
          !value ||
          key.type === AST_NODE_TYPES.SpreadElement ||
          value.type === AST_NODE_TYPES.SpreadElement
        ) {
          return;
        }
        const storage = storageName(callee.object, true);
        if (storage) {
          reportWrite(call, storage, key, value);
        }
      },
      AssignmentExpression(assignment: TSESTree.AssignmentExpression): void {
        const left = assignment.left;
        if (assignment.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression) {
          return;
        }
        const storage = storageName(left.object);
        if (!storage) {
          return;
        }
        const key = left.computed ? left.property : undefined;
        const named =
          !left.computed && left.property.type === AST_NODE_TYPES.Identifier
            ? getTokenKind(left.property.name)
            : undefined;
        if (named) {
          context.report({
            node: assignment,
            messageId: named === 'refresh' ? 'refreshTokenInStorage' : 'tokenInStorage',
            data: { what: TOKEN_WORDS[named], storage },
            suggest: [],
          });
          return;
        }
        reportWrite(assignment, storage, key, assignment.right);
      },
    };
  },
});
