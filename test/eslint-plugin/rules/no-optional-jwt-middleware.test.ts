import rule from '../../../eslint-plugin/src/rules/no-optional-jwt-middleware';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-optional-jwt-middleware', rule, {
  valid: [
    // Tokens required (the default).
    dedent`
      import { expressjwt } from 'express-jwt';
      app.use(expressjwt({ secret: getKey, algorithms: ['RS256'], audience: AUD, issuer: ISS }));
      app.use(expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: true }));
    `,
    // Handlers that branch on a missing principal.
    {
      code: dedent`
        const { expressjwt } = require('express-jwt');
        app.use(expressjwt({ secret, algorithms: ['HS256'], credentialsRequired: false }));
        app.get('/feed', (req, res) => {
          if (!req.auth) return res.json(publicFeed());
          res.json(feedFor(req.auth.sub));
        });
        app.get('/me', (req, res) => res.json({ name: req.auth?.name ?? 'guest' }));
      `,
      languageOptions: commonjs,
    },
    dedent`
      import jwt from 'koa-jwt';
      app.use(jwt({ secret, passthrough: true }));
      router.get("/", (ctx) => { ctx.body = ctx.state.user ? greet(ctx.state.user.name) : "hello"; });
    `,
    // The same option names on other middleware.
    dedent`
      app.use(cors({ credentialsRequired: false }));
      const o = { passthrough: true, authRequired: false };
    `,
    // Calls without options.
    dedent`
      import { expressjwt } from 'express-jwt';
      app.use(expressjwt());
      app.use(expressjwt(...opts));
    `,
  ],
  invalid: [
    {
      // The typical mistake: a later handler reads the principal unchecked.
      code: dedent`
        import { expressjwt } from 'express-jwt';
        app.use(expressjwt({ secret: getKey, algorithms: ['RS256'], credentialsRequired: false }));
        app.delete("/items/:id", (req, res) => deleteItem(req.params.id, req.auth.sub));
      `,
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
              output: dedent`
                import { expressjwt } from 'express-jwt';
                app.use(expressjwt({ secret: getKey, algorithms: ['RS256'] }));
                app.delete("/items/:id", (req, res) => deleteItem(req.params.id, req.auth.sub));
              `,
            },
          ],
        },
      ],
    },
    {
      // Nothing in this file reads the principal.
      code: dedent`
        const jwt = require('express-jwt');
        const options = { secret, algorithms: ['HS256'], credentialsRequired: false };
        module.exports = jwt(options);
      `,
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
              output: dedent`
                const jwt = require('express-jwt');
                const options = { secret, algorithms: ['HS256'] };
                module.exports = jwt(options);
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import koaJwt from 'koa-jwt';
        app.use(koaJwt({ secret, passthrough: true }));
        router.get("/orders", (ctx) => { ctx.body = ordersOf(ctx.state.user.sub); });
      `,
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
              output: dedent`
                import koaJwt from 'koa-jwt';
                app.use(koaJwt({ secret }));
                router.get("/orders", (ctx) => { ctx.body = ordersOf(ctx.state.user.sub); });
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        import { auth } from 'express-oauth2-jwt-bearer';
        app.use(auth({ audience: AUD, issuerBaseURL: ISS, authRequired: false }));
        app.get('/me', (req, res) => { const { sub } = req.auth.payload; res.json(profile(sub)); });
      `,
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
              output: dedent`
                import { auth } from 'express-oauth2-jwt-bearer';
                app.use(auth({ audience: AUD, issuerBaseURL: ISS }));
                app.get('/me', (req, res) => { const { sub } = req.auth.payload; res.json(profile(sub)); });
              `,
            },
          ],
        },
      ],
    },
  ],
});
