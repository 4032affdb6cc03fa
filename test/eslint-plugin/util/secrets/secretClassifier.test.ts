import assert from 'node:assert/strict';

import { Linter } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';

import { collectNodes } from '../collectNodes';

import { AZURITE_ACCOUNT_KEY, COSMOS_EMULATOR_KEY, findSecretLiteral, getBindingName, getSecretNameKind, isEmulatorKey, isFillInPlaceholder, isIdentifierLike, isLikelySecretValue, isPlaceholder, maskSecret, mayHoldSecretLiteral, shannonEntropy, toEnvVarName } from '../../../../eslint-plugin/src/util/secrets/secretClassifier';

describe('secretClassifier', () => {
  describe('isPlaceholder', () => {
    for (const value of [
      '',
      '   ',
      'ENTER_CLIENT_SECRET',
      '<ENTER_CLIENT_SECRET>',
      'Enter_the_Client_Secret_Here',
      'your-client-secret',
      'YOUR_API_KEY',
      '${CLIENT_SECRET}',
      '%CLIENT_SECRET%',
      '__SECRET__',
      '[secret]',
      'xxxxxxxxxxxx',
      '********',
      'changeme',
      'replace-me-please',
      'example-key-123',
      'dummy-password-1',
      'Server=x;Password=<password>',
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'cs_test_1',
      'fake-token-123',
    ]) {
      it(`treats ${JSON.stringify(value)} as a placeholder`, () => assert.equal(isPlaceholder(value), true));
    }
    it('treats a value equal to its own key name as a placeholder', () => {
      assert.equal(isPlaceholder('client_secret', 'CLIENT_SECRET'), true);
      assert.equal(isPlaceholder('client_secret', 'password'), true); // names a secret, holds none
    });
    for (const value of ['Tr0ub4dor&3', 'kP9x2mQ7vL4w', 'pS48Q~Zx0aBcDeFgHiJkLmNoPqRsTuVwXyZ01234']) {
      it(`does not treat ${JSON.stringify(value)} as a placeholder`, () => assert.equal(isPlaceholder(value), false));
    }
  });

  describe('isIdentifierLike', () => {
    for (const value of [
      '11111111-2222-3333-4444-555555555555',
      'AZURE_CLIENT_SECRET',
      '#password',
      "input[name='password']",
      'auth.password.label',
      'Enter your password',
      'B2C_1_PasswordResetPolicy',
      'B2C_1A_signup_signin',
      'https://login.microsoftonline.com/common/oauth2/v2.0/token',
      './certs/app.pem',
      'passwordResetPolicy',
      'x-csrf-token',
      'Passwort',
      'Contraseña',
      '$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy',
      '2024-01-01',
      '10.0.0.12',
    ]) {
      it(`treats ${JSON.stringify(value)} as an identifier`, () => assert.equal(isIdentifierLike(value), true));
    }
    for (const value of ['Tr0ub4dor&3', 'https://user:p4ss@db.example.net', 'admin123', 'UvCeXZREsJNRvvxf', 'NcswptIbWFgh', 'aBcDeFg']) {
      it(`does not treat ${JSON.stringify(value)} as an identifier`, () => assert.equal(isIdentifierLike(value), false));
    }
  });

  describe('isLikelySecretValue', () => {
    it('accepts secret-shaped values', () => {
      assert.equal(isLikelySecretValue('Tr0ub4dor&3'), true);
      assert.equal(isLikelySecretValue('a8f5f167f44f4964e6c998dee827110c'), true);
    });
    it('rejects words, labels, short values, placeholders and the emulator keys', () => {
      for (const value of ['supersecret', 'an access token', 'abc12', 'your-api-key-here', AZURITE_ACCOUNT_KEY, COSMOS_EMULATOR_KEY]) {
        assert.equal(isLikelySecretValue(value), false, value);
      }
    });
    it('takes a shorter minimum where asked (passwords)', () => {
      assert.equal(isLikelySecretValue('pa55wd', 'password', 6), true);
      assert.equal(isLikelySecretValue('pa55wd', 'password'), false);
    });
  });

  it('tells fill-in placeholders from weak but real values', () => {
    for (const value of ['ENTER_YOUR_SECRET_HERE', '<your-secret>', '${SESSION_SECRET}', 'your-jwt-key', 'xxxx', '']) {
      assert.equal(isFillInPlaceholder(value), true, value);
    }
    for (const value of ['secret', 'changeme', 'keyboard cat', 'shhhhhhared-secret', 'address-2024']) {
      assert.equal(isFillInPlaceholder(value), false, value);
    }
  });

  it('knows the emulator keys', () => {
    assert.equal(isEmulatorKey(AZURITE_ACCOUNT_KEY), true);
    assert.equal(isEmulatorKey(COSMOS_EMULATOR_KEY), true);
    assert.equal(isEmulatorKey('abc'), false);
  });

  describe('getSecretNameKind', () => {
    const cases: [string, string | undefined][] = [
      ['clientSecret', 'clientSecret'],
      ['client_secret', 'clientSecret'],
      ['CLIENT_SECRET', 'clientSecret'],
      ['consumerSecret', 'clientSecret'],
      ['jwtSecret', 'signingKey'],
      ['JWT_SECRET', 'signingKey'],
      ['sessionSecret', 'signingKey'],
      ['secretOrKey', 'signingKey'],
      ['secretOrPrivateKey', 'signingKey'],
      ['connectionString', 'connectionString'],
      ['AZURE_STORAGE_CONNECTION_STRING', 'connectionString'],
      ['accountKey', 'accountKey'],
      ['sasToken', 'accountKey'],
      ['password', 'password'],
      ['DB_PASSWORD', 'password'],
      ['apiKey', 'apiKey'],
      ['API_KEY', 'apiKey'],
      ['secretAccessKey', 'apiKey'],
      ['privateKey', 'privateKey'],
      ['accessToken', 'token'],
      ['secret', 'secret'],
      ['forgotPassword', undefined],
      ['passwordField', undefined],
      ['confirmPassword', undefined],
      ['tokenType', undefined],
      ['csrfToken', undefined],
      ['secretName', undefined],
      ['keyVaultSecretName', undefined],
      ['publicKey', undefined],
      ['cacheKey', undefined],
      ['jwt/no-hardcoded-secret', undefined],
    ];
    for (const [name, kind] of cases) {
      it(`${name} → ${String(kind)}`, () => assert.equal(getSecretNameKind(name), kind));
    }
  });

  it('derives env var names from bindings', () => {
    assert.equal(toEnvVarName('clientSecret'), 'CLIENT_SECRET');
    assert.equal(toEnvVarName('client_secret'), 'CLIENT_SECRET');
    assert.equal(toEnvVarName('JWT_SECRET'), 'JWT_SECRET');
  });

  it('masks secrets: length and at most the public prefix, never the value', () => {
    const secret = 'ghp_' + 'Zq3'.repeat(12);
    assert.equal(maskSecret(secret, 'ghp_'), '`ghp_…`, 40 characters');
    assert.equal(maskSecret('Tr0ub4dor&3'), '11 characters');
    assert.ok(!maskSecret(secret, 'ghp_').includes('Zq3'));
  });

  it('measures Shannon entropy', () => {
    assert.equal(shannonEntropy(''), 0);
    assert.equal(shannonEntropy('aaaa'), 0);
    assert.equal(shannonEntropy('abcd'), 2);
  });

  describe('findSecretLiteral and getBindingName', () => {
    /** Runs `check` on the initialiser of the variable `target` in `code`, with real scope analysis. */
    function withInit(code: string, target: string, check: (init: TSESTree.Expression, sourceCode: never) => void): void {
      const linter = new Linter({ configType: 'flat' });
      let ran = false;
      linter.verify(code, [
        {
          plugins: {
            t: {
              rules: {
                probe: {
                  create: context => ({
                    VariableDeclarator(node: unknown): void {
                      const declarator = node as TSESTree.VariableDeclarator;
                      if (declarator.id.type === 'Identifier' && declarator.id.name === target && declarator.init) {
                        ran = true;
                        check(declarator.init, context.sourceCode as never);
                      }
                    },
                  }),
                },
              },
            },
          },
          rules: { 't/probe': 'error' },
        },
      ]);
      assert.ok(ran, 'probe did not run');
    }

    it('finds a plain literal', () =>
      withInit("const s = 'abc';", 's', (init, sc) => {
        const found = findSecretLiteral(init, sc);
        assert.deepEqual(found && { value: found.value, fallback: found.fallback, viaConst: found.viaConst }, { value: 'abc', fallback: false, viaConst: false });
      }));
    it('unwraps || and ?? fallbacks and conditionals', () => {
      for (const code of ["const s = process.env.X || 'abc';", "const s = process.env.X ?? 'abc';", "const s = process.env.X ? process.env.X : 'abc';"]) {
        withInit(code, 's', (init, sc) => {
          const found = findSecretLiteral(init, sc);
          assert.equal(found?.value, 'abc', code);
          assert.equal(found?.fallback, true, code);
        });
      }
    });
    it('follows same-file constants and encoders', () =>
      withInit("const K = 'abc'; const s = new TextEncoder().encode(K);", 's', (init, sc) => {
        const found = findSecretLiteral(init, sc);
        assert.equal(found?.value, 'abc');
        assert.equal(found?.viaConst, true);
      }));
    it('follows members of constant objects', () =>
      withInit("const config = { jwt: { secret: 'abc' } }; const s = config.jwt.secret;", 's', (init, sc) => {
        assert.equal(findSecretLiteral(init, sc)?.value, 'abc');
      }));
    it('finds nothing in non-literals', () => {
      for (const code of ['const s = process.env.X;', "const s = config.get('x');", 'const s = process.env.X && "y";', 'let t = 1; const s = t;']) {
        withInit(code, 's', (init, sc) => assert.equal(findSecretLiteral(init, sc), undefined, code));
      }
    });
    it('names the binding of a value', () =>
      withInit("const o = { clientSecret: process.env.X || 'abc' };", 'o', init => {
        const property = (init as TSESTree.ObjectExpression).properties[0] as TSESTree.Property;
        const literal = (property.value as TSESTree.LogicalExpression).right;
        assert.equal(getBindingName(literal, { getText: () => '' } as never), 'clientSecret');
      }));
  });

  describe('mayHoldSecretLiteral', () => {
    // Every shape findSecretLiteral resolves, directly or through constants, wrappers and fallbacks.
    const code = [
      "const K = 'k-1'; const C = { jwt: { secret: 's-2' } }; let reassigned = 'r'; reassigned = 'q';",
      "const a = 'lit'; const b = `tpl`; const c = K; const d = C.jwt.secret; const e = process.env.X || 'fb';",
      "const f = process.env.Y ?? K; const g = flag ? 'x' : K; const h = String('s'); const i = Buffer.from(K, 'utf8');",
      "const j = new TextEncoder().encode('t'); const k = ('p' as string)!; const l = (K satisfies string);",
      "const m = () => 'x'; const n = { s: 'x' }; const o = ['x']; const p = 1; const q = true; const r = null;",
      "const s = require('x'); const t = `a${K}`; const u = 'a' + K; const v = flag && 'x'; const w = new Map();",
      "const x = await load(); const y = !K; const z = class {}; const aa = function () { return 'x'; }; const bb = f2();",
    ].join('\n');

    it("accepts every value in which findSecretLiteral finds a literal", () => {
      const checked = collectNodes(code, ':expression', (node, sourceCode) => {
        if (findSecretLiteral(node, sourceCode) !== undefined) {
          assert.ok(mayHoldSecretLiteral(node), sourceCode.getText(node));
          return true;
        }
        return false;
      });
      assert.ok(checked.filter(Boolean).length >= 14, `only ${checked.filter(Boolean).length} values held a literal`);
    });

    it('rejects functions, objects, arrays, numbers, other calls and expressions', () => {
      const verdicts = collectNodes(code, 'VariableDeclarator', node => {
        const declarator = node as TSESTree.VariableDeclarator;
        return `${(declarator.id as TSESTree.Identifier).name}:${mayHoldSecretLiteral(declarator.init!)}`;
      });
      const rejected = verdicts.filter(v => v.endsWith(':false')).map(v => v.split(':')[0]);
      assert.deepEqual(rejected, ['C', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'bb']);
    });
  });
});
