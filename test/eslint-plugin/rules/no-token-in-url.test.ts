import rule from '../../../eslint-plugin/src/rules/no-token-in-url';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

const param = (p: string) => ({ param: p });

ruleTester.run('no-token-in-url', rule, {
  valid: [
    // Hard negatives: `code=` on the redirect is the design.
    'const r = `${redirectUri}?code=${code}&state=${state}`;',
    "await fetch('https://api.contoso.com/orders', { headers: { Authorization: `Bearer ${accessToken}` } });",
    // Browsers cannot set headers on WebSocket and EventSource connections.
    'const ws = new WebSocket(`wss://api.contoso.com/socket?access_token=${token}`);',
    "const es = new EventSource(base + '?access_token=' + token);",
    // Form-encoded POST bodies carry these parameters legitimately.
    "const body = 'grant_type=refresh_token&refresh_token=' + rt + '&client_id=' + id;",
    "await fetch(tokenUrl, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: " +
      'rt }) });',
    // Searching for or comparing with a parameter is not building a URL.
    "if (location.href.includes('?access_token=')) { handle(); }",
    "const at = url.indexOf('?access_token=');",
    "if (query === '?id_token=x') { reject(); }",
    // Fragments (implicit-flow responses) and bare parameter names.
    "const hash = '#access_token=' + t;",
    "const PARAM = '?access_token=';",
    "const names = ['access_token', 'id_token'];",
    // `&access_token=` appended to something that is not named like a URL.
    "const w = base + '&access_token=' + token;",
    // Other searchParams, other params.
    "url.searchParams.set('code', code);",
    "await axios.get(url, { params: { fields: 'id,name', limit: 10 } });",
    'const params = { access_token: token };',
    // A search built from other parameters; a form body from URLSearchParams.
    'url.search = new URLSearchParams({ q, page }).toString();',
    'const body = `${new URLSearchParams({ refresh_token: rt })}`;',
    // passport-azure-ad with a code-only response in the query.
    "new OIDCStrategy({ responseType: 'code', responseMode: 'query', redirectUrl }, verify);",
    "new OIDCStrategy({ responseType: 'code id_token', responseMode: 'form_post', redirectUrl }, verify);",
    { code: "const u = 'https://api.contoso.com/items?page=' + page;", languageOptions: javascript },
  ],
  invalid: [
    {
      code: 'await fetch(`https://api.contoso.com/orders?access_token=${accessToken}`);',
      errors: [
        { messageId: 'tokenInQuery', data: param('access_token'), line: 1, column: 13, endLine: 1, endColumn: 73 },
      ],
    },
    {
      code:
        "const u = 'https://graph.facebook.com/oauth/access_token?client_id=' + id + '&client_secret=' + secret + " +
        "'&code=' + code;",
      languageOptions: commonjs,
      errors: [
        { messageId: 'tokenInQuery', data: param('client_secret'), line: 1, column: 11, endLine: 1, endColumn: 121 },
      ],
    },
    {
      // Appended to a URL-named value; a constant base folded in.
      code:
        "const API = 'https://api.contoso.com';\nconst a = apiUrl + '&access_token=' + token;\n" +
        "const b = API + '/me?id_token=' + idToken;",
      errors: [
        { messageId: 'tokenInQuery', data: param('access_token'), line: 2, column: 11, endLine: 2, endColumn: 44 },
        { messageId: 'tokenInQuery', data: param('id_token'), line: 3, column: 11, endLine: 3, endColumn: 42 },
      ],
    },
    {
      code: "const url = new URL('/orders', base);\nurl.searchParams.set('access_token', token);",
      languageOptions: javascript,
      errors: [
        { messageId: 'tokenInQuery', data: param('access_token'), line: 2, column: 1, endLine: 2, endColumn: 44 },
      ],
    },
    {
      code: "import axios from 'axios';\nawait axios.get(url, { params: { access_token: token, fields: 'id' } });",
      errors: [
        { messageId: 'tokenInQuery', data: param('access_token'), line: 2, column: 34, endLine: 2, endColumn: 53 },
      ],
    },
    {
      code: 'const x = `${API}/me?${new URLSearchParams({ refresh_token: rt })}`;',
      errors: [
        { messageId: 'tokenInQuery', data: param('refresh_token'), line: 1, column: 24, endLine: 1, endColumn: 66 },
      ],
    },
    {
      // A URL's search set from URLSearchParams, directly or through a constant.
      code: dedent`
        const fetchUrl = new URL(\`https://graph.facebook.com/v21.0\${fragment}\`);
        fetchUrl.search = new URLSearchParams({ access_token: accessToken, ...params }).toString();
        const query = new URLSearchParams({ id_token: idToken });
        const next = \`\${base}?\${query}\`;
      `,
      errors: [
        { messageId: 'tokenInQuery', data: param('access_token'), line: 2, column: 1, endLine: 2, endColumn: 91 },
        { messageId: 'tokenInQuery', data: param('id_token'), line: 4, column: 25, endLine: 4, endColumn: 30 },
      ],
    },
    {
      code: 'const href = `/callback?code_verifier=${verifier}&state=${state}`;',
      errors: [
        { messageId: 'tokenInQuery', data: param('code_verifier'), line: 1, column: 14, endLine: 1, endColumn: 66 },
      ],
    },
    {
      code:
        "const { OIDCStrategy } = require('passport-azure-ad');\n" +
        "passport.use(new OIDCStrategy({ responseType: 'code id_token', responseMode: 'query', redirectUrl }, " +
        'verify));',
      languageOptions: commonjs,
      errors: [{ messageId: 'idTokenInQueryResponse', line: 2, column: 64, endLine: 2, endColumn: 85 }],
    },
  ],
});
