import rule from '../../../eslint-plugin/src/rules/no-hardcoded-jwt-secret';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-hardcoded-jwt-secret', rule, {
  valid: [
    // Keys read at run time.
    "import jwt from 'jsonwebtoken'; const token = jwt.sign({ sub }, process.env.JWT_SIGNING_KEY!, { algorithm: " +
      "'HS256', expiresIn: '15m' });",
    "import jwt from 'jsonwebtoken'; const claims = jwt.verify(token, getKey, { algorithms: ['RS256'] });",
    "import { jwtVerify, createRemoteJWKSet } from 'jose'; const JWKS = createRemoteJWKSet(new URL(jwksUri)); await " +
      'jwtVerify(token, JWKS, { issuer, audience });',
    "import session from 'express-session'; app.use(session({ secret: process.env.SESSION_SECRET!, resave: false }));",
    "import session from 'express-session'; app.use(session({ secret: [process.env.SESSION_SECRET!, " +
      'process.env.OLD_SESSION_SECRET!] }));',
    // Public keys verify; they are not secrets.
    "import jwt from 'jsonwebtoken'; jwt.verify(token, '-----BEGIN PUBLIC " +
      "KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\\n-----END PUBLIC KEY-----');",
    // Public JWKs, and `k`/`d` properties of objects that are not JWKs.
    "const jwk = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: " +
      "'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0' };",
    "const point = { k: 'some-long-value-here', d: 'another-long-value-here' };",
    // Other `sign`/`verify` methods and `createHmac` of other modules.
    "const signature = await signer.sign('payload-to-sign');",
    "import { sign } from './crypto'; const s = sign(payload, 'not-a-jwt-key');",
    "const ok = bcrypt.verify(password, 'stored-hash-value');",
    "const mac = hmac.createHmac('sha256', 'x');",
    // A local function named like a sink.
    "function sign(payload: object, key: string) { return key; } sign({}, 'abc');",
    // Config schemas that name env vars, and paths to key files.
    "const schema = { jwtSecret: 'JWT_SECRET', sessionSecret: 'SESSION_SECRET' };",
    "const jwtSecretPath = '/run/secrets/jwt';",
    "const jwtSecret = './secrets/jwt.key';",
    // Fill-in placeholders from samples (weak real words such as 'secret' still count).
    "import session from 'express-session'; app.use(session({ secret: 'ENTER_YOUR_SECRET_HERE', resave: false }));",
    "import jwt from 'jsonwebtoken'; const t = jwt.sign(p, '<your-jwt-secret>');",
    // Names about a key, not the key.
    "const jwtSecretName = 'jwt-signing-key';",
    "const sessionSecretLength = '64';",
    {
      code:
        "const jwt = require('jsonwebtoken'); const token = jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: " +
        "'1h' });",
      languageOptions: commonjs,
    },
    {
      code:
        "import { SignJWT } from 'jose'; const t = await new SignJWT(p).setProtectedHeader({ alg: 'HS256' " +
        '}).sign(secretKey);',
      languageOptions: javascript,
    },
  ],
  invalid: [
    {
      // The typical shape: a literal fallback for the signing key.
      code: `import jwt from 'jsonwebtoken';
const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET || 'keyboard cat', { expiresIn: '1h' });`,
      errors: [
        {
          messageId: 'weakHardcodedKey',
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import jwt from 'jsonwebtoken';
const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET!, { expiresIn: '1h' });`,
            },
          ],
        },
      ],
    },
    {
      // Dropping the fallback keeps the parentheses around what is left and removes those around the fallback.
      code: `import jwt from 'jsonwebtoken';
const key = (useNext ? process.env.NEXT_KEY : process.env.JWT_SECRET) || ('keyboard cat');
jwt.sign(payload, key);`,
      errors: [
        {
          messageId: 'weakHardcodedKey',
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import jwt from 'jsonwebtoken';
const key = (useNext ? process.env.NEXT_KEY : process.env.JWT_SECRET)!;
jwt.sign(payload, key);`,
            },
          ],
        },
      ],
    },
    {
      // Weak words count here: the literal is the key.
      code: `const jwt = require('jsonwebtoken');
const token = jwt.sign(payload, 'secret');`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'weakHardcodedKey',
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const jwt = require('jsonwebtoken');
const token = jwt.sign(payload, process.env.JWT_SECRET);`,
            },
          ],
        },
      ],
    },
    {
      // Named imports, a same-file constant, verification.
      code: `import { verify as verifyJwt } from 'jsonwebtoken';
const JWT_KEY = 'Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS';
const claims = verifyJwt(token, JWT_KEY, { algorithms: ['HS256'] });`,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { verify as verifyJwt } from 'jsonwebtoken';
const JWT_KEY = process.env.JWT_KEY!;
const claims = verifyJwt(token, JWT_KEY, { algorithms: ['HS256'] });`,
            },
          ],
        },
      ],
    },
    {
      // A parameter named jwt (jsonwebtoken passed in).
      code:
        "export function issue(jwt, user) { return jwt.sign({ sub: user.id }, 'Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS'); " +
        '}',
      languageOptions: javascript,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 1,
          column: 70,
          endLine: 1,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'useEnv',
              output: 'export function issue(jwt, user) { return jwt.sign({ sub: user.id }, process.env.JWT_SECRET); }',
            },
          ],
        },
      ],
    },
    {
      // jose: SignJWT with a TextEncoder key, jwtVerify.
      code: `import { SignJWT, jwtVerify } from 'jose';
const key = new TextEncoder().encode('Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS');
const token = await new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('15m').sign(key);
const { payload } = await jwtVerify(token, new TextEncoder().encode('Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS'));`,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 3,
          column: 109,
          endLine: 3,
          endColumn: 112,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { SignJWT, jwtVerify } from 'jose';
const key = new TextEncoder().encode(process.env.JWT_SECRET!);
const token = await new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('15m').sign(key);
const { payload } = await jwtVerify(token, new TextEncoder().encode('Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS'));`,
            },
          ],
        },
        {
          messageId: 'hardcodedKey',
          line: 4,
          column: 44,
          endLine: 4,
          endColumn: 104,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { SignJWT, jwtVerify } from 'jose';
const key = new TextEncoder().encode('Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS');
const token = await new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('15m').sign(key);
const { payload } = await jwtVerify(token, new TextEncoder().encode(process.env.JWT_SECRET!));`,
            },
          ],
        },
      ],
    },
    {
      code: `import * as jose from 'jose';
const token = await new jose.SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(Buffer.from('Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS'));`,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 2,
          column: 88,
          endLine: 2,
          endColumn: 135,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import * as jose from 'jose';
const token = await new jose.SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(Buffer.from(process.env.JWT_SECRET!));`,
            },
          ],
        },
      ],
    },
    {
      // express-jwt (README shape) and express-session.
      code: `import { expressjwt } from 'express-jwt';
import session from 'express-session';
app.use(expressjwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] }));
app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));`,
      errors: [
        {
          messageId: 'weakHardcodedKey',
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { expressjwt } from 'express-jwt';
import session from 'express-session';
app.use(expressjwt({ secret: process.env.JWT_SECRET!, algorithms: ['HS256'] }));
app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));`,
            },
          ],
        },
        {
          messageId: 'weakHardcodedKey',
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { expressjwt } from 'express-jwt';
import session from 'express-session';
app.use(expressjwt({ secret: 'shhhhhhared-secret', algorithms: ['HS256'] }));
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));`,
            },
          ],
        },
      ],
    },
    {
      code: `const cookieParser = require('cookie-parser');
