import rule from '../../../eslint-plugin/src/rules/secure-token-cookie';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

const ALL = { attributes: '`httpOnly`, `secure` and `sameSite`' };

ruleTester.run('secure-token-cookie', rule, {
  valid: [
    "res.cookie('access_token', tokens.access_token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 15 * " +
      '60 * 1000 });',
    // Hard negatives: a conditional `secure`, CSRF double-submit cookies, preference cookies.
    "res.cookie('refresh_token', rt, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: " +
      "'strict' });",
    "res.cookie('XSRF-TOKEN', req.csrfToken());",
    "res.cookie('csrf_token', csrf, { sameSite: 'strict' });",
    "res.cookie('theme', 'dark');",
    // Options the rule cannot see, or partly built from something it cannot see.
    "res.cookie('token', t, cookieOptions);",
    "res.cookie('token', t, { ...baseCookieOptions, maxAge });",
    // A same-file constant with everything set.
    "const OPTS = { httpOnly: true, secure: true, sameSite: 'strict' };\nres.cookie('auth_token', t, OPTS);",
    // Koa's ctx.cookies.set turns httpOnly on by itself; only explicit downgrades count there.
    "ctx.cookies.set('access_token', t, { sameSite: 'lax' });",
    // Client-side cookie libraries have no httpOnly to set (no-token-in-web-storage's territory).
    "$.cookie('token', t);",
    "Cookies.set('token', t, { secure: true });",
    // Clearing a cookie, reading one.
    "res.clearCookie('access_token');",
    'const t = req.cookies.access_token;',
    // document.cookie with something that is not a token; a local `document`.
    "document.cookie = 'theme=dark; path=/';",
    "const document = { cookie: '' }; document.cookie = 'token=' + t;",
    // express-session with its defaults (HttpOnly is on).
    "import session from 'express-session';\napp.use(session({ secret, cookie: { secure: true } }));",
    // Raw Set-Cookie headers with every attribute, or attributes built elsewhere; other headers and maps.
    "res.setHeader('Set-Cookie', `refresh_token=${rt}; Path=/; HttpOnly; Secure; SameSite=Strict`);",
    "headers.append('Set-Cookie', 'jwt=' + t + '; HttpOnly; Secure; SameSite=Lax');",
    "res.setHeader('Set-Cookie', `token=${t}${attributes}`);",
    "res.setHeader('Set-Cookie', 'theme=dark');",
    "res.setHeader('Cache-Control', 'no-store');",
    "cache.set('token', t);",
    // Next.js object form with everything set (secure from the environment).
    "response.cookies.set({ name: 'sb_access_token', value: token, httpOnly: true, sameSite: 'lax', secure: " +
      "process.env.NODE_ENV === 'production' });",
    // A `serialize` that is not the cookie package's.
    "import { serialize } from 'superjson';\nconst s = serialize('token', t);",
    { code: "res.cookie('lang', 'en');", languageOptions: javascript },
  ],
  invalid: [
    {
      code: 'res.cookie("access_token", tokens.access_token);',
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: ALL,
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addCookieAttributes',
              output:
                'res.cookie("access_token", tokens.access_token, { httpOnly: true, secure: true, sameSite: "lax" });',
            },
          ],
        },
      ],
    },
    {
      // CommonJS Express route, multi-line options with a trailing comma.
      code: dedent`
        const express = require('express');
        const router = express.Router();
        router.get('/callback', async (req, res) => {
          const tokens = await exchange(req.query.code);
          res.cookie('refresh_token', tokens.refresh_token, {
            httpOnly: true,
          });
        });
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { attributes: '`secure` and `sameSite`' },
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addCookieAttributes',
              output: dedent`
                const express = require('express');
                const router = express.Router();
                router.get('/callback', async (req, res) => {
                  const tokens = await exchange(req.query.code);
                  res.cookie('refresh_token', tokens.refresh_token, {
                    httpOnly: true, secure: true, sameSite: 'lax',
                  });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // A non-token name, but the value is a token; an explicit `httpOnly: false` is flipped.
      code: "res.cookie('session', accessToken, { httpOnly: false, secure: true, sameSite: 'none' });",
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { attributes: '`httpOnly`' },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addCookieAttributes',
              output: "res.cookie('session', accessToken, { httpOnly: true, secure: true, sameSite: 'none' });",
            },
          ],
        },
      ],
    },
    {
      // `sameSite: 'none'` needs `secure`.
      code: "res.cookie('id_token', idToken, { sameSite: 'none', httpOnly: true });",
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { attributes: '`secure`' },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'addCookieAttributes',
              output: "res.cookie('id_token', idToken, { sameSite: 'none', httpOnly: true, secure: true });",
            },
          ],
        },
      ],
    },
    {
      // A shared constant: reported, not rewritten.
      code: "const OPTS = { httpOnly: true, secure: true };\nres.cookie('auth_token', t, OPTS);",
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { attributes: '`sameSite`' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 11,
          suggestions: [],
        },
      ],
    },
    {
      code: "reply.setCookie('token', t, {});",
      languageOptions: javascript,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: ALL,
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addCookieAttributes',
              output: "reply.setCookie('token', t, { httpOnly: true, secure: true, sameSite: 'lax' });",
            },
          ],
        },
      ],
    },
    {
      code: "ctx.cookies.set('access_token', t, { httpOnly: false });",
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { attributes: '`httpOnly`' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 16,
          suggestions: [
            { messageId: 'addCookieAttributes', output: "ctx.cookies.set('access_token', t, { httpOnly: true });" },
          ],
        },
      ],
    },
    {
      // Next.js route handler.
      code: "import { cookies } from 'next/headers';\ncookies().set('token', t, { secure: false });",
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { attributes: '`secure`' },
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'addCookieAttributes',
              output: "import { cookies } from 'next/headers';\ncookies().set('token', t, { secure: true });",
            },
          ],
        },
      ],
    },
    {
      // The cookie package, named and namespace imports.
      code: dedent`
        import { serialize } from 'cookie';
        res.setHeader('Set-Cookie', serialize('access_token', token, { httpOnly: true, path: '/' }));
      `,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { attributes: '`secure` and `sameSite`' },
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'addCookieAttributes',
              output: dedent`
                import { serialize } from 'cookie';
                res.setHeader('Set-Cookie', serialize('access_token', token, { httpOnly: true, path: '/', secure: true, sameSite: 'lax' }));
              `,
            },
          ],
        },
      ],
    },
    {
      code: "const cookie = require('cookie');\nres.setHeader('Set-Cookie', cookie.serialize('token', t));",
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: ALL,
          line: 2,
          column: 36,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'addCookieAttributes',
              output:
                "const cookie = require('cookie');\n" +
                "res.setHeader('Set-Cookie', cookie.serialize('token', t, { httpOnly: true, secure: true, sameSite: " +
                "'lax' }));",
            },
          ],
        },
      ],
    },
    {
      // Raw Set-Cookie headers: each cookie of an array is read on its own.
      code: dedent`
        res.setHeader('Set-Cookie', \`access_token=\${t}; Path=/; HttpOnly\`);
        res.setHeader('Set-Cookie', [\`refresh_token=\${rt}; Path=/; HttpOnly; Secure; SameSite=Strict\`, \`id_token=\${it}\`]);
      `,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { attributes: '`secure` and `sameSite`' },
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 66,
          suggestions: [],
        },
        {
          messageId: 'insecureTokenCookie',
          data: ALL,
          line: 2,
          column: 96,
          endLine: 2,
          endColumn: 112,
          suggestions: [],
        },
      ],
    },
    {
      // Next.js object form.
      code: "cookies().set({ name: 'token', value: t, httpOnly: true, path: '/' });",
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { attributes: '`secure` and `sameSite`' },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'addCookieAttributes',
              output:
                "cookies().set({ name: 'token', value: t, httpOnly: true, path: '/', secure: true, sameSite: 'lax' });",
            },
          ],
        },
      ],
    },
    {
      code: "document.cookie = 'access_token=' + token + '; path=/';",
      errors: [{ messageId: 'scriptTokenCookie', line: 1, column: 1, endLine: 1, endColumn: 55, suggestions: [] }],
    },
    {
      code: 'const NAME = "id_token";\ndocument.cookie = `${NAME}=${t}; Secure`;',
      languageOptions: javascript,
      errors: [{ messageId: 'scriptTokenCookie', line: 2, column: 1, endLine: 2, endColumn: 41, suggestions: [] }],
    },
    {
      code:
        "import session from 'express-session';\n" +
        'app.use(session({ secret, cookie: { httpOnly: false, secure: true } }));',
      errors: [
        {
          messageId: 'sessionCookieScriptReadable',
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'setHttpOnly',
              output:
                "import session from 'express-session';\n" +
                'app.use(session({ secret, cookie: { httpOnly: true, secure: true } }));',
            },
          ],
        },
      ],
    },
    {
      code:
        "const cookieSession = require('cookie-session');\n" +
        "app.use(cookieSession({ name: 'session', keys, httpOnly: false }));",
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'sessionCookieScriptReadable',
          line: 2,
          column: 48,
          endLine: 2,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'setHttpOnly',
              output:
                "const cookieSession = require('cookie-session');\n" +
                "app.use(cookieSession({ name: 'session', keys, httpOnly: true }));",
            },
          ],
        },
      ],
    },
  ],
});
