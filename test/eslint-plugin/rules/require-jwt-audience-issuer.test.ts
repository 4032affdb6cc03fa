import rule from '../../../eslint-plugin/src/rules/require-jwt-audience-issuer';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('require-jwt-audience-issuer', rule, {
  valid: [
    dedent`
      import jwt from 'jsonwebtoken';
      jwt.verify(token, getKey, { algorithms: ['RS256'], audience: API_AUDIENCE, issuer: ISSUER }, cb);
    `,
    // Through a same-file constant, with a spread.
    {
      code: dedent`
        const jwt = require('jsonwebtoken');
        const base = { audience: process.env.AUDIENCE };
        const opts = { ...base, issuer: \`https://login.microsoftonline.com/\${TENANT}/v2.0\`, algorithms: ['RS256'] };
        jwt.verify(token, publicKey, opts);
      `,
      languageOptions: commonjs,
    },
    // First-party HS256 session tokens (issued and consumed by this service).
    dedent`
      import jwt from 'jsonwebtoken';
      jwt.verify(token, process.env.JWT_SECRET);
      jwt.verify(token, secret, { algorithms: ['HS256'] });
      jwt.verify(token, 'dev-secret');
    `,
    dedent`
      import { jwtVerify } from 'jose';
      const secret = new TextEncoder().encode(process.env.SESSION_SECRET);
      await jwtVerify(token, secret);
    `,
    // A key the rule cannot classify is, as a rule, a first-party secret.
    dedent`
      import jwt from 'jsonwebtoken';
      jwt.verify(token, process.env.JWT_KEY);
      jwt.verify(token, config.get('jwtPrivateKey'));
    `,
    // Options the rule cannot see.
    dedent`
      import jwt from 'jsonwebtoken';
      export const check = (token, options) => jwt.verify(token, publicKey, options);
      jwt.verify(token, publicKey, { ...config.jwt });
    `,
    // passport-azure-ad defaults `audience` to `clientID`; express-oauth2-jwt-bearer reads both from its settings.
    dedent`
      import { BearerStrategy } from 'passport-azure-ad';
      import { auth } from 'express-oauth2-jwt-bearer';
      passport.use(new BearerStrategy({ identityMetadata, clientID }, verify));
      app.use(auth());
    `,
    dedent`
      import { OAuth2Client } from 'google-auth-library';
      const client = new OAuth2Client(CLIENT_ID);
      const ticket = await client.verifyIdToken({ idToken, audience: CLIENT_ID });
    `,
    // firebase-admin `verifyIdToken(idToken)` takes a string and checks the project itself.
    'const decoded = await admin.auth().verifyIdToken(idToken);',
    {
      code: dedent`
        const JwtStrategy = require('passport-jwt').Strategy;
        const opts = {};
        opts.secretOrKey = publicKey;
        opts.audience = API_AUDIENCE;
        opts.issuer = ISSUER;
        passport.use(new JwtStrategy(opts, verify));
        const other = {};
        other[field] = value;
        passport.use(new JwtStrategy(other, verify));
      `,
      languageOptions: commonjs,
    },
    // An anchored audience pattern.
    dedent`
      import jwt from 'jsonwebtoken';
      jwt.verify(token, getKey, { audience: /^api:\\/\\/orders$/, issuer: ISS });
    `,
    // Another library's `verify`.
    dedent`
      import { verify } from 'argon2';
      await verify(hash, password);
    `,
    // Calls without usable arguments.
    dedent`
      import jwt from 'jsonwebtoken';
      import { Strategy } from 'passport-jwt';
      jwt.verify(...args);
      new Strategy();
      new Strategy(...args);
    `,
  ],
  invalid: [
    {
      // A run-time key (JWKS) without audience or issuer.
      code: dedent`
        import jwt from 'jsonwebtoken';
        jwt.verify(token, getKey, { algorithms: ['RS256'] }, (err, claims) => done(err, claims));
      `,
      errors: [
        {
          messageId: 'missingAudienceAndIssuer',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addAudienceAndIssuer',
              output: dedent`
                import jwt from 'jsonwebtoken';
                jwt.verify(token, getKey, { audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER, algorithms: ['RS256'] }, (err, claims) => done(err, claims));
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const { verify } = require('jsonwebtoken');
        const publicKey = fs.readFileSync('public.pem');
        const claims = verify(token, publicKey, { algorithms: ['RS256'], issuer: ISS });
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'missingAudience',
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'addAudience',
              output: dedent`
                const { verify } = require('jsonwebtoken');
                const publicKey = fs.readFileSync('public.pem');
                const claims = verify(token, publicKey, { audience: process.env.API_AUDIENCE, algorithms: ['RS256'], issuer: ISS });
              `,
            },
          ],
        },
      ],
    },
    {
      // No options at all: the suggestion adds them.
      code: dedent`
        import * as jwt from 'jsonwebtoken';
        const claims = jwt.verify(token, PUBLIC_KEY);
      `,
      errors: [
        {
          messageId: 'missingAudienceAndIssuer',
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addAudienceAndIssuer',
              output: dedent`
                import * as jwt from 'jsonwebtoken';
                const claims = jwt.verify(token, PUBLIC_KEY, { audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER });
              `,
            },
          ],
        },
      ],
    },
    {
      // Callback as third argument: options go before it.
      code: dedent`
        import jwt from 'jsonwebtoken';
        jwt.verify(token, getKey, function (err, claims) { next(err); });
      `,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'missingAudienceAndIssuer',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addAudienceAndIssuer',
              output: dedent`
                import jwt from 'jsonwebtoken';
                jwt.verify(token, getKey, { audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER }, function (err, claims) { next(err); });
              `,
            },
          ],
        },
      ],
    },
    {
      // jose with a remote key set.
      code: dedent`
        import { createRemoteJWKSet, jwtVerify as verifyJwt } from 'jose';
        const JWKS = createRemoteJWKSet(new URL(JWKS_URI));
        const { payload } = await verifyJwt(token, JWKS, { audience: 'api://orders' });
      `,
      errors: [
        {
          messageId: 'missingIssuer',
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'addIssuer',
              output: dedent`
                import { createRemoteJWKSet, jwtVerify as verifyJwt } from 'jose';
                const JWKS = createRemoteJWKSet(new URL(JWKS_URI));
                const { payload } = await verifyJwt(token, JWKS, { issuer: process.env.TOKEN_ISSUER, audience: 'api://orders' });
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const jose = require('jose');
        async function check(token) {
          const { payload } = await jose.jwtVerify(token, await jose.importSPKI(pem, "RS256"));
          return payload;
        }
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'missingAudienceAndIssuer',
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'addAudienceAndIssuer',
              output: dedent`
                const jose = require('jose');
                async function check(token) {
                  const { payload } = await jose.jwtVerify(token, await jose.importSPKI(pem, "RS256"), { audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER });
                  return payload;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // With `checkSymmetricKeys`, first-party HS tokens and unclassified keys too.
      code: dedent`
        import jwt from 'jsonwebtoken';
        jwt.verify(token, process.env.JWT_SECRET, { audience: AUD });
        jwt.verify(token, key, { issuer: ISS });
      `,
      options: [{ checkSymmetricKeys: true }] as never,
      errors: [
        {
          messageId: 'missingIssuer',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addIssuer',
              output: dedent`
                import jwt from 'jsonwebtoken';
                jwt.verify(token, process.env.JWT_SECRET, { issuer: process.env.TOKEN_ISSUER, audience: AUD });
                jwt.verify(token, key, { issuer: ISS });
              `,
            },
          ],
        },
        {
          messageId: 'missingAudience',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addAudience',
              output: dedent`
                import jwt from 'jsonwebtoken';
                jwt.verify(token, process.env.JWT_SECRET, { audience: AUD });
                jwt.verify(token, key, { audience: process.env.API_AUDIENCE, issuer: ISS });
              `,
            },
          ],
        },
      ],
    },
    {
      // Middleware: express-jwt, passport-jwt (also in a NestJS strategy), koa-jwt.
      code: dedent`
        import { expressjwt } from 'express-jwt';
        import jwksRsa from 'jwks-rsa';
        app.use(expressjwt({ secret: jwksRsa.expressJwtSecret({ jwksUri }), algorithms: ['RS256'] }));
      `,
      errors: [
        {
          messageId: 'missingAudienceAndIssuer',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addAudienceAndIssuer',
              output: dedent`
                import { expressjwt } from 'express-jwt';
                import jwksRsa from 'jwks-rsa';
                app.use(expressjwt({ audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER, secret: jwksRsa.expressJwtSecret({ jwksUri }), algorithms: ['RS256'] }));
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import { Strategy, ExtractJwt } from 'passport-jwt';
        class JwtStrategy extends PassportStrategy(Strategy) {
          constructor() { super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKeyProvider: passportJwtSecret({ jwksUri }), algorithms: ['RS256'] }); }
        }
      `,
      errors: [
        {
          messageId: 'missingAudienceAndIssuer',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'addAudienceAndIssuer',
              output: dedent`
                import { Strategy, ExtractJwt } from 'passport-jwt';
                class JwtStrategy extends PassportStrategy(Strategy) {
                  constructor() { super({ audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER, jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKeyProvider: passportJwtSecret({ jwksUri }), algorithms: ['RS256'] }); }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const jwt = require('koa-jwt');
        app.use(jwt({ secret: publicKey, algorithms: ['RS256'], issuer: ISS }));
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'missingAudience',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'addAudience',
              output: dedent`
                const jwt = require('koa-jwt');
                app.use(jwt({ audience: process.env.API_AUDIENCE, secret: publicKey, algorithms: ['RS256'], issuer: ISS }));
              `,
            },
          ],
        },
      ],
    },
    {
      // Options built up by assignment.
      code: dedent`
        const JwtStrategy = require('passport-jwt').Strategy;
        const opts = {};
        opts.secretOrKey = publicKey;
        opts.audience = API_AUDIENCE;
        passport.use(new JwtStrategy(opts, verify));
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'missingIssuer',
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 29,
          suggestions: [],
        },
      ],
    },
    {
      // google-auth-library, resolved or by its `{ idToken }` shape.
      code: dedent`
        import { OAuth2Client } from 'google-auth-library';
        const client = new OAuth2Client(CLIENT_ID);
        const ticket = await client.verifyIdToken({ idToken });
      `,
      errors: [
        {
          messageId: 'googleNoAudience',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'addAudience',
              output: dedent`
                import { OAuth2Client } from 'google-auth-library';
                const client = new OAuth2Client(CLIENT_ID);
                const ticket = await client.verifyIdToken({ audience: process.env.GOOGLE_CLIENT_ID, idToken });
              `,
            },
          ],
        },
      ],
    },
    {
      code: 'const ticket = await this.oauthClient.verifyIdToken({ idToken: body.credential });',
      errors: [
        {
          messageId: 'googleNoAudience',
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'addAudience',
              output:
                'const ticket = await this.oauthClient.verifyIdToken({ audience: process.env.GOOGLE_CLIENT_ID, ' +
                'idToken: body.credential });',
            },
          ],
        },
      ],
    },
    {
      // Over-broad and foreign audiences.
      code: dedent`
        import jwt from 'jsonwebtoken';
        jwt.verify(token, getKey, { audience: /orders/, issuer: ISS });
        jwt.verify(token, getKey, { audience: [/.*/, 'api://orders'], issuer: ISS });
      `,
      errors: [
        {
          messageId: 'audienceWildcard',
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 47,
          suggestions: [],
        },
        {
          messageId: 'audienceWildcard',
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { jwtVerify } from 'jose';
        const GRAPH = 'https://graph.microsoft.com';
        await jwtVerify(token, JWKS, { audience: GRAPH, issuer: ISS });
      `,
      errors: [
        {
          messageId: 'foreignAudience',
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 47,
          suggestions: [],
        },
      ],
    },
  ],
});