const cookieSession = require('cookie-session');
app.use(cookieParser('Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS'));
app.use(cookieSession({ name: 'sid', keys: ['Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS', 'old-key-2024'] }));`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const cookieParser = require('cookie-parser');
const cookieSession = require('cookie-session');
app.use(cookieParser(process.env.COOKIE_SECRET));
app.use(cookieSession({ name: 'sid', keys: ['Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS', 'old-key-2024'] }));`,
            },
          ],
        },
        {
          messageId: 'hardcodedKey',
          line: 4,
          column: 45,
          endLine: 4,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const cookieParser = require('cookie-parser');
const cookieSession = require('cookie-session');
app.use(cookieParser('Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS'));
app.use(cookieSession({ name: 'sid', keys: [process.env.SESSION_SECRET, 'old-key-2024'] }));`,
            },
          ],
        },
        {
          messageId: 'weakHardcodedKey',
          line: 4,
          column: 81,
          endLine: 4,
          endColumn: 95,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const cookieParser = require('cookie-parser');
const cookieSession = require('cookie-session');
app.use(cookieParser('Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS'));
app.use(cookieSession({ name: 'sid', keys: ['Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS', process.env.SESSION_SECRET] }));`,
            },
          ],
        },
      ],
    },
    {
      // passport-jwt secretOrKey, by name.
      code: `const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'passport-jwt-secret' }, verify));`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'weakHardcodedKey',
          line: 2,
          column: 103,
          endLine: 2,
          endColumn: 124,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.SECRET_OR_KEY }, verify));`,
            },
          ],
        },
      ],
    },
    {
      code: `import crypto from 'node:crypto';
