import rule from '../../../eslint-plugin/src/rules/no-id-token-as-access-token';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-id-token-as-access-token', rule, {
  valid: [
    // The access token, as it should be.
    dedent`
      import { PublicClientApplication } from '@azure/msal-browser';
      const r = await pca.acquireTokenSilent({ scopes: ["api://my-api/Orders.Read"], account });
      await fetch("/api/orders", { headers: { Authorization: \`Bearer \${r.accessToken}\` } });
    `,
    // Reading ID token claims, or sending the ID token in a body to sign in (OIDC login to the own backend).
    dedent`
      import { useMsal } from '@azure/msal-react';
      const name = result.idTokenClaims.name;
      await fetch('/session', { method: 'POST', body: JSON.stringify({ idToken: result.idToken }) });
    `,
    // No MSAL in sight: Firebase and Google ID tokens are meant for the app's own backend.
    dedent`
      const idToken = await user.getIdToken();
      await fetch('/api', { headers: { Authorization: \`Bearer \${idToken}\` } });
      await fetch("/api", { headers: { Authorization: "Bearer " + credential.idToken } });
    `,
    dedent`
      import { PublicClientApplication } from '@azure/msal-browser';
      console.log(\`token: \${result.idToken}\`);
      const map = { idToken: result.idToken };
    `,
    // Computed members are not the `idToken` property.
    dedent`
      import { useMsal } from '@azure/msal-react';
      const h = { Authorization: \`Bearer \${result[idToken]}\` };
    `,
  ],
  invalid: [
    {
      // The typical mistake.
      code: dedent`
        import { PublicClientApplication } from '@azure/msal-browser';
        const pca = new PublicClientApplication(msalConfig);
        const r = await pca.acquireTokenSilent({ scopes: ["api://my-api/Orders.Read"], account });
        await fetch("/api/orders", { headers: { Authorization: \`Bearer \${r.idToken}\` } });
      `,
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
              output: dedent`
                import { PublicClientApplication } from '@azure/msal-browser';
                const pca = new PublicClientApplication(msalConfig);
                const r = await pca.acquireTokenSilent({ scopes: ["api://my-api/Orders.Read"], account });
                await fetch("/api/orders", { headers: { Authorization: \`Bearer \${r.accessToken}\` } });
              `,
            },
          ],
        },
      ],
    },
    {
      // No MSAL import, but the result comes from an MSAL call.
      code: dedent`
        const response = await msalInstance.acquireTokenPopup(request);
        axios.defaults.headers.common['Authorization'] = 'Bearer ' + response.idToken;
      `,
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
              output: dedent`
                const response = await msalInstance.acquireTokenPopup(request);
                axios.defaults.headers.common['Authorization'] = 'Bearer ' + response.accessToken;
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const msal = require('@azure/msal-node');
        const token = result.idToken;
        headers.set('Authorization', \`Bearer \${token}\`);
      `,
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
              output: dedent`
                const msal = require('@azure/msal-node');
                const token = result.accessToken;
                headers.set('Authorization', \`Bearer \${token}\`);
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import { useMsal } from '@azure/msal-react';
        xhr.setRequestHeader('Authorization', account?.idToken);
        const client = axios.create({ headers: { authorization: \`bearer \${session.idToken}\` } });
      `,
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
