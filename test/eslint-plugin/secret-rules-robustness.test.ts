import assert from 'node:assert/strict';

import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../../eslint-plugin/src';
import { rules } from '../../eslint-plugin/src/rules';
import {
  findConnectionSecret,
  findSecretFormat,
  getSecretNameKind,
  isIdentifierLike,
  isLikelySecretValue,
  isPlaceholder,
} from '../../eslint-plugin/src/util/secrets';

const SECRET_RULES = [
  'no-hardcoded-client-credential',
  'no-hardcoded-connection-string-or-key',
  'no-hardcoded-jwt-secret',
  'no-embedded-secret-token',
];

/** Odd but valid code: spreads, holes, computed keys, missing arguments, cycles, JSX, directives. */
const ODD_CODE = [
  'new ClientSecretCredential(...args); new ClientSecretCredential(); jwt.sign(); jwt.verify(...x);',
  "const o = { [k]: 'x', ...rest, clientSecret }; const { clientSecret: cs = o.clientSecret } = o;",
  'const a = b; const b = a; jwt.sign(p, a); session({ secret: a });',
  'const c = { secret: c.secret }; app.use(session(c));',
  "new CosmosClient(); new CosmosClient(...opts); new Sequelize('a', 'b'); new AzureKeyCredential();",
  "fastify.register(); fastify.register(plugin); fastify.register(...x, { secret: 's' });",
  'const t = `${a}${b}`; const u = tag`Password=${p};Server=${s}`; const v = ``;',
  "x.clientSecret = y.clientSecret = 'kP9x2mQ7vL4wZr8tY6uN'; this[key] = 'v';",
  "class A { static #secret = 'Zq3vK8wP1xR6tY0uN4mB7c'; [k] = 'v'; password; }",
  'const el = <Comp apiKey {...props} token={} password={undefined} />;',
  "'use strict'; /* */ // \n /** @type {string} */ const password = /regex/;",
  'const s = new TextEncoder().encode(); const k = Buffer.from(); const n = String();',
  "new (getClass())(a, b, 'c'); (0, jwt.sign)(p, 'k'); jwt['sign'](p, 'k'); jwt?.sign?.(p, 'k');",
];

describe('the secret rules', () => {
  it('are all in the recommended config, so the shipped-libraries test holds them to zero findings', () => {
    const configured = Object.keys(plugin.configs.recommended.rules ?? {});
    for (const id of SECRET_RULES) {
      assert.ok(configured.includes(`zero-trust/${id}`), id);
    }
  });
});

describe('the secret rules on odd input', () => {
  const linter = new Linter({ configType: 'flat' });
  for (const [i, code] of ODD_CODE.entries()) {
    it(`do not throw on snippet ${i + 1}`, () => {
      const messages = linter.verify(
        code,
        [
          {
            files: ['**/*.tsx'],
            languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } },
            plugins: { 'zero-trust': { rules: rules as never } },
            rules: Object.fromEntries(SECRET_RULES.map(id => [`zero-trust/${id}`, 'error'])),
          },
        ],
        'odd.tsx',
      );
      assert.deepEqual(
        messages.filter(m => m.fatal || m.ruleId === null),
        [],
      );
    });
  }

  it('classify pathological strings in linear time', () => {
    const inputs = [
      `${'a'.repeat(100_000)}#`,
      `${'ab-'.repeat(50_000)}#`,
      `-----BEGIN RSA PRIVATE KEY-----${'A'.repeat(200_000)}`,
      `eyJ${'a'.repeat(100)}.ey${'b'.repeat(100_000)}.${'c'.repeat(100_000)}#`,
      `Server=x;${'Password='.repeat(20_000)}`,
      `mongodb://${'a:'.repeat(50_000)}@`,
      ' eyJ'.repeat(50_000),
      `${'A_'.repeat(100_000)}a`,
      `${'word '.repeat(40_000)}1`,
    ];
    const start = Date.now();
    for (const value of inputs) {
      findSecretFormat(value);
      findConnectionSecret(value);
      isPlaceholder(value);
      isIdentifierLike(value);
      isLikelySecretValue(value);
      getSecretNameKind(value.slice(0, 5_000));
    }
    assert.ok(Date.now() - start < 5_000, `took ${Date.now() - start} ms`);
  });
});
