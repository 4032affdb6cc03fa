import rule from '../../../eslint-plugin/src/rules/no-unverified-jwt-decode';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-unverified-jwt-decode', rule, {
  valid: [
    // Methods named `decode` on other objects are not JWT decoding.
    dedent`
      const text = new TextDecoder().decode(bytes);
      const q = querystring.decode(str);
      const b = Buffer.from(data, 'base64');
      const parts = token.split('.');
    `,
    dedent`
      import { decode } from 'html-entities';
      const s = decode(input);
    `,
    // A `decode` on an injected service that is not @nestjs/jwt's, and NestJS verify-then-decode.
    dedent`
      import { JwtService } from '@nestjs/jwt';
      import { Codec } from './codec';
      export class S {
        constructor(private codec: Codec, private jwt: JwtService) {}
        a(t: string) { return this.codec.decode(t); }
        async b(t: string) { await this.jwt.verifyAsync(t); return this.jwt.decode(t); }
      }
    `,
    // A local function that shares the name.
    dedent`
      function decode(t) { return t; }
      decode(token).roles;
    `,
    // Decoding to pick the key, then verifying the same token in the same function (express-jwt does this).
    dedent`
      import jwt from 'jsonwebtoken';
      export async function check(token: string) {
        const decoded = jwt.decode(token, { complete: true });
        const key = await getSecret(decoded.header.kid, decoded.payload);
        return jwt.verify(token, key, { algorithms: ['RS256'], audience: AUD, issuer: ISS });
      }
    `,
    // A complete decode read only for its header (key selection).
    {
      code: dedent`
        const jwt = require('jsonwebtoken');
        function kid(token) { return jwt.decode(token, { complete: true }).header.kid; }
      `,
      languageOptions: commonjs,
    },
    // `decodeProtectedHeader` used for `kid`/`alg` before `jwtVerify`.
    dedent`
      import { decodeProtectedHeader, jwtVerify } from 'jose';
      export async function verify(token: string) {
        const { kid } = decodeProtectedHeader(token);
        return jwtVerify(token, await keyFor(kid), { issuer: ISS, audience: AUD });
      }
    `,
    // `decodeProtectedHeader` read only for key-selection fields.
    dedent`
      import * as jose from 'jose';
      const header = jose.decodeProtectedHeader(token);
      const key = keys.find(k => k.kid === header.kid && k.alg === header.alg);
    `,
    // Decoding after a successful verify.
    dedent`
      import { decodeJwt, jwtVerify } from 'jose';
      export async function claims(token: string) {
        await jwtVerify(token, JWKS, { issuer: ISS, audience: AUD });
        return decodeJwt(token);
      }
    `,
    // Decoding inside the callback of a verify of the same token (logging why it failed).
    {
      code: dedent`
        const jwt = require('jsonwebtoken');
        jwt.verify(token, secret, (err, claims) => {
          if (err) console.log(JSON.parse(Buffer.from(token.split('.')[1], 'base64').toString()));
        });
      `,
      languageOptions: commonjs,
    },
    // The app's own verifying wrapper counts as a verify of the same token.
    {
      code: dedent`
        import jwt from 'jsonwebtoken';
        async function handle(token) {
          await verifyAccessToken(token);
          const { roles } = jwt.decode(token);
          if (roles.includes('Admin')) grant();
        }
      `,
      languageOptions: javascript,
    },
    // A client reading a token it received itself from the token endpoint (not from a request).
    dedent`
      const parsed = JSON.parse(response.bodyAsText);
      const accessToken = parsed.access_token;
      const { appid, tid } = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64').toString('utf8'));
      logger.info(\`Client ID: \${appid}. Tenant ID: \${tid}.\`);
    `,
    // The same, destructured from an MSAL result.
    dedent`
      import { jwtDecode } from 'jwt-decode';
      const { accessToken } = await pca.acquireTokenSilent(request);
      scheduleRefresh(jwtDecode(accessToken).exp);
    `,
    // jwt-simple verifies unless `noVerify` is set; jwt-decode with `header: true` reads the header only.
    dedent`
      import jwtSimple from 'jwt-simple';
      import { jwtDecode } from 'jwt-decode';
      const payload = jwtSimple.decode(token, secret);
      const header = jwtDecode(token, { header: true });
    `,
    // Decoding the header segment (index 0) by hand.
    "const header = JSON.parse(atob(token.split('.')[0]));",
    "const p = JSON.parse(Buffer.from(token.split('.')[1], 'hex').toString());",
    // Calls without a usable token argument.
    dedent`
      import jwt from 'jsonwebtoken';
      import { jwtDecode } from 'jwt-decode';
      jwt.decode();
      jwt.decode(...args);
      jwtDecode();
    `,
  ],
  invalid: [
    {
      // A token helper's caller that only shows the claims: the decode is reported in the helper alone.
      code: dedent`
        import { jwtDecode } from 'jwt-decode';
        export function readClaims(token: string) {
          const parts = token.split('.');
          return jwtDecode(parts.join('.'));
        }
        const shown = { header: readClaims(window.location.hash) };
        export default shown;
      `,
      errors: [{ messageId: 'jwtDecodePkg', line: 4, column: 10, endLine: 4, endColumn: 19, suggestions: [] }],
    },
    {
      // A function that returns a decode of something else than its parameter is no token helper.
      code: dedent`
        import { jwtDecode } from 'jwt-decode';
        declare const SAMPLE: string;
        function sample(_token: string) {
          return jwtDecode(SAMPLE);
        }
        export function handler(req: any) {
          req.user = sample(req.headers.authorization);
        }
      `,
      errors: [{ messageId: 'jwtDecodePkg', line: 4, column: 10, endLine: 4, endColumn: 19, suggestions: [] }],
    },
    {
      // A token helper of the same file: its decode is reported, and so is the caller that trusts the claims.
      code: dedent`
        import jwt from 'jsonwebtoken';
        const peek = (token: string) => jwt.decode(token);
        export function handler(req: any) {
          req.user = peek(req.headers.authorization);
        }
      `,
      errors: [
        { messageId: 'jsonwebtokenDecode', line: 2, column: 37, endLine: 2, endColumn: 43, suggestions: [] },
        { messageId: 'wrapperUsedForAuthz', line: 4, column: 14, endLine: 4, endColumn: 18, suggestions: [] },
      ],
    },
    {
      // The typical mistake: claims from `decode` decide access.
      code: dedent`
        import jwt, { JwtPayload } from 'jsonwebtoken';
        export function requireAdmin(req, res, next) {
          const claims = jwt.decode(req.headers.authorization!.slice(7)) as JwtPayload;
          if (claims.roles?.includes('Admin')) return next();
          res.sendStatus(403);
        }
      `,
      errors: [
        {
          messageId: 'decodedUsedForAuthz',
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 28,
          suggestions: [],
        },
      ],
    },
    {
      // A key in scope: the suggestion swaps in `verify`.
      code: dedent`
        import jwt from 'jsonwebtoken';
        const publicKey = fs.readFileSync(PUBLIC_KEY_PATH);
        export function userOf(token: string) {
          const payload = jwt.decode(token);
          return payload;
        }
      `,
      errors: [
        {
          messageId: 'jsonwebtokenDecode',
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useJsonwebtokenVerify',
              output: dedent`
                import jwt from 'jsonwebtoken';
                const publicKey = fs.readFileSync(PUBLIC_KEY_PATH);
                export function userOf(token: string) {
                  const payload = jwt.verify(token, publicKey, { algorithms: ['RS256'], audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER });
                  return payload;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // CommonJS, renamed by destructuring, the result becomes `req.user`.
      code: dedent`
        const { decode: readToken } = require('jsonwebtoken');
        module.exports = function auth(request, response, next) {
          request.user = readToken(request.cookies.session);
          next();
        };
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'decodedUsedForAuthz',
          line: 3,
          column: 18,
          endLine: 3,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      // Namespace import; a decoded `oid` returned.
      code: dedent`
        import * as jsonwebtoken from 'jsonwebtoken';
        export const userId = (t: string) => jsonwebtoken.decode(t)?.sub;
      `,
      errors: [
        {
          messageId: 'decodedUsedForAuthz',
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 57,
          suggestions: [],
        },
      ],
    },
    {
      // NestJS: an injected @nestjs/jwt `JwtService` (renamed on import).
      code: dedent`
        import { JwtService as NestJwtService } from '@nestjs/jwt';
        export class TokenService {
          constructor(private readonly jwtService: NestJwtService) {}
          roleOf(token: string) {
            const claims = this.jwtService.decode(token) as { role: string };
            return claims.role === 'admin';
          }
          peek(token: string) { return this.jwtService.decode(token); }
        }
      `,
      errors: [
        {
          messageId: 'decodedUsedForAuthz',
          line: 5,
          column: 36,
          endLine: 5,
          endColumn: 42,
          suggestions: [],
        },
        {
          messageId: 'nestJwtDecode',
          line: 8,
          column: 48,
          endLine: 8,
          endColumn: 54,
          suggestions: [],
        },
      ],
    },
    {
      // jose `decodeJwt`, renamed, in an async function with the key set at hand.
      code: dedent`
        import { decodeJwt as peek, jwtVerify } from 'jose';
        const JWKS = createRemoteJWKSet(new URL(JWKS_URI));
        export async function tenantOf(token: string) {
          const payload = peek(token);
          return payload.tid;
        }
      `,
      errors: [
        {
          messageId: 'decodedUsedForAuthz',
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useJoseJwtVerify',
              output: dedent`
                import { decodeJwt as peek, jwtVerify } from 'jose';
                const JWKS = createRemoteJWKSet(new URL(JWKS_URI));
                export async function tenantOf(token: string) {
                  const payload = (await jwtVerify(token, JWKS, { audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER })).payload;
                  return payload.tid;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import * as jose from 'jose';
        const claims = jose.decodeJwt(token);
        show(claims.name);
      `,
      errors: [
        {
          messageId: 'joseDecodeJwt',
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      // `decodeProtectedHeader` read for more than key selection, with no verify.
      code: dedent`
        import { decodeProtectedHeader } from 'jose';
        const header = decodeProtectedHeader(token);
        trustLevel = header.x_trust;
      `,
      errors: [
        {
          messageId: 'joseDecodeHeader',
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { UnsecuredJWT } from 'jose';
        const { payload } = UnsecuredJWT.decode(token);
      `,
      errors: [
        {
          messageId: 'joseUnsecured',
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
    {
      // jwt-decode v4 (named) and v3 (default, CommonJS).
      code: dedent`
        import { jwtDecode } from 'jwt-decode';
        const exp = jwtDecode(idToken).exp;
      `,
      errors: [
        {
          messageId: 'jwtDecodePkg',
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const jwt_decode = require('jwt-decode');
        const user = jwt_decode(token);
        render(user.name);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'jwtDecodePkg',
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const jwt = require('jwt-simple');
        const payload = jwt.decode(token, null, true);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'jwtSimpleNoVerify',
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      // Manual decoding, the StackOverflow `parseJwt`.
      code: dedent`
        function parseJwt(token) {
          const base64 = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
          return JSON.parse(atob(base64));
        }
      `,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'manualDecode',
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 33,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const [, payload] = token.split('.');
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      `,
      errors: [
        {
          messageId: 'manualDecode',
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 60,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const parts = jwt.split('.');
        const data = JSON.parse(window.atob(parts[1]));
      `,
      errors: [
        {
          messageId: 'manualDecode',
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },
    {
      // In an Express handler with no verify in sight.
      code: dedent`
        app.get('/me', (req, res) => {
          const token = req.headers.authorization.split(' ')[1];
          const user = JSON.parse(Buffer.from(token.split('.')[1], 'base64').toString());
          res.json(user);
        });
      `,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'decodedUsedForAuthz',
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 69,
          suggestions: [],
        },
      ],
    },
    {
      // A token from the request is not the client's own token response.
      code: dedent`
        import jwt from 'jsonwebtoken';
        const claims = jwt.decode(req.body.id_token);
        save(claims);
      `,
      errors: [
        {
          messageId: 'jsonwebtokenDecode',
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import jwt from 'jsonwebtoken';
        const { id_token } = req.body;
        save(jwt.decode(id_token));
      `,
      errors: [
        {
          messageId: 'jsonwebtokenDecode',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 16,
          suggestions: [],
        },
      ],
    },
  ],
});
