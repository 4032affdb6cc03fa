import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import * as tsParser from '@typescript-eslint/parser';

import type { LintSettings } from '../../extension/src/core/lint';

import { changeRange, IncrementalParser } from '../../extension/src/core/incrementalParser';
import { LintEngine } from '../../extension/src/core/lint';
import { seededRandom as seeded } from '../robustness/support/mutate';

const EXAMPLES = path.join(__dirname, '../../examples/app/src');
const OPTIONS = {
  ecmaVersion: 'latest',
  sourceType: 'module',
  ecmaFeatures: { jsx: true },
  jsDocParsingMode: 'none',
  preserveNodeMaps: false,
} as const;

/** Everything ESLint reads from a parse: the tree (types, ranges, values), tokens and comments, without back links. */
function snapshot(result: ReturnType<typeof tsParser.parseForESLint>): string {
  const { ast } = result;
  return JSON.stringify(
    { body: ast.body, tokens: ast.tokens, comments: ast.comments, range: ast.range, sourceType: ast.sourceType },
    (key, value: unknown) => (key === 'parent' ? undefined : value),
  );
}

/** Typing-like edits: insert or delete a few characters, paste a line, or break the syntax and mend it again. */
const INSERTS = [
  'a',
  ' ',
  '\n',
  '(',
  ')',
  '{',
  '}',
  "'",
  '`',
  '/',
  '*',
  '// note\n',
  'const x = 1;\n',
  '<div>',
  '${',
  ', ',
  '.',
  '=>',
];
function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  if (random() < 0.55 || text.length === 0) {
    return text.slice(0, at) + INSERTS[Math.floor(random() * INSERTS.length)]! + text.slice(at);
  }
  const length = 1 + Math.floor(random() * 12);
  return text.slice(0, at) + text.slice(at + length);
}

function parseFull(text: string, filePath: string): string | Error {
  try {
    return snapshot(tsParser.parseForESLint(text, { ...OPTIONS, filePath }));
  } catch (error) {
    return error as Error;
  }
}

/** A parse through the incremental parser, as ESLint calls it, for document `key` (`undefined`: none). */
function parseIn(
  parser: IncrementalParser,
  key: string | undefined,
  text: string,
  filePath = 'a.ts',
): ReturnType<typeof tsParser.parseForESLint> {
  const eslintParser = parser.parser as unknown as { parseForESLint: typeof tsParser.parseForESLint };
  return parser.with(key, () => eslintParser.parseForESLint(text, { ...OPTIONS, filePath }));
}

function parseWith(parser: IncrementalParser, key: string, text: string, filePath: string): string | Error {
  try {
    return snapshot(parseIn(parser, key, text, filePath));
  } catch (error) {
    return error as Error;
  }
}

function assertSame(incremental: string | Error, full: string | Error, context: string): void {
  if (full instanceof Error) {
    assert.ok(
      incremental instanceof Error,
      `${context}: the full parse fails (${full.message}), the incremental one did not`,
    );
    assert.equal(incremental.message, full.message, context);
    return;
  }
  assert.ok(!(incremental instanceof Error), `${context}: the incremental parse failed: ${String(incremental)}`);
  assert.ok(incremental === full, `${context}: the incremental parse differs from a full parse`);
}

