import rule from '../../../eslint-plugin/src/rules/no-password-grant';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-password-grant', rule, {
  valid: [
    // Other grants are fine.
    "const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret });",
    "await fetch(tokenUrl, { method: 'POST', body: new URLSearchParams({ grant_type: 'authorization_code', code, " +
      'code_verifier: verifier }) });',
    "params.append('grant_type', 'refresh_token');",
    "params.set('grant_type', 'urn:ietf:params:oauth:grant-type:jwt-bearer');",
    "const form = 'grant_type=urn:ietf:params:oauth:grant-type:device_code&device_code=' + code;",
    'const form = `grant_type=client_credentials&scope=${scope}`;',
    "const q = 'grant_type=passwordless&x=1';",
    // A `password` property alone: database configs, hashing, the app's own login form.
    "const pool = new Pool({ host, user: 'app', password: process.env.DB_PASSWORD });",
    'const ok = await bcrypt.compare(password, user.passwordHash);',
    'const body = { username: form.username, password: form.password };',
    // Definitions of methods with these names are not calls.
    'class TokenService { async acquireTokenByUsernamePassword(request) { return ' +
      'this.pca.acquireTokenByDeviceCode(request); } }',
    'interface Client { acquireTokenByUsernamePassword(request: UsernamePasswordRequest): ' +
      'Promise<AuthenticationResult>; }',
    'type Body = { grant_type: "password" };',
    // Calling a wrapper method of one's own class (its body is what gets checked).
    'class Auth { passwordGrant(u) { return u; } login() { return this.passwordGrant(user); } }',
    // A local class or function that merely shares a name.
    'class UsernamePasswordCredential {} const c = new UsernamePasswordCredential();',
    'function loginWithUsernamePassword(u, p) { return db.check(u, p); } loginWithUsernamePassword(u, p);',
    // Authorization-server code that inspects or declares grants.
    "if (req.body.grant_type === 'password') { rejectGrant(res); }",
    "const server = new OAuth2Server({ grants: ['authorization_code', 'password'] });",
    // Other environment variables.
    'const user = process.env.AZURE_USERNAME;',
    'const pass = process.env.MY_AZURE_PASSWORD;',
    'const { AZURE_CLIENT_SECRET } = process.env;',
    // Non-static grant types are not guessed at.
    'const body = new URLSearchParams({ grant_type: grantType, username, password });',
    // A property named `ownerPassword` that is not called.
    'const flows = { ownerPassword: false };',
    { code: "const params = new URLSearchParams({ grant_type: 'client_credentials' });", languageOptions: javascript },
    // Supabase Auth's own email/password sign-in endpoint (what `signInWithPassword` calls): a first-party login.
    'const res = await fetch(`${SUPABASE_URL}/auth/v1/token?grant_type=password`, { method: "POST", body });',
    "const options = { hostname: 'example.supabase.co', path: '/auth/v1/token?grant_type=password', method: 'POST' };",
    "form.grant_type = 'client_credentials';",
    // `password`, `owner` and `getToken` are common names: only the resolved client libraries count.
    'form.password.getToken(); other.owner.getToken(); client.password({ username });',
    "import { OAuth2Client } from 'some-other-client'; new OAuth2Client(cfg).password({ username });",
  ],
  invalid: [
    {
      code: dedent`
        import { PublicClientApplication } from '@azure/msal-node';
        const pca = new PublicClientApplication(config);
        const result = await pca.acquireTokenByUsernamePassword({ scopes: ['User.Read'], username, password });
      `,
      errors: [
        {
          messageId: 'msalRopc',
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useDeviceCode',
              output: dedent`
                import { PublicClientApplication } from '@azure/msal-node';
                const pca = new PublicClientApplication(config);
                const result = await pca.acquireTokenByDeviceCode({ scopes: ['User.Read'], deviceCodeCallback: (response) => console.log(response.message) });
              `,
            },
          ],
        },
      ],
    },
    {
      // A confidential client has no device code flow, and client credentials would swap the user's delegated token for
      // an app-only one: no suggestion.
      code: dedent`
        import { ConfidentialClientApplication } from '@azure/msal-node';
        const cca = new ConfidentialClientApplication(config);
        const result = await cca.acquireTokenByUsernamePassword({ scopes: ['User.Read'], username, password });
      `,
      errors: [
        {
          messageId: 'msalRopc',
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const msal = require('@azure/msal-node');
        const cca = new msal.ConfidentialClientApplication({ auth: { clientId, clientSecret } });
        cca.acquireTokenByUsernamePassword({ scopes: ['User.Read'], username, password }).then(done);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'msalRopc',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      // A public client, through a namespace import: the other request fields are kept.
      code: dedent`
        import * as msal from '@azure/msal-node';
        const pca = new msal.PublicClientApplication({ auth: { clientId } });
        await pca.acquireTokenByUsernamePassword({ scopes: ['User.Read'], correlationId, username: user, password: pass });
      `,
      errors: [
        {
          messageId: 'msalRopc',
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useDeviceCode',
              output: dedent`
                import * as msal from '@azure/msal-node';
                const pca = new msal.PublicClientApplication({ auth: { clientId } });
                await pca.acquireTokenByDeviceCode({ scopes: ['User.Read'], correlationId, deviceCodeCallback: (response) => console.log(response.message) });
              `,
            },
          ],
        },
      ],
    },
    {
      // A client the rule cannot trace to its construction: the suggestion says which client it applies to.
      code: dedent`
        import type { IPublicClientApplication } from '@azure/msal-node';
        export async function signIn(client: IPublicClientApplication, username: string, password: string) {
          return client.acquireTokenByUsernamePassword({ scopes: ['User.Read'], username, password });
        }
      `,
      errors: [
        {
          messageId: 'msalRopc',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'useDeviceCodeIfPublicClient',
              output: dedent`
                import type { IPublicClientApplication } from '@azure/msal-node';
                export async function signIn(client: IPublicClientApplication, username: string, password: string) {
                  return client.acquireTokenByDeviceCode({ scopes: ['User.Read'], deviceCodeCallback: (response) => console.log(response.message) });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const { msalClient } = require('./auth');
        msalClient.acquireTokenByUsernamePassword({ scopes, username, password });
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'msalRopc',
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useDeviceCodeIfPublicClient',
              output: dedent`
                const { msalClient } = require('./auth');
                msalClient.acquireTokenByDeviceCode({ scopes, deviceCodeCallback: (response) => console.log(response.message) });
              `,
            },
          ],
        },
      ],
    },
    {
      // MSAL Browser has neither flow: no suggestion.
      code: dedent`
        import { PublicClientApplication } from '@azure/msal-browser';
        const pca = new PublicClientApplication(msalConfig);
        pca.acquireTokenByUsernamePassword({ scopes, username, password });
      `,
      errors: [
        {
          messageId: 'msalRopc',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      // Any client, even one the rule cannot trace: the method name is MSAL's alone.
      code: 'const r = await this.msalClient.acquireTokenByUsernamePassword(request);',
      errors: [{ messageId: 'msalRopc', line: 1, column: 33, endLine: 1, endColumn: 63, suggestions: [] }],
    },
    {
      code: dedent`
        import { UsernamePasswordCredential } from '@azure/identity';
        const credential = new UsernamePasswordCredential(tenantId, clientId, username, password);
      `,
      errors: [
        {
          messageId: 'identityRopc',
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useDeviceCodeCredential',
              output: dedent`
                import { DeviceCodeCredential } from '@azure/identity';
                const credential = new DeviceCodeCredential({ tenantId, clientId });
              `,
            },
            {
              messageId: 'useInteractiveBrowserCredential',
              output: dedent`
                import { InteractiveBrowserCredential } from '@azure/identity';
                const credential = new InteractiveBrowserCredential({ tenantId, clientId });
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import * as identity from '@azure/identity';
        const credential = new identity.UsernamePasswordCredential(process.env.TENANT_ID!, CLIENT_ID, user, pass, { authorityHost });
      `,
      errors: [
        {
          messageId: 'identityRopc',
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useDeviceCodeCredential',
              output: dedent`
                import * as identity from '@azure/identity';
                const credential = new identity.DeviceCodeCredential({ authorityHost, tenantId: process.env.TENANT_ID!, clientId: CLIENT_ID });
              `,
            },
            {
              messageId: 'useInteractiveBrowserCredential',
              output: dedent`
                import * as identity from '@azure/identity';
                const credential = new identity.InteractiveBrowserCredential({ authorityHost, tenantId: process.env.TENANT_ID!, clientId: CLIENT_ID });
              `,
            },
          ],
        },
      ],
    },
    {
      // CommonJS, renamed while destructuring, used twice: the import gains the new credential beside the old.
      code: dedent`
        const { UsernamePasswordCredential: UPC } = require('@azure/identity');
        const a = new UPC(tenant, client, user, pass, options);
        const b = new UPC(tenant, client, user, pass);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'identityRopc',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'useDeviceCodeCredential',
              output: dedent`
                const { UsernamePasswordCredential: UPC, DeviceCodeCredential } = require('@azure/identity');
                const a = new DeviceCodeCredential({ ...options, tenantId: tenant, clientId: client });
                const b = new UPC(tenant, client, user, pass);
              `,
            },
            {
              messageId: 'useInteractiveBrowserCredential',
              output: dedent`
                const { UsernamePasswordCredential: UPC, InteractiveBrowserCredential } = require('@azure/identity');
                const a = new InteractiveBrowserCredential({ ...options, tenantId: tenant, clientId: client });
                const b = new UPC(tenant, client, user, pass);
              `,
            },
          ],
        },
        {
          messageId: 'identityRopc',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'useDeviceCodeCredential',
              output: dedent`
                const { UsernamePasswordCredential: UPC, DeviceCodeCredential } = require('@azure/identity');
                const a = new UPC(tenant, client, user, pass, options);
                const b = new DeviceCodeCredential({ tenantId: tenant, clientId: client });
              `,
            },
            {
              messageId: 'useInteractiveBrowserCredential',
              output: dedent`
                const { UsernamePasswordCredential: UPC, InteractiveBrowserCredential } = require('@azure/identity');
                const a = new UPC(tenant, client, user, pass, options);
                const b = new InteractiveBrowserCredential({ tenantId: tenant, clientId: client });
              `,
            },
          ],
        },
      ],
    },
    {
      // An unresolved global of that name is still reported, without a rewrite that would reference an unknown import.
      code: 'new UsernamePasswordCredential(t, c, process.env.AZURE_USERNAME, process.env.AZURE_PASSWORD);',
      errors: [{ messageId: 'identityRopc', line: 1, column: 5, endLine: 1, endColumn: 31, suggestions: [] }],
    },
    {
      code: "const user = process.env.AZURE_USERNAME; const pass = process.env['AZURE_PASSWORD'];",
      errors: [{ messageId: 'identityRopcEnv', line: 1, column: 55, endLine: 1, endColumn: 84 }],
    },
    {
      code: 'process.env.AZURE_PASSWORD = secrets.password;',
      errors: [{ messageId: 'identityRopcEnv', line: 1, column: 1, endLine: 1, endColumn: 27 }],
    },
    {
      code: 'const { AZURE_PASSWORD } = process.env;',
      errors: [{ messageId: 'identityRopcEnv', line: 1, column: 9, endLine: 1, endColumn: 23 }],
    },
    {
      code: dedent`
        const adal = require('adal-node');
        const context = new adal.AuthenticationContext(authority);
        context.acquireTokenWithUsernamePassword(resource, username, password, clientId, callback);
      `,
      languageOptions: commonjs,
      errors: [{ messageId: 'adalRopc', line: 3, column: 9, endLine: 3, endColumn: 41 }],
    },
    {
      code: dedent`
        import { loginWithUsernamePasswordWithAuthResponse } from '@azure/ms-rest-nodeauth';
        const auth = await loginWithUsernamePasswordWithAuthResponse(user, pass);
        await msRestNodeAuth.loginWithUsernamePassword(user, pass);
      `,
      errors: [
        {
          messageId: 'msRestRopc',
          data: { name: 'loginWithUsernamePasswordWithAuthResponse' },
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 61,
        },
        {
          messageId: 'msRestRopc',
          data: { name: 'loginWithUsernamePassword' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 47,
        },
      ],
    },
    {
      code: "const { loginWithUsernamePassword: login } = require('@azure/ms-rest-nodeauth');\nlogin(user, pass);",
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'msRestRopc',
          data: { name: 'loginWithUsernamePassword' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 6,
        },
      ],
    },
    {
      code: "import { ResourceOwnerPassword } from 'simple-oauth2';\nconst client = new ResourceOwnerPassword(config);",
      errors: [{ messageId: 'simpleOauth2Ropc', line: 2, column: 20, endLine: 2, endColumn: 41 }],
    },
    {
      code: dedent`
        const oauth2 = require('simple-oauth2').create(credentials);
        const token = await oauth2.ownerPassword.getToken({ username, password });
      `,
      languageOptions: javascript,
      errors: [{ messageId: 'simpleOauth2Ropc', line: 2, column: 28, endLine: 2, endColumn: 41 }],
    },
    {
      // simple-oauth2 1.x named the flow `password`.
      code:
        "const oauth2 = require('simple-oauth2').create(credentials);\n" +
        'oauth2.password.getToken({ username, password });',
      languageOptions: commonjs,
      errors: [{ messageId: 'simpleOauth2Ropc', line: 2, column: 8, endLine: 2, endColumn: 16 }],
    },
    {
      code:
        "const ClientOAuth2 = require('client-oauth2');\nconst auth = new ClientOAuth2({ clientId });\n" +
        "auth.owner.getToken('user', pass);",
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'libraryRopc',
          data: { api: 'ClientOAuth2 owner.getToken' },
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 11,
        },
      ],
    },
    {
      code:
        "import { OAuth2Client } from '@badgateway/oauth2-client';\n" +
        'const client = new OAuth2Client({ server, clientId });\n' +
        'const token = await client.password({ username, password });',
      errors: [
        {
          messageId: 'libraryRopc',
          data: { api: 'OAuth2Client.password' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 36,
        },
      ],
    },
    {
      // oidc-client-ts
      code: 'const user = await userManager.signinResourceOwnerCredentials({ username, password });',
      errors: [
        {
          messageId: 'libraryRopc',
          data: { api: 'signinResourceOwnerCredentials' },
          line: 1,
          column: 32,
          endLine: 1,
          endColumn: 62,
        },
      ],
    },
    {
      // keycloak-connect's direct grant
      code: 'keycloak.grantManager.obtainDirectly(username, password).then(grant => grant);',
      errors: [
        {
          messageId: 'libraryRopc',
          data: { api: 'grantManager.obtainDirectly' },
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 37,
        },
      ],
    },
    {
      code: dedent`
        import * as client from 'openid-client';
        const tokens = await client.genericGrantRequest(config, 'password', { username, password, scope: 'openid' });
      `,
      errors: [{ messageId: 'openidRopc', line: 2, column: 57, endLine: 2, endColumn: 67 }],
    },
    {
      code: "const tokenSet = await client.grant({ grant_type: 'password', username, password });",
      errors: [{ messageId: 'rawRopc', line: 1, column: 39, endLine: 1, endColumn: 61 }],
    },
    {
      code: dedent`
        const auth0 = new AuthenticationClient({ domain, clientId });
        await auth0.oauth.passwordGrant({ username, password, realm: 'Username-Password-Authentication' });
      `,
      errors: [{ messageId: 'auth0Ropc', line: 2, column: 19, endLine: 2, endColumn: 32 }],
    },
    {
      // Keycloak's admin client takes the grant as an option.
      code:
        "await kcAdminClient.auth({ username: 'admin', password: pw, grantType: 'password', clientId: 'admin-cli' " +
        '});',
      errors: [{ messageId: 'rawRopc', line: 1, column: 61, endLine: 1, endColumn: 82 }],
    },
    {
      code:
        'const r2 = await fetch(url, { method: \'POST\', body: new URLSearchParams({ grant_type: "password", ' +
        'client_id: clientId, username, password }) });',
      errors: [{ messageId: 'rawRopc', line: 1, column: 75, endLine: 1, endColumn: 97 }],
    },
    {
      // `append` and `set`, with the grant folded from a constant declared later in the file.
      code: dedent`
        const params = new URLSearchParams();
        params.append('grant_type', 'password');
        params.set("grant_type", PASSWORD_GRANT);
        const PASSWORD_GRANT = 'password';
      `,
      errors: [
        { messageId: 'rawRopc', line: 2, column: 29, endLine: 2, endColumn: 39 },
        { messageId: 'rawRopc', line: 3, column: 26, endLine: 3, endColumn: 40 },
      ],
    },
    {
      code: "const body = new URLSearchParams([['grant_type', 'password'], ['username', u]]);",
      errors: [{ messageId: 'rawRopc', line: 1, column: 50, endLine: 1, endColumn: 60 }],
    },
    {
      code:
        "axios.post(tokenUrl, qs.stringify({ grant_type: 'http://auth0.com/oauth/grant-type/password-realm', realm " +
        '}));',
      errors: [{ messageId: 'rawRopc', line: 1, column: 37, endLine: 1, endColumn: 99 }],
    },
    {
      code: "const GRANT = 'password' as const;\nconst payload = JSON.stringify({ ['grant_type']: GRANT, username });",
      errors: [{ messageId: 'rawRopc', line: 2, column: 34, endLine: 2, endColumn: 55 }],
    },
    {
      code: "$scope.form.grant_type = 'password';\nbody['grantType'] = GRANT;\nconst GRANT = 'password';",
      errors: [
        { messageId: 'rawRopc', line: 1, column: 1, endLine: 1, endColumn: 36 },
        { messageId: 'rawRopc', line: 2, column: 1, endLine: 2, endColumn: 26 },
      ],
    },
    {
      code: "const body = { grant_type: 'password' } satisfies TokenBody;",
      errors: [{ messageId: 'rawRopc', line: 1, column: 16, endLine: 1, endColumn: 38 }],
    },
    {
      code:
        "const form = 'grant_type=password&username=' + encodeURIComponent(u) + '&password=' + " +
        'encodeURIComponent(p);',
      errors: [{ messageId: 'rawRopc', line: 1, column: 14, endLine: 1, endColumn: 108 }],
    },
    {
      code: 'const form = `client_id=${id}&grant_type=password&username=${u}`;',
      errors: [{ messageId: 'rawRopc', line: 1, column: 14, endLine: 1, endColumn: 65 }],
    },
    {
      code: "await got.post('https://login.example.com/oauth/token?grant_type=password', { form });",
      languageOptions: javascript,
      errors: [{ messageId: 'rawRopc', line: 1, column: 16, endLine: 1, endColumn: 75 }],
    },
  ],
});
