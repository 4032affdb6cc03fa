import rule from '../../../eslint-plugin/src/rules/no-id-token-as-access-token';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-id-token-as-access-token', rule, {
  valid: [
    // The access token, as it should be.
    [
      "import { PublicClientApplication } from '@azure/msal-browser';",
      'const r = await pca.acquireTokenSilent({ scopes: ["api://my-api/Orders.Read"], account });',
      'await fetch("/api/orders", { headers: { Authorization: `Bearer ${r.accessToken}` } });',
    ].join('\n'),
    // Reading ID token claims, or sending the ID token in a body to sign in (OIDC login to the own backend).
    [
      "import { useMsal } from '@azure/msal-react';",
      'const name = result.idTokenClaims.name;',
      "await fetch('/session', { method: 'POST', body: JSON.stringify({ idToken: result.idToken }) });",
    ].join('\n'),
    // No MSAL in sight: Firebase and Google ID tokens are meant for the app's own backend.
    [
      'const idToken = await user.getIdToken();',
      "await fetch('/api', { headers: { Authorization: `Bearer ${idToken}` } });",
      'await fetch("/api", { headers: { Authorization: "Bearer " + credential.idToken } });',
    ].join('\n'),
    [
      "import { PublicClientApplication } from '@azure/msal-browser';",
      'console.log(`token: ${result.idToken}`);',
      'const map = { idToken: result.idToken };',
    ].join('\n'),
    // Computed members are not the `idToken` property.
    [
      "import { useMsal } from '@azure/msal-react';",
      'const h = { Authorization: `Bearer ${result[idToken]}` };',
    ].join('\n'),
  ],
  invalid: [
    {
      // The typical mistake.
      code: [
        "import { PublicClientApplication } from '@azure/msal-browser';",
        'const pca = new PublicClientApplication(msalConfig);',
        'const r = await pca.acquireTokenSilent({ scopes: ["api://my-api/Orders.Read"], account });',
        'await fetch("/api/orders", { headers: { Authorization: `Bearer ${r.idToken}` } });',
      ].join('\n'),
      errors: [
        {
          messageId: 'idTokenBearer',
          line: 4,
          column: 68,
          endLine: 4,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'useAccessToken',
              output: [
                "import { PublicClientApplication } from '@azure/msal-browser';",
                'const pca = new PublicClientApplication(msalConfig);',
                'const r = await pca.acquireTokenSilent({ scopes: ["api://my-api/Orders.Read"], account });',
                'await fetch("/api/orders", { headers: { Authorization: `Bearer ${r.accessToken}` } });',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // No MSAL import, but the result comes from an MSAL call.
      code: [
        'const response = await msalInstance.acquireTokenPopup(request);',
        "axios.defaults.headers.common['Authorization'] = 'Bearer ' + response.idToken;",
      ].join('\n'),
      languageOptions: javascript,
      errors: [
        {
          messageId: 'idTokenBearer',
          line: 2,
          column: 71,
          endLine: 2,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'useAccessToken',
              output: [
                'const response = await msalInstance.acquireTokenPopup(request);',
                "axios.defaults.headers.common['Authorization'] = 'Bearer ' + response.accessToken;",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: [
        "const msal = require('@azure/msal-node');",
        'const token = result.idToken;',
        "headers.set('Authorization', `Bearer ${token}`);",
      ].join('\n'),
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'idTokenBearer',
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useAccessToken',
              output: [
                "const msal = require('@azure/msal-node');",
                'const token = result.accessToken;',
                "headers.set('Authorization', `Bearer ${token}`);",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: [
        "import { useMsal } from '@azure/msal-react';",
        "xhr.setRequestHeader('Authorization', account?.idToken);",
        'const client = axios.create({ headers: { authorization: `bearer ${session.idToken}` } });',
      ].join('\n'),
      errors: [
        {
          messageId: 'idTokenBearer',
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 55,
          suggestions: [],
        },
        {
          messageId: 'idTokenBearer',
          line: 3,
          column: 75,
          endLine: 3,
          endColumn: 82,
          suggestions: [],
        },
      ],
    },
  ],
});
