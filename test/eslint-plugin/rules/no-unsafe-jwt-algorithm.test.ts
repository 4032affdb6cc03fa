import rule from '../../../eslint-plugin/src/rules/no-unsafe-jwt-algorithm';
import { setInstalledMajorVersionForTesting } from '../../../eslint-plugin/src/util/modules';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-unsafe-jwt-algorithm', rule, {
  valid: [
    // Pinned to one family, consistent with the key.
    [
      "import jwt from 'jsonwebtoken';",
      "jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: AUD, issuer: ISS });",
      "jwt.verify(token, secret, { algorithms: ['HS256'] });",
    ].join('\n'),
    // jsonwebtoken 9 derives the algorithms from a fixed key.
    {
      code: [
        "import jwt from 'jsonwebtoken';",
        'jwt.verify(token, process.env.JWT_SECRET);',
      ].join('\n'),
      options: [{"jsonwebtokenVersion":9}] as never,
    },
    // Options the rule cannot see are not guessed at.
    {
      code: [
        "import jwt from 'jsonwebtoken';",
        'jwt.verify(token, getKey, verifyOptions, callback);',
        'jwt.verify(token, getKey, { ...baseOptions }, callback);',
      ].join('\n'),
      options: [{"jsonwebtokenVersion":8}] as never,
    },
    // passport-jwt and koa-jwt verify with jsonwebtoken 9: a fixed key needs no pin.
    {
      code: [
        "import { Strategy } from 'passport-jwt';",
        'passport.use(new Strategy({ jwtFromRequest, secretOrKey: process.env.JWT_SECRET }, verify));',
      ].join('\n'),
      options: [{"jsonwebtokenVersion":9}] as never,
    },
    {
      code: [
        "var JwtStrategy = require('passport-jwt').Strategy;",
        'var opts = {};',
        "opts.algorithms = ['HS256'];",
        'opts.secretOrKey = process.env.JWT_SECRET;',
        'passport.use(new JwtStrategy(opts, verify));',
      ].join('\n'),
      languageOptions: commonjs,
      options: [{"jsonwebtokenVersion":8}] as never,
    },
    // jose never accepts `none` and limits algorithms to the key type.
    [
      "import { jwtVerify } from 'jose';",
      'await jwtVerify(token, JWKS, { issuer: ISS, audience: AUD });',
    ].join('\n'),
    // express-jwt 7+ (`expressjwt`) throws at startup without `algorithms`.
    {
      code: [
        "const { expressjwt } = require('express-jwt');",
        "app.use(expressjwt({ secret, algorithms: ['HS256'] }));",
      ].join('\n'),
      languageOptions: commonjs,
    },
    [
      "import { expressjwt } from 'express-jwt';",
      'app.use(expressjwt({ secret }));',
    ].join('\n'),
    // Other libraries' `verify` and `sign`.
    [
      "import crypto from 'node:crypto';",
      "crypto.verify('sha256', data, key, sig);",
      "const s = signer.sign({ algorithm: 'none' });",
    ].join('\n'),
    // A local function named like the API.
    [
      'function verify(t, k) { return t; }',
      "verify(token, key, { algorithms: ['none'] });",
    ].join('\n'),
    // `EmbeddedJWK` is fine outside `jwtVerify` (imported for a DPoP proof helper, for example).
    [
      "import { EmbeddedJWK, jwtVerify } from 'jose';",
      'await jwtVerify(token, JWKS, { issuer: ISS, audience: AUD });',
      'export { EmbeddedJWK };',
    ].join('\n'),
    // Calls without usable arguments, and algorithm lists the rule cannot read.
    {
      code: [
        "import jwt from 'jsonwebtoken';",
        'jwt.verify();',
        'jwt.verify(...args);',
        'jwt.verify(t, k, { algorithms });',
        'jwt.verify(t, k, { algorithms: [...ALGS, alg] });',
        'jwt.sign(p, k, { algorithm });',
      ].join('\n'),
      options: [{"jsonwebtokenVersion":8}] as never,
    },
  ],
  invalid: [
    {
      // The typical mistake: `none` and mixed families in one list, with a run-time key.
      code: [
        "import jwt from 'jsonwebtoken';",
        'jwt.verify(token, getKey, { algorithms: ["RS256", "HS256", "none"] }, cb);',
      ].join('\n'),
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
              output: [
                "import jwt from 'jsonwebtoken';",
                'jwt.verify(token, getKey, { algorithms: ["RS256", "HS256"] }, cb);',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: [
        "const jwt = require('jsonwebtoken');",
        "const ALGS = ['none'];",
        'jwt.verify(token, null, { algorithms: ALGS });',
      ].join('\n'),
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
      code: [
        "import { sign } from 'jsonwebtoken';",
        "const t = sign({ sub: 'x' }, null, { algorithm: 'none' });",
      ].join('\n'),
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
      code: [
        "import * as jose from 'jose';",
        'const t = new jose.UnsecuredJWT({ sub: user.id }).encode();',
      ].join('\n'),
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
      code: [
        "import jwt from 'jsonwebtoken';",
        'const claims = jwt.verify(token, publicKey);',
      ].join('\n'),
      options: [{"jsonwebtokenVersion":8}] as never,
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
              output: [
                "import jwt from 'jsonwebtoken';",
                "const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] });",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: [
        "import jwt from 'jsonwebtoken';",
        'jwt.verify(token, process.env.JWT_SECRET, { audience: AUD }, (err, claims) => done(err, claims));',
      ].join('\n'),
      options: [{"jsonwebtokenVersion":8}] as never,
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
              output: [
                "import jwt from 'jsonwebtoken';",
                "jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'], audience: AUD }, (err, claims) => done(err, claims));",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // jsonwebtoken 9 with a key callback: the header picks the algorithm.
      code: [
        "const { verify } = require('jsonwebtoken');",
        'function getKey(header, cb) { client.getSigningKey(header.kid, (e, k) => cb(e, k.getPublicKey())); }',
        'verify(token, getKey, (err, decoded) => next(err));',
      ].join('\n'),
      languageOptions: commonjs,
      options: [{"jsonwebtokenVersion":9}] as never,
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
              output: [
                "const { verify } = require('jsonwebtoken');",
                'function getKey(header, cb) { client.getSigningKey(header.kid, (e, k) => cb(e, k.getPublicKey())); }',
                "verify(token, getKey, { algorithms: ['RS256'] }, (err, decoded) => next(err));",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // jsonwebtoken 9 with `requireAlgorithms`.
      code: [
        "import jwt from 'jsonwebtoken';",
        'jwt.verify(token, secret, {});',
      ].join('\n'),
      options: [{"jsonwebtokenVersion":9,"requireAlgorithms":true}] as never,
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
              output: [
                "import jwt from 'jsonwebtoken';",
                "jwt.verify(token, secret, { algorithms: ['HS256'] });",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // express-jwt 5 (default export) without `algorithms`.
      code: [
        "const jwt = require('express-jwt');",
        'app.use(jwt({ secret: process.env.SECRET }));',
      ].join('\n'),
      languageOptions: commonjs,
      options: [{"expressJwtVersion":5}] as never,
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
              output: [
                "const jwt = require('express-jwt');",
                "app.use(jwt({ algorithms: ['HS256'], secret: process.env.SECRET }));",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // passport-jwt through NestJS's `PassportStrategy` mixin.
      code: [
        "import { ExtractJwt, Strategy } from 'passport-jwt';",
        "import { PassportStrategy } from '@nestjs/passport';",
        'export class JwtStrategy extends PassportStrategy(Strategy) {',
        '  constructor() {',
        '    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET });',
        '  }',
        '}',
      ].join('\n'),
      options: [{"jsonwebtokenVersion":8}] as never,
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
              output: [
                "import { ExtractJwt, Strategy } from 'passport-jwt';",
                "import { PassportStrategy } from '@nestjs/passport';",
                'export class JwtStrategy extends PassportStrategy(Strategy) {',
                '  constructor() {',
                "    super({ algorithms: ['HS256'], jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET });",
                '  }',
                '}',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: [
        "const JwtStrategy = require('passport-jwt').Strategy;",
        'passport.use(new JwtStrategy({ jwtFromRequest, secretOrKeyProvider: passportJwtSecret({ jwksUri }) }, verify));',
      ].join('\n'),
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
              output: [
                "const JwtStrategy = require('passport-jwt').Strategy;",
                "passport.use(new JwtStrategy({ algorithms: ['RS256'], jwtFromRequest, secretOrKeyProvider: passportJwtSecret({ jwksUri }) }, verify));",
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // Options built up by assignment (the passport-jwt README's style).
      code: [
        "var JwtStrategy = require('passport-jwt').Strategy;",
        'var opts = {};',
        'opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();',
        'opts.secretOrKey = process.env.JWT_SECRET;',
        'passport.use(new JwtStrategy(opts, verify));',
      ].join('\n'),
      languageOptions: commonjs,
      options: [{"jsonwebtokenVersion":8}] as never,
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
      code: [
        "import { expressjwt } from 'express-jwt';",
        "app.use(expressjwt({ secret: getKey, algorithms: ['HS256', 'RS256'] }));",
      ].join('\n'),
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
      code: [
        "import { EmbeddedJWK, jwtVerify } from 'jose';",
        'const { payload } = await jwtVerify(token, EmbeddedJWK, { issuer: ISS, audience: AUD });',
      ].join('\n'),
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
      code: [
        "import jwt from 'jsonwebtoken';",
        "jwt.sign(payload, weakKey, { algorithm: 'RS256', allowInsecureKeySizes: true });",
        "jwt.verify(token, key, { algorithms: ['RS256'], allowInvalidAsymmetricKeyTypes: true });",
      ].join('\n'),
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
        code: [
          "import jwt from 'jsonwebtoken';",
          'jwt.verify(token, key);',
        ].join('\n'),
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
                output: [
                  "import jwt from 'jsonwebtoken';",
                  "jwt.verify(token, key, { algorithms: ['RS256'] });",
                ].join('\n'),
              },
            ],
          },
        ],
      },
      {
        code: [
          "import jwt from 'express-jwt';",
          'app.use(jwt({ secret: process.env.SECRET }));',
        ].join('\n'),
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
                output: [
                  "import jwt from 'express-jwt';",
                  "app.use(jwt({ algorithms: ['HS256'], secret: process.env.SECRET }));",
                ].join('\n'),
              },
            ],
          },
        ],
      },
      {
        code: [
          "import koaJwt from 'koa-jwt';",
          'app.use(koaJwt({ secret: SECRET }));',
        ].join('\n'),
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
                output: [
                  "import koaJwt from 'koa-jwt';",
                  "app.use(koaJwt({ algorithms: ['HS256'], secret: SECRET }));",
                ].join('\n'),
              },
            ],
          },
        ],
      },
    ],
  });
});
