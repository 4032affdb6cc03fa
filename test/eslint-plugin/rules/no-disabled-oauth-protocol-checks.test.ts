import rule from '../../../eslint-plugin/src/rules/no-disabled-oauth-protocol-checks';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-disabled-oauth-protocol-checks', rule, {
  valid: [
    // Hand-rolled callbacks that check state, or use PKCE.
    dedent`
      app.get('/redirect', async (req, res) => {
        if (req.query.state !== req.session.state) return res.status(403).end();
        const result = await cca.acquireTokenByCode({ code: req.query.code as string, scopes, redirectUri });
      });
    `,
    dedent`
      app.get('/redirect', async (req, res) => {
        const result = await pca.acquireTokenByCode({ code: req.query.code as string, scopes, redirectUri, codeVerifier: req.session.verifier });
      });
    `,
    dedent`
      const { code, state } = req.query;
      const body = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri });
    `,
    // Reading a code without redeeming it here, and tests.
    "app.get('/redirect', (req, res) => res.render('done', { code: req.query.code }));",
    {
      code: 'const result = await cca.acquireTokenByCode({ code: req.query.code, scopes });',
      filename: 'test/callback.test.ts',
    },
    // The checks in place.
    'const tokens = await client.authorizationCodeGrant(config, currentUrl, { expectedState: session.state, ' +
      'expectedNonce: session.nonce, pkceCodeVerifier: session.verifier });',
    dedent`
      import { discovery } from 'openid-client';
      const config = await discovery(new URL('https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0'), clientId);
    `,
    'const tokenSet = await client.callback(redirectUri, client.callbackParams(req), { state: req.session.state, ' +
      'nonce: req.session.nonce });',
    'const tokenSet = await client.callback(redirectUri, client.callbackParams(req), { code_verifier: ' +
      'req.session.verifier });',
    'const tokenSet = await client.callback(redirectUri, client.callbackParams(req), checks);',
    'const tokenSet = await client.callback(redirectUri, client.callbackParams(req), { ...saved });',
    // Names that merely match, and definitions.
    dedent`
      const skipStateCheck = false;
      if (!skipStateCheck) verify();
    `,
    'class Flow { skipStateCheck = false; }',
    "import { skipStateCheck } from 'openid-client';",
    'const r = await fetch(url, { expectedState: options.skipStateCheck });',
    "const config = await discovery(new URL('https://issuer.example/.well-known/openid-configuration'));",
    'emitter.callback(err, value);',
  ],
  invalid: [
    // openid-client 6.x skip symbols.
    {
      code: dedent`
        import * as client from 'openid-client';
        const tokens = await client.authorizationCodeGrant(config, currentUrl, { expectedState: client.skipStateCheck });
      `,
      errors: [
        {
          messageId: 'skipStateCheck',
          line: 2,
          column: 89,
          endLine: 2,
          endColumn: 110,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { fetchUserInfo, skipSubjectCheck } from 'openid-client';
        const info = await fetchUserInfo(config, accessToken, skipSubjectCheck);
      `,
      errors: [
        {
          messageId: 'skipSubjectCheck',
          line: 2,
          column: 55,
          endLine: 2,
          endColumn: 71,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const { skipStateCheck: noState } = require('openid-client');
        const checks = { expectedState: noState, pkceCodeVerifier: verifier };
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'skipStateCheck',
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
    // An untraced namespace, passed as the expected state.
    {
      code:
        'const tokens = await this.oidc.authorizationCodeGrant(this.config, url, { expectedState: ' +
        'this.oidc.skipStateCheck });',
      errors: [
        {
          messageId: 'skipStateCheck',
          line: 1,
          column: 90,
          endLine: 1,
          endColumn: 114,
          suggestions: [],
        },
      ],
    },
    // Discovery from the metadata document.
    {
      code: dedent`
        import * as client from 'openid-client';
        const config = await client.discovery(new URL('https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration'), clientId);
      `,
      errors: [
        {
          messageId: 'metadataDiscovery',
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 145,
          suggestions: [
            {
              messageId: 'useIssuerUrl',
              output: dedent`
                import * as client from 'openid-client';
                const config = await client.discovery(new URL('https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0'), clientId);
            `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import { discovery } from 'openid-client';
        const METADATA = \`\${issuerBase}/.well-known/openid-configuration\`;
        const config = await discovery(new URL(METADATA), clientId, secret);
      `,
      errors: [
        {
          messageId: 'metadataDiscovery',
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
    // Hand-rolled callbacks: the code is redeemed, and nothing reads state or sends a verifier.
    {
      code: dedent`
        app.get('/redirect', async (req, res) => {
          const tokenRequest = { code: req.query.code as string, scopes: ['User.Read'], redirectUri: REDIRECT_URI };
          const response = await cca.acquireTokenByCode(tokenRequest);
          req.session.account = response.account;
          res.redirect('/');
        });
      `,
      errors: [
        {
          messageId: 'callbackWithoutState',
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        router.get('/callback', async (req, res) => {
          const { code } = req.query;
          const response = await fetch(TOKEN_URL, { method: 'POST', body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id, client_secret, redirect_uri }) });
        });
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'callbackWithoutState',
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 15,
          suggestions: [],
        },
      ],
    },
    // openid-client 5.x callbacks without checks.
    {
      code: dedent`
        app.get('/cb', async (req, res) => {
          const tokenSet = await client.callback(redirectUri, client.callbackParams(req));
        });
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'callbackWithoutChecks',
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      code:
        "const tokenSet = await client.callback('https://app.contoso.com/cb', client.callbackParams(req), { " +
        "response_type: 'code' });",
      errors: [
        {
          messageId: 'callbackWithoutChecks',
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 39,
          suggestions: [],
        },
      ],
    },
  ],
});
