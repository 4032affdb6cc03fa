import rule from '../../../eslint-plugin/src/rules/no-implicit-flow';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-implicit-flow', rule, {
  valid: [
    // An authorization server's tests of its implicit support are data.
    {
      code:
        "request({ url: AUTHORIZE_URL, qs: { response_type: 'token', redirect_uri: callback, client_id: clientId } " +
        '}, done);',
      languageOptions: commonjs,
      filename: 'test/authorize.test.js',
    },
    // The authorization code flow.
    "const qp = new URLSearchParams({ client_id: clientId, response_type: 'code', redirect_uri: redirectUri, " +
      "code_challenge, code_challenge_method: 'S256' });",
    'const url = ' +
      '`${AUTHORITY}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&code_challenge=${challenge}' +
      '&code_challenge_method=S256`;',
    // Hybrid code + id_token with form_post in server-side apps.
    {
      code:
        "new OIDCStrategy({ identityMetadata, clientID, responseType: 'code id_token', responseMode: 'form_post', " +
        'redirectUrl }, verify);',
      languageOptions: commonjs,
    },
    "new OIDCStrategy({ identityMetadata, clientID, responseType: 'id_token', responseMode: 'form_post', redirectUrl " +
      '}, verify);',
    // response_type in a token-endpoint POST body (old @azure/identity did this): the server ignores it.
    "const body = { grant_type: 'client_credentials', client_id: clientId, client_secret: secret, response_type: " +
      "'token', scope };",
    "const form = 'grant_type=client_credentials&response_type=token&client_id=' + clientId;",
    // Text that is not a request, types, and HTTP client options.
    "const help = 'Set response_type=token only for legacy single-page apps.';",
    "type AuthorizeParams = { response_type: 'token' | 'code' };",
    "const res = await axios.get(url, { responseType: 'json' });",
    "const labels = { response_type: 'token' };",
    'const url = `${base}?response_type=${responseType}&client_id=${id}`;',
    // MSAL.js 2+, other libraries, and local classes.
    dedent`
      import { PublicClientApplication } from '@azure/msal-browser';
      const pca = new PublicClientApplication(msalConfig);
    `,
    dedent`
      class UserAgentApplication {}
      const app = new UserAgentApplication();
    `,
    dedent`
      import { AuthenticationContext } from 'adal-node';
      const ctx = new AuthenticationContext(authority);
    `,
    dedent`
      import { Msal } from './msal-shim';
      const app = new Msal.UserAgentApplication(config);
    `,
    dedent`
      function useIdTokenResponseType(c) { return c; }
      useIdTokenResponseType(config);
    `,
  ],
  invalid: [
    // Hand-built authorize URLs.
    {
      code: dedent`
        const qp = new URLSearchParams({ client_id: clientId, response_type: 'id_token token', redirect_uri: redirectUri, scope: 'openid User.Read', nonce });
        window.location.assign(\`https://login.microsoftonline.com/\${tenant}/oauth2/v2.0/authorize?\${qp}\`);
      `,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'implicitRequest',
          line: 1,
          column: 70,
          endLine: 1,
          endColumn: 86,
          suggestions: [
            {
              messageId: 'useCode',
              output: dedent`
                const qp = new URLSearchParams({ client_id: clientId, response_type: 'code', redirect_uri: redirectUri, scope: 'openid User.Read', nonce });
                window.location.assign(\`https://login.microsoftonline.com/\${tenant}/oauth2/v2.0/authorize?\${qp}\`);
            `,
            },
          ],
        },
      ],
    },
    {
      code:
        'window.location.href = ' +
        '`${AUTHORITY}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=token' +
        '&redirect_uri=${encodeURIComponent(redirectUri)}&scope=User.Read`;',
      errors: [
        {
          messageId: 'implicitUrl',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 166,
          suggestions: [
            {
              messageId: 'useCode',
              output:
                'window.location.href = ' +
                '`${AUTHORITY}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code' +
                '&redirect_uri=${encodeURIComponent(redirectUri)}&scope=User.Read`;',
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const url = 'https://login.microsoftonline.com/common/oauth2/authorize?response_type=id_token+token&client_id=' + clientId + '&nonce=' + nonce;
        res.redirect(url);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'implicitUrl',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 143,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const url = new URL(\`\${authority}/oauth2/v2.0/authorize\`);
        url.searchParams.set('response_type', 'token');
      `,
      errors: [
        {
          messageId: 'implicitRequest',
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useCode',
              output: dedent`
                const url = new URL(\`\${authority}/oauth2/v2.0/authorize\`);
                url.searchParams.set('response_type', 'code');
            `,
            },
          ],
        },
      ],
    },
    // Same-file constants.
    {
      code: dedent`
        const RESPONSE_TYPE = 'token';
        const params = { client_id: clientId, response_type: RESPONSE_TYPE, redirect_uri: redirectUri };
      `,
      errors: [
        {
          messageId: 'implicitRequest',
          line: 2,
          column: 54,
          endLine: 2,
          endColumn: 67,
          suggestions: [],
        },
      ],
    },
    // Library calls: oidc-client UserManager, openid-client 5.x, google-auth-library.
    {
      code:
        "const mgr = new UserManager({ authority, client_id: 'spa', redirect_uri: origin, response_type: 'id_token " +
        "token', scope: 'openid api' });",
      languageOptions: javascript,
      errors: [
        {
          messageId: 'implicitRequest',
          line: 1,
          column: 97,
          endLine: 1,
          endColumn: 113,
          suggestions: [
            {
              messageId: 'useCode',
              output:
                "const mgr = new UserManager({ authority, client_id: 'spa', redirect_uri: origin, response_type: " +
                "'code', scope: 'openid api' });",
            },
          ],
        },
      ],
    },
    {
      code: "const url = client.authorizationUrl({ response_type: 'id_token token', scope: 'openid email', nonce });",
      errors: [
        {
          messageId: 'implicitRequest',
          line: 1,
          column: 54,
          endLine: 1,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'useCode',
              output: "const url = client.authorizationUrl({ response_type: 'code', scope: 'openid email', nonce });",
            },
          ],
        },
      ],
    },
    {
      code:
        "const url = oauth2Client.generateAuthUrl({ access_type: 'online', response_type: 'token', scope: scopes " +
        '});',
      errors: [
        {
          messageId: 'implicitRequest',
          line: 1,
          column: 82,
          endLine: 1,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'useCode',
              output:
                "const url = oauth2Client.generateAuthUrl({ access_type: 'online', response_type: 'code', scope: " +
                'scopes });',
            },
          ],
        },
      ],
    },
    {
      code:
        "export const authConfig: AuthConfig = { issuer, clientId: 'spa', redirectUri: window.location.origin, " +
        "responseType: 'id_token token' };",
      errors: [
        {
          messageId: 'implicitRequest',
          line: 1,
          column: 117,
          endLine: 1,
          endColumn: 133,
          suggestions: [
            {
              messageId: 'useCode',
              output:
                "export const authConfig: AuthConfig = { issuer, clientId: 'spa', redirectUri: " +
                "window.location.origin, responseType: 'code' };",
            },
          ],
        },
      ],
    },
    // MSAL.js 1.x and ADAL.js, in tests too.
    {
      code: dedent`
        import { UserAgentApplication } from 'msal';
        const app = new UserAgentApplication(config);
      `,
      filename: 'src/__tests__/auth.test.ts',
      errors: [
        {
          messageId: 'msal1',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 37,
          suggestions: [],
        },
      ],
    },
    // MSAL.js 1.x and ADAL.js.
    {
      code: dedent`
        import { UserAgentApplication } from 'msal';
        const app = new UserAgentApplication(msalConfig);
      `,
      errors: [
        {
          messageId: 'msal1',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const Msal = require('msal');
        const app = new Msal.UserAgentApplication(msalConfig);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'msal1',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      code: 'const app = new Msal.UserAgentApplication(msalConfig);',
      languageOptions: javascript,
      errors: [
        {
          messageId: 'msal1',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import AuthenticationContext from 'adal-angular';
        const authContext = new AuthenticationContext({ tenant, clientId, cacheLocation: 'localStorage' });
      `,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'adalJs',
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { AuthenticationContext as Ctx } from 'react-adal';
        export const authContext = new Ctx(adalConfig);
      `,
      errors: [
        {
          messageId: 'adalJs',
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    // openid-client 6.x implicit helpers.
    {
      code: dedent`
        import * as client from 'openid-client';
        client.useIdTokenResponseType(config);
      `,
      errors: [
        {
          messageId: 'oidcImplicit',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { implicitAuthentication } from 'openid-client';
        const claims = await implicitAuthentication(config, currentUrl, nonce);
      `,
      errors: [
        {
          messageId: 'oidcImplicit',
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
  ],
});
