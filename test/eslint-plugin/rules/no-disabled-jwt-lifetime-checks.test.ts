import rule from '../../../eslint-plugin/src/rules/no-disabled-jwt-lifetime-checks';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-disabled-jwt-lifetime-checks', rule, {
  valid: [
    // A small clock tolerance, explicit `false` flags.
    [
      "import jwt from 'jsonwebtoken';",
      "jwt.verify(token, key, { algorithms: ['RS256'], clockTolerance: 60, ignoreExpiration: false });",
    ].join('\n'),
    [
      "import { jwtVerify } from 'jose';",
      "await jwtVerify(token, JWKS, { clockTolerance: '5 minutes', maxTokenAge: '1h' });",
    ].join('\n'),
    // `maxAge` and `clockTolerance` of other APIs are not token lifetimes.
    [
      'app.use(session({ cookie: { maxAge: 30 * 24 * 60 * 60 * 1000 } }));',
      'res.cookie("sid", id, { maxAge: 86400000 * 30 });',
      'const t = { clockTolerance: 3600 };',
    ].join('\n'),
    // `onExpired` that rethrows after a grace window.
    [
      "import { expressjwt } from 'express-jwt';",
      'app.use(expressjwt({',
      "  secret, algorithms: ['HS256'],",
      '  onExpired: async (req, err) => {',
      '    if (new Date() - err.inner.expiredAt < 5000) { return; }',
      '    throw err;',
      '  },',
      '}));',
    ].join('\n'),
    // Types and destructuring defaults are not settings.
    [
      'interface VerifyOptions { ignoreExpiration: true }',
      'function f({ ignoreExpiration = true }) { return ignoreExpiration; }',
    ].join('\n'),
    // Durations the rule cannot read.
    [
      "import jwt from 'jsonwebtoken';",
      'jwt.verify(token, key, { clockTolerance: config.skew, maxAge: "3600" });',
    ].join('\n'),
    // Values the rule cannot read, and computed keys.
    [
      "import jwt from 'jsonwebtoken';",
      "jwt.verify(t, k, { clockTolerance: -1, maxAge: '' });",
      'const o = { ["ignoreExpiration"]: flag, [key]: true };',
      'jwt.verify();',
    ].join('\n'),
  ],
  invalid: [
    {
      // The typical mistake: autofixed.
      code: [
        "import jwt from 'jsonwebtoken';",
        "const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'], ignoreExpiration: true });",
      ].join('\n'),
      output: [
        "import jwt from 'jsonwebtoken';",
        "const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });",
      ].join('\n'),
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
      code: [
        'export const jwtOptions = {',
        "  algorithms: ['RS256'],",
        '  ignoreExpiration: true,',
        '  audience: AUD,',
        '};',
      ].join('\n'),
      output: [
        'export const jwtOptions = {',
        "  algorithms: ['RS256'],",
        '  audience: AUD,',
        '};',
      ].join('\n'),
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
      code: [
        "import { Strategy, ExtractJwt } from 'passport-jwt';",
        'export class JwtStrategy extends PassportStrategy(Strategy) {',
        '  constructor() {',
        '    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ignoreExpiration: true, secretOrKey: process.env.JWT_SECRET });',
        '  }',
        '}',
      ].join('\n'),
      output: [
        "import { Strategy, ExtractJwt } from 'passport-jwt';",
        'export class JwtStrategy extends PassportStrategy(Strategy) {',
        '  constructor() {',
        '    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET });',
        '  }',
        '}',
      ].join('\n'),
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
      options: [{"fixIgnoreExpiration":false}] as never,
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
      code: [
        "const jwt = require('jsonwebtoken');",
        'const IGNORE = true;',
        'jwt.verify(token, key, { ignoreNotBefore: IGNORE });',
      ].join('\n'),
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
              output: [
                "const jwt = require('jsonwebtoken');",
                'const IGNORE = true;',
                'jwt.verify(token, key, {});',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // jose 2.x flags.
      code: [
        "const { JWT } = require('jose');",
        'const claims = JWT.verify(token, key, { ignoreExp: true, ignoreIat: true });',
      ].join('\n'),
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
              output: [
                "const { JWT } = require('jose');",
                'const claims = JWT.verify(token, key, { ignoreIat: true });',
              ].join('\n'),
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
              output: [
                "const { JWT } = require('jose');",
                'const claims = JWT.verify(token, key, { ignoreExp: true });',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // Stretched tolerances and ages, through constants and units.
      code: [
        "import * as jwt from 'jsonwebtoken';",
        'const DAY = 60 * 60 * 24;',
        "jwt.verify(token, key, { clockTolerance: DAY, maxAge: '30d' });",
      ].join('\n'),
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
      code: [
        "import { jwtVerify as verify } from 'jose';",
        "await verify(token, JWKS, { clockTolerance: '2 hours', issuer: ISS, audience: AUD });",
      ].join('\n'),
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
              output: [
                "import { jwtVerify as verify } from 'jose';",
                'await verify(token, JWKS, { clockTolerance: 60, issuer: ISS, audience: AUD });',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // passport-azure-ad `clockSkew`; passport-jwt nested options.
      code: [
        "import { BearerStrategy } from 'passport-azure-ad';",
        'passport.use(new BearerStrategy({ identityMetadata, clientID, clockSkew: 3600 }, verify));',
      ].join('\n'),
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
              output: [
                "import { BearerStrategy } from 'passport-azure-ad';",
                'passport.use(new BearerStrategy({ identityMetadata, clientID, clockSkew: 60 }, verify));',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: [
        "const { Strategy } = require('passport-jwt');",
        "passport.use(new Strategy({ jwtFromRequest, secretOrKey, jsonWebTokenOptions: { maxAge: '7d' } }, verify));",
      ].join('\n'),
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
      code: [
        "import { expressjwt } from 'express-jwt';",
        "app.use(expressjwt({ secret, algorithms: ['HS256'], onExpired: () => {} }));",
      ].join('\n'),
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
      code: [
        "const { expressjwt } = require('express-jwt');",
        'async function acceptExpired(req, err) { console.warn(err.message); }',
        "app.use(expressjwt({ secret, algorithms: ['HS256'], onExpired: acceptExpired }));",
      ].join('\n'),
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
