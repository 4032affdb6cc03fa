import * as assert from 'node:assert/strict';

import type { LintMessageLike } from '../../extension/src/core/findings';

import {
  applyEdits,
  findingKey,
  messageRange,
  nonOverlappingFixes,
  toFinding,
  toParseProblem,
} from '../../extension/src/core/findings';
import { TextIndex } from '../../extension/src/core/textIndex';

const DOCS = (name: string): string => `https://example.test/${name}.md`;

function message(overrides: Partial<LintMessageLike>): LintMessageLike {
  return {
    ruleId: 'zero-trust/no-password-grant',
    message: 'Bad grant.',
    severity: 2,
    line: 1,
    column: 1,
    ...overrides,
  };
}

describe('findings: ESLint messages to editor findings', () => {
  describe('messageRange', () => {
    const index = new TextIndex('const a = 1;\nconst bb = 22;\n');

    it('turns 1-based lines and columns into 0-based positions', () => {
      assert.deepEqual(messageRange(index, message({ line: 2, column: 7, endLine: 2, endColumn: 9 })), {
        start: { line: 1, character: 6 },
        end: { line: 1, character: 8 },
      });
    });

    it('falls back to the start when the end is missing', () => {
      assert.deepEqual(messageRange(index, message({ line: 1, column: 5 })), {
        start: { line: 0, character: 4 },
        end: { line: 0, character: 4 },
      });
    });

    it('uses the start column when only the end line is given', () => {
      assert.deepEqual(messageRange(index, message({ line: 1, column: 3, endLine: 2 })), {
        start: { line: 0, character: 2 },
        end: { line: 1, character: 2 },
      });
    });

    it('clamps lines and columns to the text', () => {
      assert.deepEqual(messageRange(index, message({ line: 0, column: 0, endLine: 99, endColumn: 99 })), {
        start: { line: 0, character: 0 },
        end: { line: 2, character: 0 },
      });
      assert.deepEqual(messageRange(index, message({ line: 1, column: 40, endLine: 1, endColumn: 80 })), {
        start: { line: 0, character: 12 },
        end: { line: 0, character: 12 },
      });
    });

    it('collapses an end before the start onto the start', () => {
      assert.deepEqual(messageRange(index, message({ line: 2, column: 5, endLine: 1, endColumn: 2 })), {
        start: { line: 1, character: 4 },
        end: { line: 1, character: 4 },
      });
    });

    it('ignores NaN and missing positions', () => {
      assert.deepEqual(messageRange(index, message({ line: Number.NaN, column: undefined })), {
        start: { line: 0, character: 0 },
        end: { line: 0, character: 0 },
      });
    });

    it('maps ESLint lines across U+2028, which the editor does not break lines at', () => {
      // ESLint counts "b" as line 2; the editor has one line, where "b" is at character 10.
      const text = 'const a = \u2028b;';
      assert.deepEqual(messageRange(new TextIndex(text), message({ line: 2, column: 1, endLine: 2, endColumn: 2 })), {
        start: { line: 0, character: 11 },
        end: { line: 0, character: 12 },
      });
    });

    it('keeps CRLF columns within the line', () => {
      const crlf = new TextIndex('ab\r\ncd\r\n');
      assert.deepEqual(messageRange(crlf, message({ line: 1, column: 1, endLine: 1, endColumn: 9 })), {
        start: { line: 0, character: 0 },
        end: { line: 0, character: 2 },
      });
      assert.deepEqual(messageRange(crlf, message({ line: 2, column: 2 })).start, { line: 1, character: 1 });
    });

    it('shifts the first line by a byte order mark that ESLint does not count', () => {
      const bom = new TextIndex('\uFEFFabc\nd');
      assert.deepEqual(messageRange(bom, message({ line: 1, column: 2, endLine: 1, endColumn: 3 })), {
        start: { line: 0, character: 2 },
        end: { line: 0, character: 3 },
      });
      assert.deepEqual(messageRange(bom, message({ line: 2, column: 1 })).start, { line: 1, character: 0 });
    });
  });

  describe('toFinding', () => {
    const text = 'grant("password");\nother();\n';
    const index = new TextIndex(text);

    it('keeps rule id, name, message, severity, docs URL, fix and suggestions as edits', () => {
      const finding = toFinding(
        index,
        message({
          severity: 1,
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 17,
          fix: { range: [6, 16], text: "'code'" },
          suggestions: [
            { desc: 'Use the device code flow.', messageId: 'useDeviceCode', fix: { range: [19, 24], text: 'device' } },
            { desc: 'Broken suggestion.', fix: null },
          ],
        }),
        DOCS,
      );
      assert.deepEqual(finding, {
        ruleId: 'zero-trust/no-password-grant',
        ruleName: 'no-password-grant',
        message: 'Bad grant.',
        severity: 1,
        range: { start: { line: 0, character: 6 }, end: { line: 0, character: 16 } },
        docsUrl: 'https://example.test/no-password-grant.md',
        fix: {
          range: { start: { line: 0, character: 6 }, end: { line: 0, character: 16 } },
          newText: "'code'",
          offsets: [6, 16],
        },
        suggestions: [
          {
            desc: 'Use the device code flow.',
            edit: {
              range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } },
              newText: 'device',
              offsets: [19, 24],
            },
          },
        ],
      });
    });

    it('applies fix and suggestion edits to give the text ESLint would', () => {
      const finding = toFinding(index, message({ fix: { range: [6, 16], text: "'code'" } }), DOCS)!;
      assert.equal(applyEdits(text, [finding.fix!]), "grant('code');\nother();\n");
    });

    it('counts fix offsets after a byte order mark', () => {
      const bom = new TextIndex('\uFEFFab');
      const finding = toFinding(bom, message({ fix: { range: [0, 1], text: 'x' } }), DOCS)!;
      assert.deepEqual(finding.fix!.offsets, [1, 2]);
      assert.deepEqual(finding.fix!.range.start, { line: 0, character: 1 });
      assert.equal(applyEdits(bom.text, [finding.fix!]), '\uFEFFxb');
    });

    it('leaves out other plugins, directive notices, parse errors and malformed fixes', () => {
      assert.equal(toFinding(index, message({ ruleId: 'no-console' }), DOCS), undefined);
      assert.equal(toFinding(index, message({ ruleId: null }), DOCS), undefined);
      assert.equal(toFinding(index, message({ ruleId: null, fatal: true }), DOCS), undefined);
      const malformed = toFinding(index, message({ fix: { range: [5, 2], text: 'x' } }), DOCS)!;
      assert.equal(malformed.fix, undefined);
    });

    it('has no docs URL when the rule declares none', () => {
      assert.equal(toFinding(index, message({}), () => undefined)!.docsUrl, undefined);
    });
  });

  describe('toParseProblem', () => {
    it('places the parse error at its position', () => {
      const index = new TextIndex('const x = ;');
      assert.deepEqual(
        toParseProblem(index, { ruleId: null, fatal: true, message: 'Parsing error: x.', line: 1, column: 11 }),
        {
          message: 'Parsing error: x.',
          range: { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } },
        },
      );
      assert.equal(toParseProblem(index, { ruleId: 'zero-trust/x', message: 'y' }), undefined);
    });
  });

  describe('findingKey', () => {
    const base = {
      range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } },
      ruleId: 'zero-trust/a',
      message: 'M.',
    };

    it('is the same for a copy and differs by range, rule or message', () => {
      assert.equal(findingKey(base), findingKey(JSON.parse(JSON.stringify(base)) as typeof base));
      assert.notEqual(findingKey(base), findingKey({ ...base, message: 'N.' }));
      assert.notEqual(findingKey(base), findingKey({ ...base, ruleId: 'zero-trust/b' }));
      assert.notEqual(
        findingKey(base),
        findingKey({ ...base, range: { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } } }),
      );
    });
  });

  describe('nonOverlappingFixes', () => {
    const text = '0123456789';
    const index = new TextIndex(text);
    const at = (start: number, end: number, newText: string) =>
      toFinding(index, message({ fix: { range: [start, end], text: newText } }), DOCS)!;

    it('sorts fixes and leaves out those overlapping or touching a kept one, as ESLint does', () => {
      const fixes = nonOverlappingFixes([
        at(6, 8, 'b'),
        at(0, 2, 'a'),
        at(1, 3, 'x'),
        at(8, 9, 'y'),
        toFinding(index, message({}), DOCS)!,
      ]);
      assert.deepEqual(
        fixes.map(fix => fix.offsets),
        [
          [0, 2],
          [6, 8],
        ],
      );
      assert.equal(applyEdits(text, fixes), 'a2345b89');
    });

    it('returns nothing when no finding has a fix', () => {
      assert.deepEqual(nonOverlappingFixes([toFinding(index, message({}), DOCS)!]), []);
    });
  });
});
