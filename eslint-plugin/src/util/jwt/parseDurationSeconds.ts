import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getStaticString, resolveExpression } from '../evaluate/staticValue';

const UNIT_SECONDS: Record<string, number> = {
  ms: 0.001,
  msec: 0.001,
  msecs: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
  w: 604_800,
  week: 604_800,
  weeks: 604_800,
  y: 31_557_600,
  yr: 31_557_600,
  yrs: 31_557_600,
  year: 31_557_600,
  years: 31_557_600,
};

/**
 * A time span in seconds, as jsonwebtoken (`maxAge`, `clockTolerance`: seconds or a vercel/ms string) and jose
 * (`maxTokenAge`, `clockTolerance`: seconds or `'5m'`, `'2 days'`) take it: a number (seconds), a string with a
 * unit, or simple arithmetic on numbers (`60 * 60 * 24`), through same-file constants. `undefined` when unknown
 * or when a string has no unit (the two libraries read those differently).
 */
export function parseDurationSeconds(
  node: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth = 0,
): number | undefined {
  if (depth > 8) {
    return undefined;
  }
  const value = resolveExpression(node, sourceCode);
  if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'number') {
    return value.value;
  }
  if (value.type === AST_NODE_TYPES.BinaryExpression && (value.operator === '*' || value.operator === '+')) {
    const left = parseDurationSeconds(value.left, sourceCode, depth + 1);
    const right = left === undefined ? undefined : parseDurationSeconds(value.right, sourceCode, depth + 1);
    if (left === undefined || right === undefined) {
      return undefined;
    }
    return value.operator === '*' ? left * right : left + right;
  }
  const text = getStaticString(value, sourceCode);
  const match = text === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(text);
  const unit = match ? UNIT_SECONDS[match[2]!.toLowerCase()] : undefined;
  return match && unit !== undefined ? Number(match[1]) * unit : undefined;
}
