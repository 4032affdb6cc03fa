import rule from '../../../eslint-plugin/src/rules/require-pkce';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('require-pkce', rule, {
  valid: [
    // Tests and fixtures.
    {
      code: 'const url = await cca.getAuthCodeUrl({ scopes, redirectUri });',
      filename: 'test/login.spec.ts',
    },
    // PKCE with S256.
    'const url = await cca.getAuthCodeUrl({ scopes, redirectUri, codeChallenge: challenge, codeChallengeMethod: ' +
      "'S256' });",
    'const url = client.buildAuthorizationUrl(config, { redirect_uri, scope, code_challenge, code_challenge_method: ' +
      "'S256' });",
    'const url = oauth2Client.generateAuthUrl({ scope: scopes, code_challenge: codes.codeChallenge, ' +
      'code_challenge_method: CodeChallengeMethod.S256 });',
    'const url = ' +
      '`${authority}/oauth2/v2.0/authorize?client_id=${id}&response_type=code&code_challenge=${c}' +
      '&code_challenge_method=S256`;',
    "const params = new URLSearchParams({ client_id: clientId, response_type: 'code', code_challenge: challenge, " +
      "code_challenge_method: 'S256' });",
    // Libraries that do PKCE themselves.
    dedent`
      import { PublicClientApplication } from '@azure/msal-browser';
      await pca.loginRedirect({ scopes: ['User.Read'] });
    `,
    'const result = await pca.acquireTokenInteractive({ scopes, openBrowser });',
    'const credential = new InteractiveBrowserCredential({ tenantId, clientId });',
    // Requests the rule cannot see in full, or built up later.
    'const url = await cca.getAuthCodeUrl({ ...authCodeRequest, state });',
    'const url = await cca.getAuthCodeUrl(request);',
    dedent`
      const params = new URLSearchParams({ client_id: clientId, response_type: 'code' });
      params.append('code_challenge', challenge);
      params.append('code_challenge_method', 'S256');
    `,
    dedent`
      let url = \`\${authority}/authorize?response_type=code&client_id=\${id}\`;
      url += \`&code_challenge=\${challenge}&code_challenge_method=S256\`;
    `,
    'const url = `${authority}/authorize?response_type=code&${pkceQuery}`;',
    // The library's own wrappers, and requests that issue no code.
    'class App { async login() { return this.getAuthCodeUrl({ scopes }); } }',
    "const url = client.authorizationUrl({ response_type: 'id_token', scope: 'openid', nonce });",
    "const body = new URLSearchParams({ grant_type: 'authorization_code', client_id: id, response_type: 'code', code " +
      '});',
    // Confidential clients, when the option allows them.
    {
      code: dedent`
        import { ConfidentialClientApplication } from '@azure/msal-node';
        const cca = new ConfidentialClientApplication(config);
        const url = await cca.getAuthCodeUrl({ scopes: ['User.Read'], redirectUri });
      `,
      options: [{ requireForConfidentialClients: false }],
    },
  ],
  invalid: [
    // msal-node getAuthCodeUrl.
    {
      code: dedent`
        import { ConfidentialClientApplication } from '@azure/msal-node';
        const cca = new ConfidentialClientApplication(config);
        const url = await cca.getAuthCodeUrl({ scopes: ['User.Read'], redirectUri });
      `,
      errors: [
        {
          messageId: 'noPkce',
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const msal = require('@azure/msal-node');
        const pca = new msal.PublicClientApplication(config);
        const AUTH_REQUEST = { scopes, redirectUri: 'http://localhost:3000/redirect' };
        pca.getAuthCodeUrl(AUTH_REQUEST).then(url => open(url));
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'noPkce',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    // Challenge without a method (plain is the default), or plain.
    {
      code: 'const url = await cca.getAuthCodeUrl({ scopes, redirectUri, codeChallenge: challenge });',
      errors: [
        {
          messageId: 'plainPkce',
          line: 1,
          column: 61,
          endLine: 1,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'useS256',
              output:
                'const url = await cca.getAuthCodeUrl({ scopes, redirectUri, codeChallenge: challenge, ' +
                "codeChallengeMethod: 'S256' });",
            },
          ],
        },
      ],
    },
    {
      code:
        'const url = await cca.getAuthCodeUrl({ scopes, redirectUri, codeChallenge: challenge, ' +
        "codeChallengeMethod: 'plain' });",
      errors: [
        {
          messageId: 'plainPkce',
          line: 1,
          column: 87,
          endLine: 1,
          endColumn: 115,
          suggestions: [
            {
              messageId: 'useS256',
              output:
                'const url = await cca.getAuthCodeUrl({ scopes, redirectUri, codeChallenge: challenge, ' +
                "codeChallengeMethod: 'S256' });",
            },
          ],
        },
      ],
    },
    // openid-client 6.x and 5.x.
    {
      code: dedent`
        import * as client from 'openid-client';
        const url = client.buildAuthorizationUrl(config, { redirect_uri, scope: 'openid email', state });
      `,
      errors: [
        {
          messageId: 'noPkce',
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { buildAuthorizationUrl } from 'openid-client';
        const url = buildAuthorizationUrl(config, new URLSearchParams({ redirect_uri, scope, code_challenge: challenge }));
      `,
      errors: [
        {
          messageId: 'plainPkce',
          line: 2,
          column: 86,
          endLine: 2,
          endColumn: 111,
          suggestions: [
            {
              messageId: 'useS256',
              output: dedent`
                import { buildAuthorizationUrl } from 'openid-client';
                const url = buildAuthorizationUrl(config, new URLSearchParams({ redirect_uri, scope, code_challenge: challenge, code_challenge_method: 'S256' }));
            `,
            },
          ],
        },
      ],
    },
    {
      code:
        "const url = client.authorizationUrl({ scope: 'openid email profile', resource: 'https://api.contoso.com' " +
        '});',
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'noPkce',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 36,
          suggestions: [],
        },
      ],
    },
    // google-auth-library and simple-oauth2.
    {
      code: "const url = oauth2Client.generateAuthUrl({ access_type: 'offline', scope: scopes });",
      errors: [
        {
          messageId: 'noPkce',
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      code:
        'const url = oauth2Client.generateAuthUrl({ scope: scopes, code_challenge: codes.codeChallenge, ' +
        'code_challenge_method: CodeChallengeMethod.Plain });',
      errors: [
        {
          messageId: 'plainPkce',
          line: 1,
          column: 96,
          endLine: 1,
          endColumn: 144,
          suggestions: [
            {
              messageId: 'useS256',
              output:
                'const url = oauth2Client.generateAuthUrl({ scope: scopes, code_challenge: codes.codeChallenge, ' +
                'code_challenge_method: CodeChallengeMethod.S256 });',
            },
          ],
        },
      ],
    },
    {
      code:
        "const authorizationUri = client.authorizeURL({ redirect_uri: 'https://app.contoso.com/callback', scope: " +
        "'notifications', state });",
      languageOptions: javascript,
      errors: [
        {
          messageId: 'noPkce',
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 45,
          suggestions: [],
        },
      ],
    },
    // Hand-built authorize requests.
    {
      code:
        'window.location.href = ' +
        '`${authority}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code' +
        '&redirect_uri=${redirect}&scope=openid`;',
      errors: [
        {
          messageId: 'noPkce',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 139,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const params = new URLSearchParams({ client_id: clientId, response_type: 'code', redirect_uri: redirectUri, scope: 'openid' });
        res.redirect(\`\${AUTHORIZE_ENDPOINT}?\${params}\`);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'noPkce',
          line: 1,
          column: 59,
          endLine: 1,
          endColumn: 80,
          suggestions: [],
        },
      ],
    },
  ],
});
