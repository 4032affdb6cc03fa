import assert from 'node:assert/strict';

import { namedValueListeners } from '../../../eslint-plugin/src/util';
import { probeListeners } from './probeListeners';

/** The `name=value` pairs (and declared identifiers) that `namedValueListeners` hands to its callback for `code`. */
function collect(code: string, jsx = false): string[] {
  const seen: string[] = [];
  probeListeners(
    code,
    sourceCode =>
      namedValueListeners(sourceCode, (name, value, declared) => seen.push(`${name}=${sourceCode.getText(value)}${declared ? ' (declared)' : ''}`), { jsx }),
    'probe.tsx',
  );
  return seen;
}

describe('namedValueListeners', () => {
  it('hands over declarations, assignments, defaults and class fields', () => {
    assert.deepEqual(
      collect("const clientSecret = 'a'; cfg.apiKey = 'b'; function f(password = 'c') {} class K { token = 'd'; }"),
      ["clientSecret='a' (declared)", "apiKey='b'", "password='c'", "token='d'"],
    );
  });
  it('reads JSX attributes only when asked', () => {
    assert.deepEqual(collect('const x = <P apiKey="k" token={t} />;', true), ['apiKey="k"', 'token=t']);
    assert.deepEqual(collect('const y = <P apiKey="k" />;'), []);
  });
  it('skips destructuring patterns and object-literal properties', () => {
    assert.deepEqual(collect("const { a } = b; const o = { secret: 's' }; const p = K;"), ['p=K (declared)']);
  });
  it('hands over only values that can hold a hard-coded string', () => {
    assert.deepEqual(
      collect("const a = () => 'x'; const b = require('m'); const c = 1; cfg.d = { s: 'x' }; class K { e = []; f = env.F ?? 'g'; }"),
      ["f=env.F ?? 'g'"],
    );
  });
});
