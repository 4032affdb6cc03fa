import rule from '../../../eslint-plugin/src/rules/require-jwt-audience-issuer';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('require-jwt-audience-issuer', rule, {
  valid: [
    [
      "import jwt from 'jsonwebtoken';",
      "jwt.verify(token, getKey, { algorithms: ['RS256'], audience: API_AUDIENCE, issuer: ISSUER }, cb);",
    ].join('\n'),
    // Through a same-file constant, with a spread.
    {
      code: [
        "const jwt = require('jsonwebtoken');",
        'const base = { audience: process.env.AUDIENCE };',
        "const opts = { ...base, issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`, algorithms: ['RS256'] };",
        'jwt.verify(token, publicKey, opts);',
      ].join('\n'),
      languageOptions: commonjs,
    },
    // First-party HS256 session tokens (issued and consumed by this service).
    [
      "import jwt from 'jsonwebtoken';",
      'jwt.verify(token, process.env.JWT_SECRET);',
      "jwt.verify(token, secret, { algorithms: ['HS256'] });",
      "jwt.verify(token, 'dev-secret');",
    ].join('\n'),
    [
      "import { jwtVerify } from 'jose';",
      'const secret = new TextEncoder().encode(process.env.SESSION_SECRET);',
      'await jwtVerify(token, secret);',
    ].join('\n'),
    // A key the rule cannot classify is, as a rule, a first-party secret.
    [
      "import jwt from 'jsonwebtoken';",
      'jwt.verify(token, process.env.JWT_KEY);',
      "jwt.verify(token, config.get('jwtPrivateKey'));",
    ].join('\n'),
    // Options the rule cannot see.
    [
      "import jwt from 'jsonwebtoken';",
      'export const check = (token, options) => jwt.verify(token, publicKey, options);',
      'jwt.verify(token, publicKey, { ...config.jwt });',
    ].join('\n'),
    // passport-azure-ad defaults `audience` to `clientID`; express-oauth2-jwt-bearer reads both from its settings.
    [
      "import { BearerStrategy } from 'passport-azure-ad';",
      "import { auth } from 'express-oauth2-jwt-bearer';",
      'passport.use(new BearerStrategy({ identityMetadata, clientID }, verify));',
      'app.use(auth());',
    ].join('\n'),
    [
      "import { OAuth2Client } from 'google-auth-library';",
      'const client = new OAuth2Client(CLIENT_ID);',
      'const ticket = await client.verifyIdToken({ idToken, audience: CLIENT_ID });',
    ].join('\n'),
    // firebase-admin `verifyIdToken(idToken)` takes a string and checks the project itself.
    'const decoded = await admin.auth().verifyIdToken(idToken);',
    {
      code: [
        "const JwtStrategy = require('passport-jwt').Strategy;",
        'const opts = {};',
        'opts.secretOrKey = publicKey;',
        'opts.audience = API_AUDIENCE;',
        'opts.issuer = ISSUER;',
        'passport.use(new JwtStrategy(opts, verify));',
        'const other = {};',
        'other[field] = value;',
        'passport.use(new JwtStrategy(other, verify));',
      ].join('\n'),
      languageOptions: commonjs,
    },
    // An anchored audience pattern.
    [
      "import jwt from 'jsonwebtoken';",
      'jwt.verify(token, getKey, { audience: /^api:\\/\\/orders$/, issuer: ISS });',
    ].join('\n'),
    // Another library's `verify`.
    [
      "import { verify } from 'argon2';",
      'await verify(hash, password);',
    ].join('\n'),
    // Calls without usable arguments.
    [
      "import jwt from 'jsonwebtoken';",
      "import { Strategy } from 'passport-jwt';",
      'jwt.verify(...args);',
      'new Strategy();',
      'new Strategy(...args);',
    ].join('\n'),
  ],
  invalid: [
    {
      // A run-time key (JWKS) without audience or issuer.
      code: [
        "import jwt from 'jsonwebtoken';",
        "jwt.verify(token, getKey, { algorithms: ['RS256'] }, (err, claims) => done(err, claims));",
      ].join('\n'),
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
              output: [
                "import jwt from 'jsonwebtoken';",
                "jwt.verify(token, getKey, { audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER, algorithms: ['RS256'] }, (err, claims) => done(err, claims));",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: [
        "const { verify } = require('jsonwebtoken');",
        "const publicKey = fs.readFileSync('public.pem');",
        "const claims = verify(token, publicKey, { algorithms: ['RS256'], issuer: ISS });",
      ].join('\n'),
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
              output: [
                "const { verify } = require('jsonwebtoken');",
                "const publicKey = fs.readFileSync('public.pem');",
                "const claims = verify(token, publicKey, { audience: process.env.API_AUDIENCE, algorithms: ['RS256'], issuer: ISS });",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // No options at all: the suggestion adds them.
      code: [
        "import * as jwt from 'jsonwebtoken';",
        'const claims = jwt.verify(token, PUBLIC_KEY);',
      ].join('\n'),
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
              output: [
                "import * as jwt from 'jsonwebtoken';",
                'const claims = jwt.verify(token, PUBLIC_KEY, { audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER });',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // Callback as third argument: options go before it.
      code: [
        "import jwt from 'jsonwebtoken';",
        'jwt.verify(token, getKey, function (err, claims) { next(err); });',
      ].join('\n'),
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
              output: [
                "import jwt from 'jsonwebtoken';",
                'jwt.verify(token, getKey, { audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER }, function (err, claims) { next(err); });',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // jose with a remote key set.
      code: [
        "import { createRemoteJWKSet, jwtVerify as verifyJwt } from 'jose';",
        'const JWKS = createRemoteJWKSet(new URL(JWKS_URI));',
        "const { payload } = await verifyJwt(token, JWKS, { audience: 'api://orders' });",
      ].join('\n'),
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
              output: [
                "import { createRemoteJWKSet, jwtVerify as verifyJwt } from 'jose';",
                'const JWKS = createRemoteJWKSet(new URL(JWKS_URI));',
                "const { payload } = await verifyJwt(token, JWKS, { issuer: process.env.TOKEN_ISSUER, audience: 'api://orders' });",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: [
        "const jose = require('jose');",
        'async function check(token) {',
        '  const { payload } = await jose.jwtVerify(token, await jose.importSPKI(pem, "RS256"));',
        '  return payload;',
        '}',
      ].join('\n'),
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
              output: [
                "const jose = require('jose');",
                'async function check(token) {',
                '  const { payload } = await jose.jwtVerify(token, await jose.importSPKI(pem, "RS256"), { audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER });',
                '  return payload;',
                '}',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // With `checkSymmetricKeys`, first-party HS tokens and unclassified keys too.
      code: [
        "import jwt from 'jsonwebtoken';",
        'jwt.verify(token, process.env.JWT_SECRET, { audience: AUD });',
        'jwt.verify(token, key, { issuer: ISS });',
      ].join('\n'),
      options: [{"checkSymmetricKeys":true}] as never,
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
              output: [
                "import jwt from 'jsonwebtoken';",
                'jwt.verify(token, process.env.JWT_SECRET, { issuer: process.env.TOKEN_ISSUER, audience: AUD });',
                'jwt.verify(token, key, { issuer: ISS });',
              ].join('\n'),
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
              output: [
                "import jwt from 'jsonwebtoken';",
                'jwt.verify(token, process.env.JWT_SECRET, { audience: AUD });',
                'jwt.verify(token, key, { audience: process.env.API_AUDIENCE, issuer: ISS });',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // Middleware: express-jwt, passport-jwt (also in a NestJS strategy), koa-jwt.
      code: [
        "import { expressjwt } from 'express-jwt';",
        "import jwksRsa from 'jwks-rsa';",
        "app.use(expressjwt({ secret: jwksRsa.expressJwtSecret({ jwksUri }), algorithms: ['RS256'] }));",
      ].join('\n'),
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
              output: [
                "import { expressjwt } from 'express-jwt';",
                "import jwksRsa from 'jwks-rsa';",
                "app.use(expressjwt({ audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER, secret: jwksRsa.expressJwtSecret({ jwksUri }), algorithms: ['RS256'] }));",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: [
        "import { Strategy, ExtractJwt } from 'passport-jwt';",
        'class JwtStrategy extends PassportStrategy(Strategy) {',
        "  constructor() { super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKeyProvider: passportJwtSecret({ jwksUri }), algorithms: ['RS256'] }); }",
        '}',
      ].join('\n'),
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
              output: [
                "import { Strategy, ExtractJwt } from 'passport-jwt';",
                'class JwtStrategy extends PassportStrategy(Strategy) {',
                "  constructor() { super({ audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER, jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKeyProvider: passportJwtSecret({ jwksUri }), algorithms: ['RS256'] }); }",
                '}',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: [
        "const jwt = require('koa-jwt');",
        "app.use(jwt({ secret: publicKey, algorithms: ['RS256'], issuer: ISS }));",
      ].join('\n'),
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
              output: [
                "const jwt = require('koa-jwt');",
                "app.use(jwt({ audience: process.env.API_AUDIENCE, secret: publicKey, algorithms: ['RS256'], issuer: ISS }));",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // Options built up by assignment.
      code: [
        "const JwtStrategy = require('passport-jwt').Strategy;",
        'const opts = {};',
        'opts.secretOrKey = publicKey;',
        'opts.audience = API_AUDIENCE;',
        'passport.use(new JwtStrategy(opts, verify));',
      ].join('\n'),
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
      code: [
        "import { OAuth2Client } from 'google-auth-library';",
        'const client = new OAuth2Client(CLIENT_ID);',
        'const ticket = await client.verifyIdToken({ idToken });',
      ].join('\n'),
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
              output: [
                "import { OAuth2Client } from 'google-auth-library';",
                'const client = new OAuth2Client(CLIENT_ID);',
                'const ticket = await client.verifyIdToken({ audience: process.env.GOOGLE_CLIENT_ID, idToken });',
              ].join('\n'),
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
              output: 'const ticket = await this.oauthClient.verifyIdToken({ audience: process.env.GOOGLE_CLIENT_ID, idToken: body.credential });',
            },
          ],
        },
      ],
    },
    {
      // Over-broad and foreign audiences.
      code: [
        "import jwt from 'jsonwebtoken';",
        'jwt.verify(token, getKey, { audience: /orders/, issuer: ISS });',
        "jwt.verify(token, getKey, { audience: [/.*/, 'api://orders'], issuer: ISS });",
      ].join('\n'),
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
      code: [
        "import { jwtVerify } from 'jose';",
        "const GRAPH = 'https://graph.microsoft.com';",
        'await jwtVerify(token, JWKS, { audience: GRAPH, issuer: ISS });',
      ].join('\n'),
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
