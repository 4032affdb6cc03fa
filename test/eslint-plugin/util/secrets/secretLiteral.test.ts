import assert from 'node:assert/strict';

import { Linter } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';

import { collectNodes } from '../collectNodes';

import {
  findSecretLiteral,
  getBindingName,
  mayHoldSecretLiteral,
} from '../../../../eslint-plugin/src/util/secrets/secretLiteral';
import { dedent } from '../../../dedent';

describe('secretLiteral', () => {
  describe('findSecretLiteral and getBindingName', () => {
    /** Runs `check` on the initialiser of the variable `target` in `code`, with real scope analysis. */
    function withInit(
      code: string,
      target: string,
      check: (init: TSESTree.Expression, sourceCode: never) => void,
    ): void {
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
        assert.deepEqual(found && { value: found.value, fallback: found.fallback, viaConst: found.viaConst }, {
          value: 'abc',
          fallback: false,
          viaConst: false,
        });
      }));
    it('unwraps || and ?? fallbacks and conditionals', () => {
      for (const code of [
        "const s = process.env.X || 'abc';",
        "const s = process.env.X ?? 'abc';",
        "const s = process.env.X ? process.env.X : 'abc';",
      ]) {
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
      for (const code of [
        'const s = process.env.X;',
        "const s = config.get('x');",
        'const s = process.env.X && "y";',
        'let t = 1; const s = t;',
      ]) {
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
    const code = dedent`
      const K = 'k-1'; const C = { jwt: { secret: 's-2' } }; let reassigned = 'r'; reassigned = 'q';
      const a = 'lit'; const b = \`tpl\`; const c = K; const d = C.jwt.secret; const e = process.env.X || 'fb';
      const f = process.env.Y ?? K; const g = flag ? 'x' : K; const h = String('s'); const i = Buffer.from(K, 'utf8');
      const j = new TextEncoder().encode('t'); const k = ('p' as string)!; const l = (K satisfies string);
      const m = () => 'x'; const n = { s: 'x' }; const o = ['x']; const p = 1; const q = true; const r = null;
      const s = require('x'); const t = \`a\${K}\`; const u = 'a' + K; const v = flag && 'x'; const w = new Map();
      const x = await load(); const y = !K; const z = class {}; const aa = function () { return 'x'; }; const bb = f2();
    `;

    it('accepts every value in which findSecretLiteral finds a literal', () => {
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
      assert.deepEqual(rejected, [
        'C',
        'm',
        'n',
        'o',
        'p',
        'q',
        'r',
        's',
        't',
        'u',
        'v',
        'w',
        'x',
        'y',
        'z',
        'aa',
        'bb',
      ]);
    });
  });
});
