import rule from '../../../eslint-plugin/src/rules/no-insecure-redirect-uri';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-insecure-redirect-uri', rule, {
  valid: [
    // Test data for an authorization server that rejects such URIs.
    {
      code:
        "const bad = [{ redirectUri: 'http://rp.contoso.com/callback' }, { redirectUri: 'https://*.contoso.com/cb' " +
        '}];',
      filename: 'src/__tests__/clients.test.ts',
    },
    // Reserved and single-label development hosts.
    "const clients = [{ redirectUri: 'http://rp.example/callback' }, { redirectUri: 'http://app.test/cb' }];",
    "const keycloakInit = { redirectUri: 'http://frontend:3000/' };",
    // HTTPS, loopback and custom schemes.
    "const request = { scopes, redirectUri: 'https://app.contoso.com/auth/callback' };",
    "const msalConfig = { auth: { clientId, redirectUri: 'http://localhost:3000/auth/callback' } };",
    "const msalConfig = { auth: { clientId, redirectUri: 'http://127.0.0.1:5000' } };",
    "const msalConfig = { auth: { clientId, redirectUri: 'msauth.com.contoso.app://auth' } };",
    "const msalConfig = { auth: { clientId, redirectUri: '/auth/callback' } };",
    // Values not known statically, and hosts that are not static.
    'const msalConfig = { auth: { clientId, redirectUri: process.env.REDIRECT_URI } };',
    'const request = { scopes, redirectUri: `http://${host}/auth/callback` };',
    'const msalConfig = { auth: { clientId, redirectUri: window.location.origin } };',
    // The documented passport-azure-ad development setting.
    {
      code:
        "new OIDCStrategy({ redirectUrl: 'http://localhost:3000/auth/openid/return', allowHttpForRedirectUrl: true " +
        '}, verify);',
      languageOptions: commonjs,
    },
    "new OIDCStrategy({ redirectUrl: 'https://app.contoso.com/auth/openid/return', allowHttpForRedirectUrl: false }, " +
      'verify);',
    // An app's own post-login return path under a generic name is not the OAuth reply URI.
    'req.session.login = { redirectUrl: req.query.returnTo };',
    // Reading options, and other keys.
    "const { redirectUri = 'http://app.contoso.com' } = options;",
    "const links = { homepage: 'http://contoso.com' };",
    "params.set('state', 'http://app.contoso.com');",
    "map.set('redirect_uri');",
    'const url = `${authority}/authorize?redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb&client_id=${id}`;',
    'const url = `${authority}/authorize?redirect_uri=${encodeURIComponent(redirectUri)}&client_id=${id}`;',
    // A reply URI built from the Host header: the identity provider only accepts registered URIs.
    dedent`
      app.get('/login', async (req, res) => {
        const url = await cca.getAuthCodeUrl({ scopes, redirectUri: \`https://\${req.headers.host}/auth/callback\` });
        res.redirect(url);
      });
    `,
  ],
  invalid: [
    // MSAL configuration and requests.
    {
      code: dedent`
        import { ConfidentialClientApplication } from '@azure/msal-node';
        const url = await cca.getAuthCodeUrl({ scopes, redirectUri: 'http://app.contoso.com/auth/callback' });
      `,
      errors: [
        {
          messageId: 'httpRedirect',
          line: 2,
          column: 61,
          endLine: 2,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'useHttps',
              output: dedent`
                import { ConfidentialClientApplication } from '@azure/msal-node';
                const url = await cca.getAuthCodeUrl({ scopes, redirectUri: 'https://app.contoso.com/auth/callback' });
            `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const msalConfig = {
          auth: { clientId, postLogoutRedirectUri: \`http://app.contoso.com/\${path}\` },
        };
      `,
      errors: [
        {
          messageId: 'httpRedirect',
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useHttps',
              output: dedent`
                const msalConfig = {
                  auth: { clientId, postLogoutRedirectUri: \`https://app.contoso.com/\${path}\` },
                };
            `,
            },
          ],
        },
      ],
    },
    // Same-file constant: reported where it is used, no inline fix.
    {
      code: dedent`
        const REDIRECT = 'http://app.contoso.com/cb';
        const request = { scopes, redirectUri: REDIRECT };
      `,
      errors: [
        {
          messageId: 'httpRedirect',
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
    // passport-azure-ad: http redirect with allowHttpForRedirectUrl (reported once, on the URI).
    {
      code:
        "new OIDCStrategy({ redirectUrl: 'http://app.contoso.com/auth/callback', allowHttpForRedirectUrl: true, " +
        "responseType: 'code' }, verify);",
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'httpRedirect',
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'useHttps',
              output:
                "new OIDCStrategy({ redirectUrl: 'https://app.contoso.com/auth/callback', allowHttpForRedirectUrl: " +
                "true, responseType: 'code' }, verify);",
            },
          ],
        },
      ],
    },
    // allowHttpForRedirectUrl with a redirect URL that is not known to be loopback.
    {
      code: dedent`
        new OIDCStrategy({
          redirectUrl: process.env.REDIRECT_URL,
          allowHttpForRedirectUrl: true,
          responseType: 'code',
        }, verify);
      `,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'allowHttpRedirect',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'removeOption',
              output: dedent`
                new OIDCStrategy({
                  redirectUrl: process.env.REDIRECT_URL,
                  responseType: 'code',
                }, verify);
            `,
            },
          ],
        },
      ],
    },
    // Passport OAuth strategies.
    {
      code:
        'passport.use(new GoogleStrategy({ clientID, clientSecret, callbackURL: ' +
        "'http://app.contoso.com/auth/google/callback' }, verify));",
      languageOptions: javascript,
      errors: [
        {
          messageId: 'httpRedirect',
          line: 1,
          column: 72,
          endLine: 1,
          endColumn: 117,
          suggestions: [
            {
              messageId: 'useHttps',
              output:
                'passport.use(new GoogleStrategy({ clientID, clientSecret, callbackURL: ' +
                "'https://app.contoso.com/auth/google/callback' }, verify));",
            },
          ],
        },
      ],
    },
    // Test files still get the request-input check.
    {
      code: 'const request = { scopes, redirectUri: req.query.next };',
      filename: 'src/__tests__/login.test.ts',
      errors: [
        {
          messageId: 'redirectFromRequest',
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 54,
          suggestions: [],
        },
      ],
    },
    // Raw authorize parameters.
    {
      code:
        "const params = new URLSearchParams({ client_id: clientId, response_type: 'code', redirect_uri: " +
        "'http://app.contoso.com/cb' });",
      errors: [
        {
          messageId: 'httpRedirect',
          line: 1,
          column: 96,
          endLine: 1,
          endColumn: 123,
          suggestions: [
            {
              messageId: 'useHttps',
              output:
                "const params = new URLSearchParams({ client_id: clientId, response_type: 'code', redirect_uri: " +
                "'https://app.contoso.com/cb' });",
            },
          ],
        },
      ],
    },
    {
      code: "url.searchParams.set('redirect_uri', 'http://app.contoso.com/cb');",
      errors: [
        {
          messageId: 'httpRedirect',
          line: 1,
          column: 38,
          endLine: 1,
          endColumn: 65,
          suggestions: [
            { messageId: 'useHttps', output: "url.searchParams.set('redirect_uri', 'https://app.contoso.com/cb');" },
          ],
        },
      ],
    },
    // In a hand-built authorize URL, plain or encoded.
    {
      code:
        'const url = ' +
        '`${authority}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&redirect_uri=http://app.contoso.com/cb`;',
      errors: [
        {
          messageId: 'httpRedirect',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 129,
          suggestions: [],
        },
      ],
    },
    {
      code:
        "const url = AUTHORIZE + '?client_id=' + clientId + " +
        "'&redirect_uri=http%3A%2F%2Fapp.contoso.com%2Fcb&response_type=code';",
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'httpRedirect',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 120,
          suggestions: [],
        },
      ],
    },
    // Wildcards.
    {
      code: "const request = { scopes, redirectUri: 'https://*.contoso.com/auth/callback' };",
      errors: [
        {
          messageId: 'wildcardRedirect',
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 77,
          suggestions: [],
        },
      ],
    },
    // Taken from the request.
    {
      code: dedent`
        app.get('/login', async (req, res) => {
          const url = await cca.getAuthCodeUrl({ scopes, redirectUri: req.query.redirect_uri as string });
          res.redirect(url);
        });
      `,
      errors: [
        {
          messageId: 'redirectFromRequest',
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 95,
          suggestions: [],
        },
      ],
    },
  ],
});
