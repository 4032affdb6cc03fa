import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getStaticString, MAX_RESOLVE_DEPTH, resolveExpression } from './staticValue';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Stands for a character whose value is not known statically (a part of a template that does not fold). */
export const UNKNOWN_CHAR = '\u0000';
/** Longest string the scope helpers look into; longer ones are not scope lists. */
const MAX_LENGTH = 8192;

/**
 * The text of a string expression with, for each character, the source range it comes from: one character of
 * the file where the literal spells it out as is, or the whole of a folded part (a constant in a template, an
 * escape sequence, a literal reached through a constant is mapped into that literal). Characters that cannot be
 * known are `UNKNOWN_CHAR`. `undefined` when the expression is not string-like at all.
 */
export interface StaticTextMap {
  text: string;
  /** Per character: the start and end offset in the file it comes from. */
  spans: [number, number][];
}

/**
 * Maps a string expression (literal, template, `+` chain, same-file constant) to its text and source spans.
 * A template or concatenation with parts that do not fold still maps, with those parts as `UNKNOWN_CHAR`.
 */
export function getStaticTextMap(node: TSESTree.Node, sourceCode: SourceCode): StaticTextMap | undefined {
  const out: StaticTextMap = { text: '', spans: [] };
  return append(node, sourceCode, out, 0) && out.text.length <= MAX_LENGTH ? out : undefined;
}

function pushOpaque(out: StaticTextMap, text: string, range: readonly [number, number]): void {
  out.text += text;
  for (let i = 0; i < text.length; i++) {
    out.spans.push([range[0], range[1]]);
  }
}

/** Adds `cooked` whose source is `raw` starting at `start`: one to one when nothing is escaped, else opaque. */
function pushSource(out: StaticTextMap, cooked: string, raw: string, start: number, end: number): void {
  if (cooked === raw) {
    out.text += cooked;
    for (let i = 0; i < cooked.length; i++) {
      out.spans.push([start + i, start + i + 1]);
    }
  } else {
    pushOpaque(out, cooked, [start, end]);
  }
}

function append(node: TSESTree.Node, sourceCode: SourceCode, out: StaticTextMap, depth: number): boolean {
  if (depth >= MAX_RESOLVE_DEPTH || out.text.length > MAX_LENGTH) {
    return false;
  }
  const current = resolveExpression(node, sourceCode, depth);
  switch (current.type) {
    case AST_NODE_TYPES.Literal: {
      if (typeof current.value !== 'string') {
        return false;
      }
      const [start, end] = current.range;
      pushSource(out, current.value, sourceCode.text.slice(start + 1, end - 1), start + 1, end - 1);
      return true;
    }
    case AST_NODE_TYPES.TemplateLiteral: {
      current.quasis.forEach((quasi, i) => {
        // A template element's range includes its delimiters: the opening "`" or "}" and the closing "`" or "${".
        const start = quasi.range[0] + 1;
        const end = quasi.range[1] - (quasi.tail ? 1 : 2);
        if (quasi.value.cooked === null) {
          pushOpaque(out, UNKNOWN_CHAR, [start, end]);
        } else {
          pushSource(out, quasi.value.cooked, quasi.value.raw, start, end);
        }
        const expression = current.expressions[i];
        if (expression) {
          const value = getStaticString(expression, sourceCode, depth + 1);
          pushOpaque(out, value ?? UNKNOWN_CHAR, expression.range);
        }
      });
      return true;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (current.operator !== '+') {
        return false;
      }
      const length = out.text.length;
      if (!append(current.left, sourceCode, out, depth + 1)) {
        pushOpaque(out, getStaticString(current.left, sourceCode, depth + 1) ?? UNKNOWN_CHAR, current.left.range);
      }
      if (!append(current.right, sourceCode, out, depth + 1)) {
        pushOpaque(out, getStaticString(current.right, sourceCode, depth + 1) ?? UNKNOWN_CHAR, current.right.range);
      }
      // Numbers on both sides add up: not a string.
      return out.text.length > length || current.left.type === AST_NODE_TYPES.Literal;
    }
    default:
      return false;
  }
}

/** The source range of characters `[from, to)` of a map, and whether the source spells exactly those characters. */
export function getTextRange(
  map: StaticTextMap,
  from: number,
  to: number,
): { range: [number, number]; exact: boolean } {
  const first = map.spans[from]!;
  const last = map.spans[to - 1]!;
  let exact = true;
  for (let i = from; i < to; i++) {
    const span = map.spans[i]!;
    if (span[1] - span[0] !== 1 || span[0] !== first[0] + (i - from)) {
      exact = false;
      break;
    }
  }
  return { range: [first[0], last[1]], exact };
}
