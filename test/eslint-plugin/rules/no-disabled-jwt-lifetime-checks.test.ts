import rule from '../../../eslint-plugin/src/rules/no-disabled-jwt-lifetime-checks';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-disabled-jwt-lifetime-checks', rule, {
  valid: [
    // A small clock tolerance, explicit `false` flags.
    dedent`
      import jwt from 'jsonwebtoken';
      jwt.verify(token, key, { algorithms: ['RS256'], clockTolerance: 60, ignoreExpiration: false });
    `,
    dedent`
      import { jwtVerify } from 'jose';
      await jwtVerify(token, JWKS, { clockTolerance: '5 minutes', maxTokenAge: '1h' });
    `,
    // `maxAge` and `clockTolerance` of other APIs are not token lifetimes.
    dedent`
      app.use(session({ cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } }));
      res.cookie("sid", id, { maxAge: 86400000 * 30 });
      const t = { clockTolerance: 3600 };
    `,
    // `onExpired` that rethrows after a grace window.
    dedent`
      import { expressjwt } from 'express-jwt';
      app.use(expressjwt({
        secret, algorithms: ['HS256'],
        onExpired: async (req, err) => {
          if (new Date() - err.inner.expiredAt < 5000) { return; }
          throw err;
        },
      }));
    `,
    // Types and destructuring defaults are not settings.
    dedent`
      interface VerifyOptions { ignoreExpiration: true }
      function f({ ignoreExpiration = true }) { return ignoreExpiration; }
    `,
    // Durations the rule cannot read.
    dedent`
      import jwt from 'jsonwebtoken';
      jwt.verify(token, key, { clockTolerance: config.skew, maxAge: "3600" });
    `,
    // Values the rule cannot read, and computed keys.
    dedent`
      import jwt from 'jsonwebtoken';
      jwt.verify(t, k, { clockTolerance: -1, maxAge: '' });
      const o = { ["ignoreExpiration"]: flag, [key]: true };
      jwt.verify();
    `,
  ],
  invalid: [
    {
      // The typical mistake: autofixed.
      code: dedent`
        import jwt from 'jsonwebtoken';
        const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'], ignoreExpiration: true });
      `,
      output: dedent`
        import jwt from 'jsonwebtoken';
        const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });
      `,
      errors: [
        {
          messageId: 'ignoreExpiration',
          line: 2,
          column: 70,
          endLine: 2,
          endColumn: 92,
          suggestions: [],
        },
      ],
    },
    {
      // In any object literal (the names are jsonwebtoken's and passport-jwt's alone), on its own line.
      code: dedent`
        export const jwtOptions = {
          algorithms: ['RS256'],
          ignoreExpiration: true,
          audience: AUD,
        };
      `,
      output: dedent`
        export const jwtOptions = {
          algorithms: ['RS256'],
          audience: AUD,
        };
      `,
      errors: [
        {
          messageId: 'ignoreExpiration',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      // NestJS passport-jwt strategy.
      code: dedent`
        import { Strategy, ExtractJwt } from 'passport-jwt';
        export class JwtStrategy extends PassportStrategy(Strategy) {
          constructor() {
            super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ignoreExpiration: true, secretOrKey: process.env.JWT_SECRET });
          }
        }
      `,
      output: dedent`
        import { Strategy, ExtractJwt } from 'passport-jwt';
        export class JwtStrategy extends PassportStrategy(Strategy) {
          constructor() {
            super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET });
          }
        }
      `,
      errors: [
        {
          messageId: 'ignoreExpiration',
          line: 4,
          column: 71,
          endLine: 4,
          endColumn: 93,
          suggestions: [],
        },
      ],
    },
    {
      // With `fixIgnoreExpiration: false`, a suggestion instead.
      code: 'const opts = { ignoreExpiration: true };',
      languageOptions: javascript,
      options: [{ fixIgnoreExpiration: false }] as never,
      errors: [
        {
          messageId: 'ignoreExpiration',
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'removeOption',
              output: 'const opts = {};',
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const jwt = require('jsonwebtoken');
        const IGNORE = true;
        jwt.verify(token, key, { ignoreNotBefore: IGNORE });
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'ignoreNotBefore',
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'removeOption',
              output: dedent`
                const jwt = require('jsonwebtoken');
                const IGNORE = true;
                jwt.verify(token, key, {});
              `,
            },
          ],
        },
      ],
    },
    {
      // jose 2.x flags.
      code: dedent`
        const { JWT } = require('jose');
        const claims = JWT.verify(token, key, { ignoreExp: true, ignoreIat: true });
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'joseIgnoreClaim',
          line: 2,
          column: 41,
          endLine: 2,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'removeOption',
              output: dedent`
                const { JWT } = require('jose');
                const claims = JWT.verify(token, key, { ignoreIat: true });
              `,
            },
          ],
        },
        {
          messageId: 'joseIgnoreClaim',
          line: 2,
          column: 58,
          endLine: 2,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'removeOption',
              output: dedent`
                const { JWT } = require('jose');
                const claims = JWT.verify(token, key, { ignoreExp: true });
              `,
            },
          ],
        },
      ],
    },
    {
      // Stretched tolerances and ages, through constants and units.
      code: dedent`
        import * as jwt from 'jsonwebtoken';
        const DAY = 60 * 60 * 24;
        jwt.verify(token, key, { clockTolerance: DAY, maxAge: '30d' });
      `,
      errors: [
        {
          messageId: 'largeClockTolerance',
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 45,
          suggestions: [],
        },
        {
          messageId: 'largeMaxAge',
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 60,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { jwtVerify as verify } from 'jose';
        await verify(token, JWKS, { clockTolerance: '2 hours', issuer: ISS, audience: AUD });
      `,
      errors: [
        {
          messageId: 'largeClockTolerance',
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'reduceClockTolerance',
              output: dedent`
                import { jwtVerify as verify } from 'jose';
                await verify(token, JWKS, { clockTolerance: 60, issuer: ISS, audience: AUD });
              `,
            },
          ],
        },
      ],
    },
    {
      // passport-azure-ad `clockSkew`; passport-jwt nested options.
      code: dedent`
        import { BearerStrategy } from 'passport-azure-ad';
        passport.use(new BearerStrategy({ identityMetadata, clientID, clockSkew: 3600 }, verify));
      `,
      errors: [
        {
          messageId: 'largeClockTolerance',
          line: 2,
          column: 63,
          endLine: 2,
          endColumn: 78,
          suggestions: [
            {
              messageId: 'reduceClockTolerance',
              output: dedent`
                import { BearerStrategy } from 'passport-azure-ad';
                passport.use(new BearerStrategy({ identityMetadata, clientID, clockSkew: 60 }, verify));
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const { Strategy } = require('passport-jwt');
        passport.use(new Strategy({ jwtFromRequest, secretOrKey, jsonWebTokenOptions: { maxAge: '7d' } }, verify));
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'largeMaxAge',
          line: 2,
          column: 81,
          endLine: 2,
          endColumn: 93,
          suggestions: [],
        },
      ],
    },
    {
      // express-jwt `onExpired` that never throws.
      code: dedent`
        import { expressjwt } from 'express-jwt';
        app.use(expressjwt({ secret, algorithms: ['HS256'], onExpired: () => {} }));
      `,
      errors: [
        {
          messageId: 'onExpiredAccepts',
          line: 2,
          column: 53,
          endLine: 2,
          endColumn: 72,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const { expressjwt } = require('express-jwt');
        async function acceptExpired(req, err) { console.warn(err.message); }
        app.use(expressjwt({ secret, algorithms: ['HS256'], onExpired: acceptExpired }));
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'onExpiredAccepts',
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 77,
          suggestions: [],
        },
      ],
    },
  ],
});
