import type { Linter } from 'eslint';

import { parse } from '@typescript-eslint/typescript-estree';

/** Rule ids of the rules that find secrets or tokens, whose messages must never repeat what they found. */
export const SECRET_RULE = /hardcoded|secret|token/;
/** Shorter strings are words and code shapes (`HS256`, `openid`), not secrets. */
const MIN_SECRET_LENGTH = 8;

/**
 * Names the OAuth 2.0 / OpenID Connect specs and the browser define (request parameters, response fields, storage
 * objects). A finding may name them as the code shape it is about (`access_token` in a query string, a cache in
 * `localStorage`): they are never the secret itself.
 */
const PROTOCOL_NAMES = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'client_id',
  'client_secret',
  'client_assertion',
  'client_assertion_type',
  'code_verifier',
  'code_challenge',
  'code_challenge_method',
  'grant_type',
  'response_type',
  'response_mode',
  'token_type',
  'redirect_uri',
  'post_logout_redirect_uri',
  'expires_in',
  'session_state',
  'form_post',
  'Authorization',
  'authorization',
  'localStorage',
  'sessionStorage',
  'memoryStorage',
  'indexedDB',
  'document.cookie',
]);

/** The text of every string literal and template chunk in `code`, with its range. */
function stringLiterals(code: string, jsx: boolean): { value: string; range: [number, number] }[] {
  let tokens: { type: string; value: string; range: [number, number] }[];
  try {
    tokens = parse(code, { tokens: true, range: true, jsx }).tokens ?? [];
  } catch {
    return [];
  }
  const out: { value: string; range: [number, number] }[] = [];
  for (const token of tokens) {
    if (token.type === 'String') out.push({ value: token.value.slice(1, -1), range: token.range });
    else if (token.type === 'Template')
      out.push({ value: token.value.replace(/^[`}]|(\$\{|`)$/g, ''), range: token.range });
    else if (token.type === 'JSXText') out.push({ value: token.value.trim(), range: token.range });
  }
  return out;
}

function lineStarts(code: string): number[] {
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') starts.push(i + 1);
  return starts;
}

/**
 * The findings whose message (or suggestion text) repeats a string literal of at least `MIN_SECRET_LENGTH`
 * characters from the source text of the reported range. A message may name the code shape; never its value.
 * Not counted as a leak: a protocol or storage name (`PROTOCOL_NAMES`), and a string the rule's own message
 * templates spell out (fixed wording such as `localStorage`, not data taken from the code): pass them as
 * `templates(ruleId)`.
 */
export function leakedValues(
  code: string,
  messages: readonly Linter.LintMessage[],
  jsx = false,
  templates: (ruleId: string) => readonly string[] = () => [],
): string[] {
  const literals = stringLiterals(code, jsx).filter(l => l.value.length >= MIN_SECRET_LENGTH);
  const starts = lineStarts(code);
  const offset = (line: number, column: number): number => (starts[line - 1] ?? code.length) + column - 1;
  const leaks: string[] = [];
  for (const m of messages) {
    if (!m.ruleId) continue;
    const start = offset(m.line, m.column);
    const end =
      m.endLine !== undefined && m.endColumn !== undefined
        ? offset(m.endLine, m.endColumn)
        : (starts[m.line] ?? code.length);
    const texts = [m.message, ...(m.suggestions ?? []).map(s => s.desc)];
    const fixedWording = templates(m.ruleId);
    for (const literal of literals) {
      if (literal.range[1] <= start || literal.range[0] >= end) continue;
      if (PROTOCOL_NAMES.has(literal.value) || fixedWording.some(t => t.includes(literal.value))) continue;
      if (texts.some(text => text.includes(literal.value))) {
        leaks.push(
          `${m.ruleId} at ${m.line}:${m.column} repeats a ${literal.value.length}-character string of the code it ` +
            `reports`,
        );
      }
    }
  }
  return leaks;
}
