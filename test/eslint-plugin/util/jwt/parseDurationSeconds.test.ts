import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { parseDurationSeconds } from '../../../../eslint-plugin/src/util/jwt/parseDurationSeconds';
import { collectNodes } from '../collectNodes';

function seconds(code: string): (number | undefined)[] {
  return collectNodes(code, 'CallExpression[callee.name="d"]', (node, sourceCode) =>
    parseDurationSeconds((node as TSESTree.CallExpression).arguments[0]!, sourceCode),
  );
}

describe('parseDurationSeconds', () => {
  it('reads numbers as seconds, arithmetic, constants and duration strings', () => {
    assert.deepEqual(
      seconds("const DAY = 60 * 60 * 24; d(300); d(DAY); d('2 hours'); d('30d'); d('5m'); d('1.5h'); d('500ms');"),
      [300, 86_400, 7200, 2_592_000, 300, 5400, 0.5],
    );
  });

  it('gives up on strings without a unit and on unknown values', () => {
    assert.deepEqual(seconds("d('3600'); d(config.skew); d('soon');"), [undefined, undefined, undefined]);
  });
});
