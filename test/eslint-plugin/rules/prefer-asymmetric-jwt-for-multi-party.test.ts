import rule from '../../../eslint-plugin/src/rules/prefer-asymmetric-jwt-for-multi-party';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

const JWT = "import jwt from 'jsonwebtoken';\n";
const two = (alg: string) => ({ alg, count: '2' });

ruleTester.run('prefer-asymmetric-jwt-for-multi-party', rule, {
  valid: [
    // Asymmetric signatures for many audiences, HMAC for one.
    `${JWT}jwt.sign(claims, privateKeyPem, { algorithm: 'ES256', audience: ['orders-api', 'billing-api'], keyid: ` +
      `KID, expiresIn: '10m' });`,
    `${JWT}jwt.sign(claims, secret, { algorithm: 'HS256', audience: 'orders-api' });`,
    `${JWT}jwt.sign(claims, secret, { algorithm: 'HS256', audience: ['orders-api'] });`,
    `${JWT}jwt.sign(claims, secret, { algorithm: 'HS256', audience: ['orders-api', 'orders-api'] });`,
    // Algorithms or options the rule cannot see.
    `${JWT}jwt.sign(claims, key, { algorithm: ALG, audience: ['a', 'b'] });`,
    `${JWT}jwt.sign(claims, key, signOptions);`,
    // A sign method of something else.
    "tokens.sign(claims, secret, { audience: ['a', 'b'] });",
    // jose with an asymmetric algorithm.
    "import { SignJWT } from 'jose';\n" +
      "await new SignJWT({ sub }).setProtectedHeader({ alg: 'ES256' }).setAudience(['a', 'b']).sign(privateKey);",
    // HMAC middleware in a file that does not use a JWKS.
    "import { expressjwt } from 'express-jwt';\n" +
      "app.use(expressjwt({ secret: process.env.SECRET, algorithms: ['HS256'] }));",
    // A JWKS beside an RS256-only middleware.
    "import { expressjwt } from 'express-jwt';\nimport jwksRsa from 'jwks-rsa';\n" +
      "app.use(expressjwt({ secret: jwksRsa.expressJwtSecret({ jwksUri }), algorithms: ['RS256'] }));",
    {
      code: "const jwt = require('jsonwebtoken');\njwt.sign(claims, secret, { audience: 'a' });",
      languageOptions: commonjs,
    },
  ],
  invalid: [
    {
      code:
        `${JWT}jwt.sign(claims, process.env.SHARED_HMAC, { algorithm: "HS256", audience: ["orders-api", ` +
        `"billing-api"] });`,
      errors: [
        {
          messageId: 'sharedSecretForManyAudiences',
          data: two('HS256'),
          line: 2,
          column: 65,
          endLine: 2,
          endColumn: 104,
        },
      ],
    },
    {
      // No algorithm: jsonwebtoken's default is HS256. Audiences from a same-file constant.
      code:
        "const jwt = require('jsonwebtoken');\nconst AUDIENCES = ['orders-api', 'billing-api', 'shipping-api'];\n" +
        "jwt.sign(claims, secret, { audience: AUDIENCES, expiresIn: '5m' });",
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'sharedSecretForManyAudiences',
          data: { alg: 'HS256', count: '3' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 47,
        },
      ],
    },
    {
      // `aud` in the payload, no options at all.
      code: `${JWT}jwt.sign({ sub, aud: ['x', 'y'] }, secret);`,
      errors: [
        {
          messageId: 'sharedSecretForManyAudiences',
          data: two('HS256'),
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 32,
        },
      ],
    },
    {
      code:
        "import { SignJWT } from 'jose';\n" +
        "await new SignJWT({ sub }).setProtectedHeader({ alg: 'HS512' }).setAudience(['a', 'b']).sign(secret);",
      languageOptions: javascript,
      errors: [
        {
          messageId: 'sharedSecretForManyAudiences',
          data: two('HS512'),
          line: 2,
          column: 77,
          endLine: 2,
          endColumn: 87,
        },
      ],
    },
    {
      code: dedent`
        import { expressjwt } from 'express-jwt';
        import { createRemoteJWKSet } from 'jose';
        const JWKS = createRemoteJWKSet(new URL(jwksUri));
        app.use(expressjwt({ secret: process.env.SECRET, algorithms: ['HS256', 'RS256'] }));
      `,
      errors: [{ messageId: 'hmacBesideJwks', data: { alg: 'HS256' }, line: 4, column: 50, endLine: 4, endColumn: 80 }],
    },
    {
      // express-jwt 6 and earlier: the default export, in CommonJS, with jwks-rsa.
      code: dedent`
        const jwt = require('express-jwt');
        const jwksRsa = require('jwks-rsa');
        app.use('/api', jwt({ secret: process.env.SECRET, algorithms: ['HS256'] }));
      `,
      languageOptions: commonjs,
      errors: [{ messageId: 'hmacBesideJwks', data: { alg: 'HS256' }, line: 3, column: 51, endLine: 3, endColumn: 72 }],
    },
  ],
});
