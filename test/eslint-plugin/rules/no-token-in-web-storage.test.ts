import rule from '../../../eslint-plugin/src/rules/no-token-in-web-storage';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

/** Pins the msal-browser version the rule sees, instead of what node_modules holds. */
const msalBrowser = (version: string) => ({ 'zero-trust': { msalBrowserVersion: version } });
const V3 = msalBrowser('3.26.1');
const V5 = msalBrowser('5.30.0');

ruleTester.run('no-token-in-web-storage', rule, {
  valid: [
    // Hard negatives.
    {
      code:
        "const pca = new PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: 'sessionStorage' } " +
        '});',
      settings: V3,
    },
    {
      code:
        'const pca = new PublicClientApplication({ cache: ' +
        '{ cacheLocation: BrowserCacheLocation.MemoryStorage } });',
      settings: V3,
    },
    { code: "const pca = new PublicClientApplication({ cache: { cacheLocation: 'memoryStorage' } });", settings: V3 },
    "localStorage.setItem('tokenExpiresAt', String(result.expiresOn));",
    "localStorage.setItem('loginHint', account.username);",
    "await SecureStore.setItemAsync('refresh_token', tokens.refreshToken);",
    "await Keychain.setGenericPassword('user', accessToken);",
    // Reading is not storing; non-token keys and values.
    "const t = localStorage.getItem('access_token');",
    "localStorage.setItem('theme', 'dark');",
    "localStorage.setItem('csrfToken', csrf);",
    "localStorage.setItem('nextPageToken', page.next);",
    'localStorage.setItem(key, value);',
    // sessionStorage only when asked for.
    "sessionStorage.setItem('access_token', result.accessToken);",
    // A local object that shares the name is not the browser's storage.
    "const localStorage = new Map(); localStorage.setItem('token', t);",
    'function save(localStorage) { localStorage.setItem("token", t); }',
    "const storage = new Map();\nstorage.setItem('access_token', token);",
    // A `cacheLocation` destructured, compared or typed is not a config.
    "const { cacheLocation = 'localStorage' } = options;",
    "if (config.cacheLocation === 'localStorage') { warn(); }",
    "type Cache = { cacheLocation: 'localStorage' | 'sessionStorage' };",
    // msal-browser 4 and later encrypt the cache: accepted when asked.
    {
      code: "const pca = new PublicClientApplication({ cache: { cacheLocation: 'localStorage' } });",
      options: [{ ignoreEncryptedMsalCache: true }],
      settings: V5,
    },
    // temporaryCacheLocation is gone from msal-browser 4.
    { code: "const config = { cache: { temporaryCacheLocation: 'localStorage' } };", settings: V5 },
    // oidc-client-ts keeps request state in localStorage by default; the user (tokens) is what matters.
    'const mgr = new UserManager({ authority, client_id, stateStore: new WebStorageStateStore({ store: ' +
      'window.localStorage }) });',
    'const mgr = new UserManager({ userStore: new WebStorageStateStore({ store: window.sessionStorage }) });',
    { code: "localStorage.setItem('theme', 'dark');", languageOptions: javascript },
  ],
  invalid: [
    {
      code: dedent`
        import { PublicClientApplication } from '@azure/msal-browser';
        const pca = new PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: 'localStorage' } });
      `,
      settings: V3,
      errors: [
        {
          messageId: 'localStorageCache',
          line: 2,
          column: 72,
          endLine: 2,
          endColumn: 101,
          suggestions: [
            {
              messageId: 'useSessionStorage',
              output: dedent`
                import { PublicClientApplication } from '@azure/msal-browser';
                const pca = new PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: 'sessionStorage' } });
              `,
            },
            {
              messageId: 'useMemoryCache',
              output: dedent`
                import { PublicClientApplication } from '@azure/msal-browser';
                const pca = new PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: 'memoryStorage' } });
              `,
            },
          ],
        },
      ],
    },
    {
      // msal-browser 5 encrypts the entries; still readable by script while the session lasts.
      code: 'const msalConfig = { auth: { clientId }, cache: { cacheLocation: "localStorage" } };',
      settings: V5,
      errors: [
        {
          messageId: 'encryptedLocalStorageCache',
          line: 1,
          column: 51,
          endLine: 1,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'useSessionStorage',
              output: 'const msalConfig = { auth: { clientId }, cache: { cacheLocation: "sessionStorage" } };',
            },
            {
              messageId: 'useMemoryCache',
              output: 'const msalConfig = { auth: { clientId }, cache: { cacheLocation: "memoryStorage" } };',
            },
          ],
        },
      ],
    },
    {
      // CommonJS namespace, the enum member, a same-file constant object.
      code: dedent`
        const msal = require('@azure/msal-browser');
        const app = new msal.PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: msal.BrowserCacheLocation.LocalStorage } });
      `,
      languageOptions: commonjs,
      settings: msalBrowser('2.38.0'),
      errors: [
        {
          messageId: 'localStorageCache',
          line: 2,
          column: 77,
          endLine: 2,
          endColumn: 130,
          suggestions: [
            {
              messageId: 'useSessionStorage',
              output: dedent`
                const msal = require('@azure/msal-browser');
                const app = new msal.PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: msal.BrowserCacheLocation.SessionStorage } });
              `,
            },
            {
              messageId: 'useMemoryCache',
              output: dedent`
                const msal = require('@azure/msal-browser');
                const app = new msal.PublicClientApplication({ auth: { clientId }, cache: { cacheLocation: msal.BrowserCacheLocation.MemoryStorage } });
              `,
            },
          ],
        },
      ],
    },
    {
      // A constant folded into the value: reported, but the constant is not rewritten.
      code: "const WHERE = 'localStorage';\nexport const msalConfig = { cache: { cacheLocation: WHERE } };",
      settings: V3,
      errors: [{ messageId: 'localStorageCache', line: 2, column: 38, endLine: 2, endColumn: 58, suggestions: [] }],
    },
    {
      // MSAL.js 1.x never encrypts, whatever msal-browser is installed; it has no memory cache.
      code: dedent`
        import * as Msal from 'msal';
        const agent = new Msal.UserAgentApplication({ auth: { clientId }, cache: { cacheLocation: 'localStorage' } });
      `,
      settings: V5,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'localStorageCache',
          line: 2,
          column: 76,
          endLine: 2,
          endColumn: 105,
          suggestions: [
            {
              messageId: 'useSessionStorage',
              output: dedent`
                import * as Msal from 'msal';
                const agent = new Msal.UserAgentApplication({ auth: { clientId }, cache: { cacheLocation: 'sessionStorage' } });
              `,
            },
          ],
        },
      ],
    },
    {
      // Auth0 SPA SDK spells it in lower case; its alternative is 'memory'.
      code:
        "const auth0 = await createAuth0Client({ domain, clientId, cacheLocation: 'localstorage', " +
        'useRefreshTokens: true });',
      errors: [
        {
          messageId: 'localStorageCache',
          line: 1,
          column: 59,
          endLine: 1,
          endColumn: 88,
          suggestions: [
            {
              messageId: 'useMemoryCache',
              output:
                "const auth0 = await createAuth0Client({ domain, clientId, cacheLocation: 'memory', " +
                'useRefreshTokens: true });',
            },
          ],
        },
      ],
    },
    {
      code: "const config = { cache: { cacheLocation: 'sessionStorage', temporaryCacheLocation: 'localStorage' } };",
      settings: V3,
      errors: [
        {
          messageId: 'temporaryCacheInLocalStorage',
          line: 1,
          column: 60,
          endLine: 1,
          endColumn: 98,
          suggestions: [
            {
              messageId: 'useSessionStorage',
              output:
                "const config = { cache: { cacheLocation: 'sessionStorage', temporaryCacheLocation: 'sessionStorage' " +
                '} };',
            },
          ],
        },
      ],
    },
    {
      // oidc-client-ts: the signed-in user, tokens included, in localStorage.
      code: dedent`
        import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
        const mgr = new UserManager({ authority, client_id, redirect_uri, userStore: new WebStorageStateStore({ store: window.localStorage }) });
      `,
      errors: [{ messageId: 'localStorageCache', line: 2, column: 105, endLine: 2, endColumn: 131, suggestions: [] }],
    },
    {
      // Hand-rolled storage: refresh tokens get the stronger message.
      code: "localStorage.setItem('refresh_token', tokens.refresh_token);",
      errors: [
        {
          messageId: 'refreshTokenInStorage',
          data: { storage: 'localStorage' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 60,
          suggestions: [],
        },
      ],
    },
    {
      code: "window.localStorage.setItem('token', response.data.token);",
      languageOptions: javascript,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'A token', storage: 'localStorage' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 58,
          suggestions: [],
        },
      ],
    },
    {
      // A dynamic key: the value's name tells.
      code: 'localStorage.setItem(STORAGE_KEY, result.accessToken);',
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'An access token', storage: 'localStorage' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 54,
          suggestions: [],
        },
      ],
    },
    {
      // Key from a same-file constant, value serialised.
      code: "const KEY = 'authTokens';\nlocalStorage.setItem(KEY, JSON.stringify(data));",
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'A token', storage: 'localStorage' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
    {
      // Storage through a same-file alias.
      code: "const storage = window.localStorage;\nstorage.setItem('access_token', token);",
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'An access token', storage: 'localStorage' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      code: 'localStorage.idToken = result.idToken;',
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'An ID token', storage: 'localStorage' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      code: "globalThis.localStorage['refreshToken'] = rt;",
      languageOptions: commonjs,
      errors: [{ messageId: 'refreshTokenInStorage', line: 1, column: 1, endLine: 1, endColumn: 45, suggestions: [] }],
    },
    {
      code: "sessionStorage.setItem('access_token', result.accessToken);",
      options: [{ checkSessionStorage: true }],
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { what: 'An access token', storage: 'sessionStorage' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 59,
          suggestions: [],
        },
      ],
    },
  ],
});
