import rule from '../../../eslint-plugin/src/rules/no-unsafe-jwt-algorithm';
import { setInstalledMajorVersionForTesting } from '../../../eslint-plugin/src/util/modules';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-unsafe-jwt-algorithm', rule, {
  valid: [
    // Pinned to one family, consistent with the key.
    dedent`
      import jwt from 'jsonwebtoken';
      jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: AUD, issuer: ISS });
      jwt.verify(token, secret, { algorithms: ['HS256'] });
    `,
    // jsonwebtoken 9 derives the algorithms from a fixed key.
    {
      code: dedent`
        import jwt from 'jsonwebtoken';
        jwt.verify(token, process.env.JWT_SECRET);
      `,
      options: [{ jsonwebtokenVersion: 9 }] as never,
    },
    // Options the rule cannot see are not guessed at.
    {
      code: dedent`
        import jwt from 'jsonwebtoken';
        jwt.verify(token, getKey, verifyOptions, callback);
        jwt.verify(token, getKey, { ...baseOptions }, callback);
      `,
      options: [{ jsonwebtokenVersion: 8 }] as never,
    },
    // passport-jwt and koa-jwt verify with jsonwebtoken 9: a fixed key needs no pin.
    {
      code: dedent`
        import { Strategy } from 'passport-jwt';
        passport.use(new Strategy({ jwtFromRequest, secretOrKey: process.env.JWT_SECRET }, verify));
      `,
      options: [{ jsonwebtokenVersion: 9 }] as never,
    },
    {
      code: dedent`
        var JwtStrategy = require('passport-jwt').Strategy;
        var opts = {};
        opts.algorithms = ['HS256'];
        opts.secretOrKey = process.env.JWT_SECRET;
        passport.use(new JwtStrategy(opts, verify));
      `,
      languageOptions: commonjs,
      options: [{ jsonwebtokenVersion: 8 }] as never,
    },
    // jose never accepts `none` and limits algorithms to the key type.
    dedent`
      import { jwtVerify } from 'jose';
      await jwtVerify(token, JWKS, { issuer: ISS, audience: AUD });
    `,
    // express-jwt 7+ (`expressjwt`) throws at startup without `algorithms`.
    {
      code: dedent`
        const { expressjwt } = require('express-jwt');
        app.use(expressjwt({ secret, algorithms: ['HS256'] }));
      `,
      languageOptions: commonjs,
    },
    dedent`
      import { expressjwt } from 'express-jwt';
      app.use(expressjwt({ secret }));
    `,
    // Other libraries' `verify` and `sign`.
    dedent`
      import crypto from 'node:crypto';
      crypto.verify('sha256', data, key, sig);
      const s = signer.sign({ algorithm: 'none' });
    `,
    // A local function named like the API.
    dedent`
      function verify(t, k) { return t; }
      verify(token, key, { algorithms: ['none'] });
    `,
    // `EmbeddedJWK` is fine outside `jwtVerify` (imported for a DPoP proof helper, for example).
    dedent`
      import { EmbeddedJWK, jwtVerify } from 'jose';
      await jwtVerify(token, JWKS, { issuer: ISS, audience: AUD });
      export { EmbeddedJWK };
    `,
    // Calls without usable arguments, and algorithm lists the rule cannot read.
    {
      code: dedent`
        import jwt from 'jsonwebtoken';
        jwt.verify();
        jwt.verify(...args);
        jwt.verify(t, k, { algorithms });
        jwt.verify(t, k, { algorithms: [...ALGS, alg] });
        jwt.sign(p, k, { algorithm });
      `,
      options: [{ jsonwebtokenVersion: 8 }] as never,
    },
  ],
  invalid: [
    {
      // The typical mistake: `none` and mixed families in one list, with a run-time key.
      code: dedent`
        import jwt from 'jsonwebtoken';
        jwt.verify(token, getKey, { algorithms: ["RS256", "HS256", "none"] }, cb);
      `,
      errors: [
        {
          messageId: 'algMixed',
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 67,
          suggestions: [],
        },
        {
          messageId: 'algNone',
          line: 2,
          column: 60,
          endLine: 2,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'removeNone',
              output: dedent`
                import jwt from 'jsonwebtoken';
                jwt.verify(token, getKey, { algorithms: ["RS256", "HS256"] }, cb);
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const jwt = require('jsonwebtoken');
        const ALGS = ['none'];
        jwt.verify(token, null, { algorithms: ALGS });
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'algNone',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { sign } from 'jsonwebtoken';
        const t = sign({ sub: 'x' }, null, { algorithm: 'none' });
      `,
      errors: [
        {
          messageId: 'signNone',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 55,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import * as jose from 'jose';
        const t = new jose.UnsecuredJWT({ sub: user.id }).encode();
      `,
      errors: [
        {
          messageId: 'unsecuredJwt',
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      // jsonwebtoken 8: no pin is an algorithm confusion hole; the suggestion adds the pin.
      code: dedent`
        import jwt from 'jsonwebtoken';
        const claims = jwt.verify(token, publicKey);
      `,
      options: [{ jsonwebtokenVersion: 8 }] as never,
      errors: [
        {
          messageId: 'algNotPinnedLegacy',
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'pinAlgorithms',
              output: dedent`
                import jwt from 'jsonwebtoken';
                const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import jwt from 'jsonwebtoken';
        jwt.verify(token, process.env.JWT_SECRET, { audience: AUD }, (err, claims) => done(err, claims));
      `,
      options: [{ jsonwebtokenVersion: 8 }] as never,
      errors: [
        {
          messageId: 'algNotPinnedLegacy',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'pinAlgorithms',
              output: dedent`
                import jwt from 'jsonwebtoken';
                jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'], audience: AUD }, (err, claims) => done(err, claims));
              `,
            },
          ],
        },
      ],
    },
    {
      // jsonwebtoken 9 with a key callback: the header picks the algorithm.
      code: dedent`
        const { verify } = require('jsonwebtoken');
        function getKey(header, cb) { client.getSigningKey(header.kid, (e, k) => cb(e, k.getPublicKey())); }
        verify(token, getKey, (err, decoded) => next(err));
      `,
      languageOptions: commonjs,
      options: [{ jsonwebtokenVersion: 9 }] as never,
      errors: [
        {
          messageId: 'algNotPinnedCallback',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'pinAlgorithms',
              output: dedent`
                const { verify } = require('jsonwebtoken');
                function getKey(header, cb) { client.getSigningKey(header.kid, (e, k) => cb(e, k.getPublicKey())); }
                verify(token, getKey, { algorithms: ['RS256'] }, (err, decoded) => next(err));
              `,
            },
          ],
        },
      ],
    },
    {
      // jsonwebtoken 9 with `requireAlgorithms`.
      code: dedent`
        import jwt from 'jsonwebtoken';
        jwt.verify(token, secret, {});
      `,
      options: [{ jsonwebtokenVersion: 9, requireAlgorithms: true }] as never,
      errors: [
        {
          messageId: 'algNotPinned',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'pinAlgorithms',
              output: dedent`
                import jwt from 'jsonwebtoken';
                jwt.verify(token, secret, { algorithms: ['HS256'] });
              `,
            },
          ],
        },
      ],
    },
    {
      // express-jwt 5 (default export) without `algorithms`.
      code: dedent`
        const jwt = require('express-jwt');
        app.use(jwt({ secret: process.env.SECRET }));
      `,
      languageOptions: commonjs,
      options: [{ expressJwtVersion: 5 }] as never,
      errors: [
        {
          messageId: 'algNotPinnedExpressJwt',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'pinAlgorithms',
              output: dedent`
                const jwt = require('express-jwt');
                app.use(jwt({ algorithms: ['HS256'], secret: process.env.SECRET }));
              `,
            },
          ],
        },
      ],
    },
    {
      // passport-jwt through NestJS's `PassportStrategy` mixin.
      code: dedent`
        import { ExtractJwt, Strategy } from 'passport-jwt';
        import { PassportStrategy } from '@nestjs/passport';
        export class JwtStrategy extends PassportStrategy(Strategy) {
          constructor() {
            super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET });
          }
        }
      `,
      options: [{ jsonwebtokenVersion: 8 }] as never,
      errors: [
        {
          messageId: 'algNotPinnedLegacy',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'pinAlgorithms',
              output: dedent`
                import { ExtractJwt, Strategy } from 'passport-jwt';
                import { PassportStrategy } from '@nestjs/passport';
                export class JwtStrategy extends PassportStrategy(Strategy) {
                  constructor() {
                    super({ algorithms: ['HS256'], jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const JwtStrategy = require('passport-jwt').Strategy;
        passport.use(new JwtStrategy({ jwtFromRequest, secretOrKeyProvider: passportJwtSecret({ jwksUri }) }, verify));
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'algNotPinnedCallback',
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'pinAlgorithms',
              output: dedent`
                const JwtStrategy = require('passport-jwt').Strategy;
                passport.use(new JwtStrategy({ algorithms: ['RS256'], jwtFromRequest, secretOrKeyProvider: passportJwtSecret({ jwksUri }) }, verify));
              `,
            },
          ],
        },
      ],
    },
    {
      // Options built up by assignment (the passport-jwt README's style).
      code: dedent`
        var JwtStrategy = require('passport-jwt').Strategy;
        var opts = {};
        opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
        opts.secretOrKey = process.env.JWT_SECRET;
        passport.use(new JwtStrategy(opts, verify));
      `,
      languageOptions: commonjs,
      options: [{ jsonwebtokenVersion: 8 }] as never,
      errors: [
        {
          messageId: 'algNotPinnedLegacy',
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 29,
          suggestions: [],
        },
      ],
    },
    {
      // Mixed families in express-jwt.
      code: dedent`
        import { expressjwt } from 'express-jwt';
        app.use(expressjwt({ secret: getKey, algorithms: ['HS256', 'RS256'] }));
      `,
      errors: [
        {
          messageId: 'algMixed',
          line: 2,
          column: 50,
          endLine: 2,
          endColumn: 68,
          suggestions: [],
        },
      ],
    },
    {
      // A key supplied by the token itself.
      code: dedent`
        import { EmbeddedJWK, jwtVerify } from 'jose';
        const { payload } = await jwtVerify(token, EmbeddedJWK, { issuer: ISS, audience: AUD });
      `,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'embeddedJwk',
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 55,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import jwt from 'jsonwebtoken';
        jwt.sign(payload, weakKey, { algorithm: 'RS256', allowInsecureKeySizes: true });
        jwt.verify(token, key, { algorithms: ['RS256'], allowInvalidAsymmetricKeyTypes: true });
      `,
      errors: [
        {
          messageId: 'insecureKeyOptions',
          line: 2,
          column: 50,
          endLine: 2,
          endColumn: 77,
          suggestions: [],
        },
        {
          messageId: 'insecureKeyOptions',
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 85,
          suggestions: [],
        },
      ],
    },
  ],
});

describe('no-unsafe-jwt-algorithm when the installed versions cannot be read', () => {
  before(() => {
    setInstalledMajorVersionForTesting('jsonwebtoken', null);
    setInstalledMajorVersionForTesting('express-jwt', null);
  });
  after(() => {
    setInstalledMajorVersionForTesting('jsonwebtoken', undefined);
    setInstalledMajorVersionForTesting('express-jwt', undefined);
  });

  ruleTester.run('no-unsafe-jwt-algorithm', rule, {
    valid: [],
    invalid: [
      {
        // The installed version cannot be read: the lower-severity message.
        code: dedent`
          import jwt from 'jsonwebtoken';
          jwt.verify(token, key);
        `,
        errors: [
          {
            messageId: 'algNotPinned',
            line: 2,
            column: 5,
            endLine: 2,
            endColumn: 11,
            suggestions: [
              {
                messageId: 'pinAlgorithms',
                output: dedent`
                  import jwt from 'jsonwebtoken';
                  jwt.verify(token, key, { algorithms: ['RS256'] });
                `,
              },
            ],
          },
        ],
      },
      {
        code: dedent`
          import jwt from 'express-jwt';
          app.use(jwt({ secret: process.env.SECRET }));
        `,
        errors: [
          {
            messageId: 'algNotPinned',
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 12,
            suggestions: [
              {
                messageId: 'pinAlgorithms',
                output: dedent`
                  import jwt from 'express-jwt';
                  app.use(jwt({ algorithms: ['HS256'], secret: process.env.SECRET }));
                `,
              },
            ],
          },
        ],
      },
      {
        code: dedent`
          import koaJwt from 'koa-jwt';
          app.use(koaJwt({ secret: SECRET }));
        `,
        errors: [
          {
            messageId: 'algNotPinned',
            line: 2,
            column: 9,
            endLine: 2,
            endColumn: 15,
            suggestions: [
              {
                messageId: 'pinAlgorithms',
                output: dedent`
                  import koaJwt from 'koa-jwt';
                  app.use(koaJwt({ algorithms: ['HS256'], secret: SECRET }));
                `,
              },
            ],
          },
        ],
      },
    ],
  });
});
