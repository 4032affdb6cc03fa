import rule from '../../../eslint-plugin/src/rules/limit-jwt-lifetime';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

const JWT = "import jwt from 'jsonwebtoken';\n";
const JOSE = "import { SignJWT } from 'jose';\n";

ruleTester.run('limit-jwt-lifetime', rule, {
  valid: [
    `${JWT}const t = jwt.sign({ sub: user.id, role: 'admin' }, key, { algorithm: 'ES256', expiresIn: '15m', ` +
      `audience: AUD, issuer: ISS });`,
    `${JWT}const t = jwt.sign({ sub }, key, { expiresIn: 3600 });`,
    `${JWT}const t = jwt.sign({ sub }, key, { expiresIn: '24h' });`,
    // An `exp` claim of its own.
    `${JWT}const t = jwt.sign({ sub, exp: Math.floor(Date.now() / 1000) + 3600 }, key);`,
    // Configured, not constant: not guessed at.
    `${JWT}const t = jwt.sign({ sub }, key, { expiresIn: process.env.JWT_TTL });`,
    // Payloads and options the rule cannot see.
    `${JWT}const t = jwt.sign(payload, key);`,
    `${JWT}const t = jwt.sign({ sub }, key, signOptions);`,
    `${JWT}const t = jwt.sign({ ...claims }, key);`,
    // String payloads cannot carry `exp`.
    `${JWT}const t = jwt.sign('plain', key);`,
    // Hard negatives: single-use links (a jti, or a name on the allow-list).
    `${JWT}const t = jwt.sign({ sub, jti: randomUUID() }, key, { expiresIn: '30d' });`,
    `${JWT}const inviteToken = jwt.sign({ email }, key, { expiresIn: '30d' });`,
    `${JWT}function createPasswordResetLink(u) { return jwt.sign({ sub: u.id }, key, { expiresIn: '7d' }); }`,
    // Refresh tokens get the longer limit.
    `${JWT}const refreshToken = jwt.sign({ sub }, key, { expiresIn: '30d' });`,
    // A sign method of something else.
    "const sig = crypto.createSign('SHA256').sign(privateKey);",
    'const t = tokens.sign({ sub }, key);',
    // jose with an expiry, an absolute one, or claims the rule cannot see.
    `${JOSE}const t = await new SignJWT({ sub }).setProtectedHeader({ alg: 'ES256' ` +
      `}).setIssuedAt().setExpirationTime('2h').sign(privateKey);`,
    `${JOSE}const t = await new SignJWT({ sub }).setProtectedHeader({ alg: 'ES256' ` +
      `}).setExpirationTime(Math.floor(Date.now() / 1000) + 600).sign(privateKey);`,
    `${JOSE}const t = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);`,
    // A larger limit by option.
    { code: `${JWT}const t = jwt.sign({ sub }, key, { expiresIn: '7d' });`, options: [{ maxLifetime: '7d' }] },
    {
      code: "const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ sub }, key, { expiresIn: '1h' });",
      languageOptions: commonjs,
    },
  ],
  invalid: [
    {
      code: `${JWT}const t = jwt.sign({ sub: user.id, role: "admin" }, key, { expiresIn: "365d" });`,
      errors: [
        {
          messageId: 'tooLong',
          data: { lifetime: '365 days', max: '24h' },
          line: 2,
          column: 60,
          endLine: 2,
          endColumn: 77,
          suggestions: [],
        },
      ],
    },
    {
      // Arithmetic in seconds, CommonJS destructuring, renamed.
      code:
        "const { sign: signJwt } = require('jsonwebtoken');\n" +
        'const t = signJwt({ sub }, key, { expiresIn: 60 * 60 * 24 * 90 });',
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'tooLong',
          data: { lifetime: '90 days', max: '24h' },
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      // A same-file constant for the options.
      code: `${JWT}const OPTIONS = { expiresIn: '1y' };\nconst t = jwt.sign({ sub }, key, OPTIONS);`,
      errors: [
        {
          messageId: 'tooLong',
          data: { lifetime: '1 year', max: '24h' },
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
    {
      // Refresh tokens past their own limit.
      code: `${JWT}const refreshToken = jwt.sign({ sub }, key, { expiresIn: '1y' });`,
      errors: [
        {
          messageId: 'tooLong',
          data: { lifetime: '1 year', max: '90d' },
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 62,
          suggestions: [],
        },
      ],
    },
    {
      code: `${JWT}const t = jwt.sign({ sub: user.id }, key);`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 19,
          suggestions: [
            { messageId: 'addExpiry', output: `${JWT}const t = jwt.sign({ sub: user.id }, key, { expiresIn: '1h' });` },
          ],
        },
      ],
    },
    {
      code: `${JWT}const t = jwt.sign({ sub: user.id }, key, { algorithm: 'ES256' });`,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addExpiry',
              output: `${JWT}const t = jwt.sign({ sub: user.id }, key, { algorithm: 'ES256', expiresIn: '1h' });`,
            },
          ],
        },
      ],
    },
    {
      // Callback style, plain JavaScript, namespace import.
      code:
        "import * as jsonwebtoken from 'jsonwebtoken';\n" +
        'jsonwebtoken.sign({ sub }, key, (err, token) => done(token));',
      languageOptions: javascript,
      errors: [
        {
          messageId: 'missingExpiry',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'addExpiry',
              output:
                "import * as jsonwebtoken from 'jsonwebtoken';\n" +
                "jsonwebtoken.sign({ sub }, key, { expiresIn: '1h' }, (err, token) => done(token));",
            },
          ],
        },
      ],
    },
    {
      code: `${JWT}const t = jwt.sign({ sub }, key, { expiresIn: '15m', noTimestamp: true });`,
      errors: [{ messageId: 'noTimestamp', line: 2, column: 54, endLine: 2, endColumn: 71 }],
    },
    {
      code:
        `${JOSE}const t = await new SignJWT({ sub }).setProtectedHeader({ alg: 'ES256' ` +
        `}).setIssuedAt().sign(privateKey);`,
      errors: [
        {
          messageId: 'missingJoseExpiry',
          line: 2,
          column: 89,
          endLine: 2,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'addExpiry',
              output:
                `${JOSE}const t = await new SignJWT({ sub }).setProtectedHeader({ alg: 'ES256' ` +
                `}).setIssuedAt().setExpirationTime('1h').sign(privateKey);`,
            },
          ],
        },
      ],
    },
    {
      code:
        "import * as jose from 'jose';\n" +
        "const t = await new jose.SignJWT({ sub }).setProtectedHeader({ alg: 'ES256' }).setExpirationTime('2 " +
        "weeks').sign(privateKey);",
      errors: [
        {
          messageId: 'tooLong',
          data: { lifetime: '14 days', max: '24h' },
          line: 2,
          column: 98,
          endLine: 2,
          endColumn: 107,
        },
      ],
    },
  ],
});
