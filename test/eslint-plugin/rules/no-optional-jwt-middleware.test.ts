import rule from '../../../eslint-plugin/src/rules/no-optional-jwt-middleware';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-optional-jwt-middleware', rule, {
  valid: [
    // Tokens required (the default).
    [
      "import { expressjwt } from 'express-jwt';",
      "app.use(expressjwt({ secret: getKey, algorithms: ['RS256'], audience: AUD, issuer: ISS }));",
      "app.use(expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: true }));",
    ].join('\n'),
    // Handlers that branch on a missing principal.
    {
      code: [
        "const { expressjwt } = require('express-jwt');",
        "app.use(expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: false }));",
        "app.get('/feed', (req, res) => {",
        '  if (!req.auth) return res.json(publicFeed());',
        '  res.json(feedFor(req.auth.sub));',
        '});',
        "app.get('/me', (req, res) => res.json({ name: req.auth?.name ?? 'guest' }));",
      ].join('\n'),
      languageOptions: commonjs,
    },
    [
      "import jwt from 'koa-jwt';",
      'app.use(jwt({ secret, passthrough: true }));',
      'router.get("/", (ctx) => { ctx.body = ctx.state.user ? greet(ctx.state.user.name) : "hello"; });',
    ].join('\n'),
    // The same option names on other middleware.
    [
      'app.use(cors({ credentialsRequired: false }));',
      'const o = { passthrough: true, authRequired: false };',
    ].join('\n'),
    // Calls without options.
    [
      "import { expressjwt } from 'express-jwt';",
      'app.use(expressjwt());',
      'app.use(expressjwt(...opts));',
    ].join('\n'),
  ],
  invalid: [
    {
      // The typical mistake: a later handler reads the principal unchecked.
      code: [
        "import { expressjwt } from 'express-jwt';",
        "app.use(expressjwt({ secret: getKey, algorithms: ['RS256'], credentialsRequired: false }));",
        'app.delete("/items/:id", (req, res) => deleteItem(req.params.id, req.auth.sub));',
      ].join('\n'),
      errors: [
        {
          messageId: 'optionalUnchecked',
          line: 2,
          column: 61,
          endLine: 2,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'requireToken',
              output: [
                "import { expressjwt } from 'express-jwt';",
                "app.use(expressjwt({ secret: getKey, algorithms: ['RS256'] }));",
                'app.delete("/items/:id", (req, res) => deleteItem(req.params.id, req.auth.sub));',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      // Nothing in this file reads the principal.
      code: [
        "const jwt = require('express-jwt');",
        "const options = { secret, algorithms: ['HS256'], credentialsRequired: false };",
        'module.exports = jwt(options);',
      ].join('\n'),
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'optionalMiddleware',
          line: 2,
          column: 50,
          endLine: 2,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'requireToken',
              output: [
                "const jwt = require('express-jwt');",
                "const options = { secret, algorithms: ['HS256'] };",
                'module.exports = jwt(options);',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: [
        "import koaJwt from 'koa-jwt';",
        'app.use(koaJwt({ secret, passthrough: true }));',
        'router.get("/orders", (ctx) => { ctx.body = ordersOf(ctx.state.user.sub); });',
      ].join('\n'),
      errors: [
        {
          messageId: 'optionalUnchecked',
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'requireToken',
              output: [
                "import koaJwt from 'koa-jwt';",
                'app.use(koaJwt({ secret }));',
                'router.get("/orders", (ctx) => { ctx.body = ordersOf(ctx.state.user.sub); });',
              ].join('\n'),
            },
          ],
        },
      ],
    },
    {
      code: [
        "import { auth } from 'express-oauth2-jwt-bearer';",
        'app.use(auth({ audience: AUD, issuerBaseURL: ISS, authRequired: false }));',
        "app.get('/me', (req, res) => { const { sub } = req.auth.payload; res.json(profile(sub)); });",
      ].join('\n'),
      languageOptions: javascript,
      errors: [
        {
          messageId: 'optionalUnchecked',
          line: 2,
          column: 51,
          endLine: 2,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'requireToken',
              output: [
                "import { auth } from 'express-oauth2-jwt-bearer';",
                'app.use(auth({ audience: AUD, issuerBaseURL: ISS }));',
                "app.get('/me', (req, res) => { const { sub } = req.auth.payload; res.json(profile(sub)); });",
              ].join('\n'),
            },
          ],
        },
      ],
    },
  ],
});