describe('IncrementalParser', () => {
  it('finds the one replaced span between two texts', () => {
    const range = changeRange('const a = 1;', 'const abc = 1;');
    assert.deepEqual(range, { span: { start: 7, length: 0 }, newLength: 2 });
    assert.deepEqual(changeRange('abc', 'abc'), { span: { start: 3, length: 0 }, newLength: 0 });
    assert.deepEqual(changeRange('aaa', 'aa'), { span: { start: 2, length: 1 }, newLength: 0 });
    assert.deepEqual(changeRange('', 'x = 1'), { span: { start: 0, length: 0 }, newLength: 5 });
    assert.deepEqual(changeRange('one', 'two'), { span: { start: 0, length: 3 }, newLength: 3 });
  });

  const files = fs
    .readdirSync(EXAMPLES)
    .filter(name => /\.[jt]sx?$/.test(name))
    .sort();
  it(
    `gives the AST, tokens and comments of a full parse over 40 seeded edits of each of the ${files.length} example ` +
      `files`,
    () => {
      assert.ok(files.length >= 10);
      let failing = 0;
      files.forEach((name, index) => {
        const random = seeded(1000 + index);
        const parser = new IncrementalParser();
        let text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
        assertSame(parseWith(parser, name, text, name), parseFull(text, name), `${name}, original`);
        for (let step = 0; step < 40; step++) {
          text = edit(text, random);
          const full = parseFull(text, name);
          if (full instanceof Error) {
            failing++;
          }
          assertSame(parseWith(parser, name, text, name), full, `${name}, seed ${1000 + index}, edit ${step + 1}`);
        }
        assert.deepEqual(parser.counts, { incremental: 40, full: 1 }, `${name}: every edit re-parsed incrementally`);
      });
      // The edits must also pass through texts that do not parse, and back.
      assert.ok(failing > 20, `only ${failing} edits broke the syntax`);
    },
  );

  it("keeps the document's tree when the rules parse a module it imports during its lint", () => {
    const parser = new IncrementalParser();
    const eslintParser = parser.parser as unknown as { parseForESLint: typeof tsParser.parseForESLint };
    const text = 'import { scopes } from "./authConfig";\nexport const request = { scopes };\n';
    parser.with('doc', () => {
      eslintParser.parseForESLint(text, { ...OPTIONS, filePath: 'app.ts' });
      // An imported module, parsed by a rule through the lint's parser.
      eslintParser.parseForESLint('export const scopes = ["User.Read"];\n', { ...OPTIONS, filePath: 'authConfig.ts' });
    });
    assert.deepEqual(parser.counts, { incremental: 0, full: 1 });
    parseIn(parser, 'doc', `${text}// edited\n`, 'app.ts');
    assert.deepEqual(parser.counts, { incremental: 1, full: 1 });
  });

  it('keeps a tree only for a named document, for the last few documents', () => {
    const parser = new IncrementalParser(2);
    const parse = (key: string | undefined, text: string): ReturnType<typeof tsParser.parseForESLint> =>
      parseIn(parser, key, text);
    parse(undefined, 'const a = 1;');
    assert.equal(parser.size, 0);
    parse('one', 'const a = 1;');
    parse('two', 'const b = 2;');
    parse('three', 'const c = 3;');
    assert.equal(parser.size, 2);
    // Beyond the document linted last, trees are kept only while their texts stay under the size limit.
    const small = new IncrementalParser(4, 20);
    parseIn(small, 'one', 'const a = 1;');
    assert.equal(small.size, 1);
    parseIn(small, 'two', 'const b = 2;');
    assert.equal(small.size, 1);
    parseIn(small, 'big', 'const big = "over twenty characters";');
    assert.equal(small.size, 1, 'the document linted last keeps its tree even over the limit');
    // The same text again, and a different file name for the same document (a rename), both still parse right.
    assert.equal(snapshot(parse('three', 'const c = 3;')), parseFull('const c = 3;', 'a.ts'));
    assert.equal(
      snapshot(parseIn(parser, 'three', 'const c = <b>3</b>;', 'a.tsx')),
      parseFull('const c = <b>3</b>;', 'a.tsx'),
    );
  });

  it('gives the lint engine the same findings, edit after edit, as linting each text afresh', () => {
    const settings: LintSettings = { preset: 'strict', rules: {} };
    const edited = new LintEngine();
    const fresh = new LintEngine();
    for (const name of ['signIn.ts', 'graphDaemon.ts', 'legacySpa.js']) {
      const random = seeded(name.length);
      let text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
      for (let step = 0; step < 25; step++) {
        const expected = fresh.lint(text, name, settings);
        const actual = edited.lint(text, name, settings, `file:///${name}`);
        assert.deepEqual(
          { findings: actual.findings, parseError: actual.parseError },
          { findings: expected.findings, parseError: expected.parseError },
          `${name}, edit ${step}`,
        );
        if (step === 0) {
          assert.ok(expected.findings.length > 0, `${name} has findings to compare`);
        }
        text = edit(text, random);
      }
    }
  });
});