const signature = crypto.createHmac('sha256', 'webhook-signing-key').update(body).digest('hex');`,
      errors: [
        {
          messageId: 'weakHardcodedKey',
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import crypto from 'node:crypto';
const signature = crypto.createHmac('sha256', process.env.HMAC_SECRET!).update(body).digest('hex');`,
            },
          ],
        },
      ],
    },
    {
      // Fastify plugins registered with their options.
      code: "fastify.register(require('@fastify/jwt'), { secret: 'Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS' });",
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 1,
          column: 53,
          endLine: 1,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'useEnv',
              output: "fastify.register(require('@fastify/jwt'), { secret: process.env.JWT_SECRET! });",
            },
          ],
        },
      ],
    },
    {
      // A config object that names the key.
      code: "export const config = { port: 3000, jwtSecret: process.env.JWT_SECRET ?? 'dev-only-jwt-secret' };",
      errors: [
        {
          messageId: 'weakHardcodedKey',
          line: 1,
          column: 48,
          endLine: 1,
          endColumn: 95,
          suggestions: [
            {
              messageId: 'useEnv',
              output: 'export const config = { port: 3000, jwtSecret: process.env.JWT_SECRET! };',
            },
          ],
        },
      ],
    },
    {
      code: `const { createSecretKey } = require('crypto');
const key = createSecretKey(Buffer.from('Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jS'));`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const { createSecretKey } = require('crypto');
const key = createSecretKey(Buffer.from(process.env.JWT_SECRET));`,
            },
          ],
        },
      ],
    },
    {
      // A member of a same-file config object.
      code: `const config = { port: 3000, secret: 'mysecretkey' };
app.use(require('express-session')({ secret: config.secret, resave: false }));`,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'weakHardcodedKey',
          line: 2,
          column: 46,
          endLine: 2,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `const config = { port: 3000, secret: process.env.SESSION_SECRET };
app.use(require('express-session')({ secret: config.secret, resave: false }));`,
            },
          ],
        },
      ],
    },
    {
      // A destructuring default: the literal is used whenever the variable is missing.
      code: "const { JWT_SECRET = 'dev-only-signing-key', PORT = '3000' } = process.env;",
      errors: [
        {
          messageId: 'weakHardcodedKey',
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 44,
          suggestions: [{ messageId: 'useEnv', output: "const { JWT_SECRET, PORT = '3000' } = process.env;" }],
        },
      ],
    },
    {
      // A JWK written out with its secret part (jose importJWK).
      code: `import { importJWK } from 'jose';
const hmacKey = await importJWK({ kty: 'oct', k: 'hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg', alg: 'HS256' });
const signingJwk = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0', d: 'jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI' };`,
      errors: [
        {
          messageId: 'hardcodedKey',
          line: 2,
          column: 50,
          endLine: 2,
          endColumn: 95,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { importJWK } from 'jose';
const hmacKey = await importJWK({ kty: 'oct', k: process.env.JWT_SIGNING_JWK!, alg: 'HS256' });
const signingJwk = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0', d: 'jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI' };`,
            },
          ],
        },
        {
          messageId: 'hardcodedKey',
          line: 3,
          column: 150,
          endLine: 3,
          endColumn: 195,
          suggestions: [
            {
              messageId: 'useEnv',
              output: `import { importJWK } from 'jose';
const hmacKey = await importJWK({ kty: 'oct', k: 'hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg', alg: 'HS256' });
const signingJwk = { kty: 'EC', crv: 'P-256', x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU', y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0', d: process.env.JWT_SIGNING_JWK! };`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-hardcoded-jwt-secret (credential sinks)', rule, {
  valid: [
    // Credential sinks: the environment, an empty string, a local look-alike.
    "const jwt = require('jwt-simple'); jwt.encode({ sub: 'u' }, process.env.JWT_SECRET);",
    "import { HmacSHA256 } from 'crypto-js'; HmacSHA256(message, '');",
    "function HmacSHA256(m: string, k: string) { return m + k; } HmacSHA256(message, 'kP9x2mQ7vLr');",
  ],
  invalid: [
    {
      code: dedent`
        const jwt = require('jwt-simple');
        const token = jwt.encode({ sub: 'u' }, 'kP9x2mQ7vLr');
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        const jwt = require('jwt-simple');
        const token = jwt.encode({ sub: 'u' }, process.env.SIGNING_SECRET);
      `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import { HmacSHA256 } from 'crypto-js';
        const mac = HmacSHA256(message, 'kP9x2mQ7vLr').toString();
      `,
      errors: [
        {
          messageId: 'sinkCredential',
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useEnv',
              output: dedent`
        import { HmacSHA256 } from 'crypto-js';
        const mac = HmacSHA256(message, process.env.SIGNING_SECRET!).toString();
      `,
            },
          ],
        },
      ],
    },
  ],
});
