import assert from 'node:assert/strict';

import type { TSESTree } from '@typescript-eslint/utils';

import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import {
  getStaticTextMap,
  getTextRange,
  UNKNOWN_CHAR,
  type StaticTextMap,
} from '../../../../eslint-plugin/src/util/evaluate/getStaticTextMap';

/** The map of the initialiser of the last declaration in `code`. */
function mapOf(code: string): StaticTextMap | undefined {
  let result: StaticTextMap | undefined;
  const linter = new Linter({ configType: 'flat' });
  const rule = {
    meta: { type: 'problem' as const, schema: [] },
    create: (context: { sourceCode: never }) => ({
      'Program:exit'(program: TSESTree.Program): void {
        const last = program.body.at(-1);
        if (last?.type === 'VariableDeclaration' && last.declarations[0]?.init) {
          result = getStaticTextMap(last.declarations[0].init, context.sourceCode);
        }
      },
    }),
  };
  linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser },
        plugins: { t: { rules: { r: rule as never } } },
        rules: { 't/r': 'error' },
      },
    ],
    'file.ts',
  );
  return result;
}

/** The source each character of a map comes from. */
function sources(code: string, map: StaticTextMap): string[] {
  return map.spans.map(([start, end]) => code.slice(start, end));
}

describe('getStaticTextMap', () => {
  it('maps each character of a plain literal to itself', () => {
    const code = "const s = 'a b';";
    const map = mapOf(code)!;
    assert.equal(map.text, 'a b');
    assert.deepEqual(sources(code, map), ['a', ' ', 'b']);
    assert.deepEqual(getTextRange(map, 2, 3), { range: [13, 14], exact: true });
  });

  it('maps folded constants and escapes to the whole part they come from', () => {
    const code = "const R = 'x/';\nconst s = `${R}\\u0079z` + 'w';";
    const map = mapOf(code)!;
    assert.equal(map.text, 'x/yzw');
    assert.deepEqual(sources(code, map), ['R', 'R', '\\u0079z', '\\u0079z', 'w']);
    assert.equal(getTextRange(map, 0, 2).exact, false);
    assert.equal(getTextRange(map, 4, 5).exact, true);
  });

  it('marks what cannot be known, and gives up on what is not a string', () => {
    const code = 'const s = `a${unknown}b`;';
    assert.equal(mapOf(code)!.text, `a${UNKNOWN_CHAR}b`);
    assert.equal(mapOf('const s = 42;'), undefined);
    assert.equal(mapOf('const s = call();'), undefined);
    assert.equal(mapOf(`const s = '${'x'.repeat(9000)}';`), undefined);
  });
});
