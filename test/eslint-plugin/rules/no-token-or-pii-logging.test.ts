import rule from '../../../eslint-plugin/src/rules/no-token-or-pii-logging';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

const what = (w: string) => ({ what: w });

ruleTester.run('no-token-or-pii-logging', rule, {
  valid: [
    // Hard negatives: metadata, lengths, negations, redactors.
    "console.log('token acquired', { expiresOn: r?.expiresOn, scopes: r?.scopes, correlationId: r?.correlationId });",
    "console.log('signed in as', result.account.username);",
    'console.log(!!accessToken, accessToken.length, typeof idToken);',
    "logger.info('token', redact(accessToken), mask(refreshToken));",
    "console.debug('prefix', accessToken.slice(0, 6));",
    // Names that only mention tokens or passwords.
    "console.log('expires', tokenExpiresAt, csrfToken, nextPageToken, hasPassword, passwordPolicy, isPasswordValid);",
    // A bare `token` is too weak a signal (lexers, paging, cancellation).
    'console.log(token);',
    "console.log('next', page.token);",
    // Not a logger: `Math.log`, a local `console`, a method of one's own.
    'const y = Math.log(accessToken);',
    'const console = makeSink(); console.log(accessToken);',
    'metrics.info(accessToken);',
    // Strings that mention tokens are not tokens.
    "console.log('access_token missing from the response');",
    // PII switches that are off, or not constants.
    'const config = { system: { loggerOptions: { piiLoggingEnabled: false } } };',
    'const config = { system: { loggerOptions: { piiLoggingEnabled: isDev } } };',
    'const strategy = new OIDCStrategy({ identityMetadata, clientID, loggingNoPII: true }, verify);',
    'const credential = new DefaultAzureCredential({ loggingOptions: { allowLoggingAccountIdentifiers: false } });',
    // Imported bindings named like tokens are modules, not values.
    "import jwt from 'jsonwebtoken'; console.log(jwt);",
    { code: "console.log('user', req.user.id);", languageOptions: javascript },
    // A `.then` callback of something that is not a token call.
    'fetchThings().then(data => console.log(data));',
  ],
  invalid: [
    {
      code: dedent`
        import { ConfidentialClientApplication } from '@azure/msal-node';
        const cca = new ConfidentialClientApplication(config);
        const r = await cca.acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT] });
        console.log('token:', r?.accessToken);
        console.info('result', r);
      `,
      errors: [
        { messageId: 'secretLogged', data: what('an access token'), line: 4, column: 23, endLine: 4, endColumn: 37 },
        {
          messageId: 'secretLogged',
          data: what('a whole token result (its access, ID and refresh tokens included)'),
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 25,
        },
      ],
    },
    {
      // pino in CommonJS: request headers, and the Authorization header inside a template.
      code: dedent`
        const pino = require('pino');
        const logger = pino();
        app.use((req, res, next) => {
          logger.info({ headers: req.headers }, 'incoming');
          req.log.debug(\`auth \${req.headers['authorization']}\`);
          next();
        });
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'secretLogged',
          data: what('the request headers (Authorization and Cookie included)'),
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 37,
        },
        {
          messageId: 'secretLogged',
          data: what('the Authorization header'),
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 53,
        },
      ],
    },
    {
      // Azure Functions: a token response by name, through JSON.stringify and concatenation; `context.log.error`.
      code: dedent`
        export default async function (context, req) {
          const tokenResponse = await fetchToken(req.body.code);
          context.log('token response: ' + JSON.stringify(tokenResponse));
          context.log.error(clientSecret);
        }
      `,
      errors: [
        {
          messageId: 'secretLogged',
          data: what('a whole token result (its access, ID and refresh tokens included)'),
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 64,
        },
        { messageId: 'secretLogged', data: what('a client secret'), line: 4, column: 21, endLine: 4, endColumn: 33 },
      ],
    },
    {
      // The debug package (ESM default import, renamed), an object key that names the value, a password.
      code: dedent`
        import createDebug from 'debug';
        const debug = createDebug('auth');
        debug('refresh with %s', session.refreshToken);
        this.logger.warn({ access_token: data, user: data.user });
        console.error(\`\${password}\`);
      `,
      errors: [
        { messageId: 'secretLogged', data: what('a refresh token'), line: 3, column: 26, endLine: 3, endColumn: 46 },
        { messageId: 'secretLogged', data: what('an access token'), line: 4, column: 34, endLine: 4, endColumn: 38 },
        { messageId: 'secretLogged', data: what('a password'), line: 5, column: 18, endLine: 5, endColumn: 26 },
      ],
    },
    {
      // MSAL.js samples: the login response logged from a `.then` callback.
      code: 'myMSALObj.loginPopup(loginRequest).then(loginResponse => {\n  console.log(loginResponse);\n});',
      languageOptions: javascript,
      errors: [{ messageId: 'secretLogged', line: 2, column: 15, endLine: 2, endColumn: 28 }],
    },
    {
      code:
        'const credential = new ClientSecretCredential(tenantId, clientId, secret);\n' +
        'const t = await credential.getToken(scope);\nconsole.log(t);',
      languageOptions: javascript,
      errors: [{ messageId: 'secretLogged', line: 3, column: 13, endLine: 3, endColumn: 14 }],
    },
    {
      code: dedent`
        const msalConfig = {
          auth: { clientId },
          system: { loggerOptions: { loggerCallback, piiLoggingEnabled: true, logLevel: LogLevel.Verbose } },
        };
      `,
      output: dedent`
        const msalConfig = {
          auth: { clientId },
          system: { loggerOptions: { loggerCallback, piiLoggingEnabled: false, logLevel: LogLevel.Verbose } },
        };
      `,
      errors: [
        {
          messageId: 'piiLogging',
          data: { name: 'piiLoggingEnabled', value: 'true' },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 69,
          suggestions: [],
        },
      ],
    },
    {
      // With fixPiiFlags off the same change is a suggestion.
      code: 'const loggerOptions = { piiLoggingEnabled: true };',
      options: [{ fixPiiFlags: false }],
      output: null,
      errors: [
        {
          messageId: 'piiLogging',
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'disablePiiLogging',
              data: { name: 'piiLoggingEnabled', safe: 'false' },
              output: 'const loggerOptions = { piiLoggingEnabled: false };',
            },
          ],
        },
      ],
    },
    {
      // A constant flag is reported but not rewritten (the constant may be used elsewhere).
      code: 'const VERBOSE = true;\nconst loggerOptions = { piiLoggingEnabled: VERBOSE };',
      output: null,
      errors: [{ messageId: 'piiLogging', line: 2, column: 25, endLine: 2, endColumn: 51, suggestions: [] }],
    },
    {
      code: dedent`
        passport.use(new OIDCStrategy({ identityMetadata, clientID, loggingNoPII: false }, verify));
        const credential = new DefaultAzureCredential({ loggingOptions: { allowLoggingAccountIdentifiers: true, enableUnsafeSupportLogging: true } });
      `,
      output: dedent`
        passport.use(new OIDCStrategy({ identityMetadata, clientID, loggingNoPII: true }, verify));
        const credential = new DefaultAzureCredential({ loggingOptions: { allowLoggingAccountIdentifiers: false, enableUnsafeSupportLogging: false } });
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'piiLogging',
          data: { name: 'loggingNoPII', value: 'false' },
          line: 1,
          column: 61,
          endLine: 1,
          endColumn: 80,
          suggestions: [],
        },
        {
          messageId: 'piiLogging',
          data: { name: 'allowLoggingAccountIdentifiers', value: 'true' },
          line: 2,
          column: 67,
          endLine: 2,
          endColumn: 103,
          suggestions: [],
        },
        {
          messageId: 'piiLogging',
          data: { name: 'enableUnsafeSupportLogging', value: 'true' },
          line: 2,
          column: 105,
          endLine: 2,
          endColumn: 137,
          suggestions: [],
        },
      ],
    },
  ],
});
