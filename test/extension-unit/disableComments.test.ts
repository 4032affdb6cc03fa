import * as assert from 'node:assert/strict';

import type { TextEdit } from '../../extension/src/core/textIndex';

import { cleanReason, disableForFileEdit, disableForLineEdit } from '../../extension/src/core/disableComments';
import { TextIndex } from '../../extension/src/core/textIndex';

const RULE = 'zero-trust/no-password-grant';

/** Applies edits (of the original text, not overlapping) by their editor positions, as the editor would. */
function apply(text: string, edits: TextEdit[] | undefined): string {
  assert.ok(edits && edits.length > 0, 'expected an edit');
  const index = new TextIndex(text);
  const offset = (line: number, character: number): number => index.lineStart(line) + character;
  const spans = edits
    .map(edit => ({
      start: offset(edit.range.start.line, edit.range.start.character),
      end: offset(edit.range.end.line, edit.range.end.character),
      text: edit.newText,
    }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const span of spans) {
    out = out.slice(0, span.start) + span.text + out.slice(span.end);
  }
  return out;
}

describe('disable comments', () => {
  describe('with a reason', () => {
    it('writes the reason as the directive description, on the line and in the file', () => {
      const text = 'function f() {\n  grant();\n}\n';
      assert.equal(
        apply(text, disableForLineEdit(new TextIndex(text), 1, RULE, 'Reviewed: test tenant only')),
        `function f() {\n  // eslint-disable-next-line ${RULE} -- Reviewed: test tenant only\n  grant();\n}\n`,
      );
      assert.equal(
        apply(text, disableForFileEdit(new TextIndex(text), RULE, 'legacy client')),
        `/* eslint-disable ${RULE} -- legacy client */\n${text}`,
      );
    });

    it('adds the rule and the reason to an existing directive, after its own description', () => {
      const described = '// eslint-disable-next-line no-console -- legacy logging  \ngrant();\n';
      assert.equal(
        apply(described, disableForLineEdit(new TextIndex(described), 1, RULE, 'device flow next')),
        `// eslint-disable-next-line no-console, ${RULE} -- legacy logging; device flow next  \ngrant();\n`,
      );
      const bare = '/* eslint-disable-next-line no-console */ \ngrant();\n';
      assert.equal(
        apply(bare, disableForLineEdit(new TextIndex(bare), 1, RULE, 'why')),
        `/* eslint-disable-next-line no-console, ${RULE} -- why */ \ngrant();\n`,
      );
      const file = '/* eslint-disable no-console -- logs */\ngrant();\n';
      assert.equal(
        apply(file, disableForFileEdit(new TextIndex(file), RULE, 'why')),
        `/* eslint-disable no-console, ${RULE} -- logs; why */\ngrant();\n`,
      );
    });

    it('keeps the reason to one line and out of the comment closer; a blank reason writes none', () => {
      assert.equal(cleanReason('  two\n  lines */ here\t'), 'two lines * / here');
      assert.equal(cleanReason(' \n '), undefined);
      assert.equal(cleanReason(undefined), undefined);
      const text = 'grant();';
      assert.equal(
        apply(text, disableForFileEdit(new TextIndex(text), RULE, 'a */ b')),
        `/* eslint-disable ${RULE} -- a * / b */\ngrant();`,
      );
      assert.equal(
        apply(text, disableForLineEdit(new TextIndex(text), 0, RULE, '   ')),
        `// eslint-disable-next-line ${RULE}\ngrant();`,
      );
    });
  });

  describe('disableForLineEdit', () => {
    it('inserts a next-line directive with the line indentation', () => {
      const text = 'function f() {\n    grant();\n}\n';
      assert.equal(
        apply(text, disableForLineEdit(new TextIndex(text), 1, RULE)),
        `function f() {\n    // eslint-disable-next-line ${RULE}\n    grant();\n}\n`,
      );
    });

    it('keeps tabs and CRLF line endings', () => {
      const text = 'if (x) {\r\n\t\tgrant();\r\n}';
      assert.equal(
        apply(text, disableForLineEdit(new TextIndex(text), 1, RULE)),
        `if (x) {\r\n\t\t// eslint-disable-next-line ${RULE}\r\n\t\tgrant();\r\n}`,
      );
    });

    it('works on the first line', () => {
      const text = 'grant();';
      assert.equal(
        apply(text, disableForLineEdit(new TextIndex(text), 0, RULE)),
        `// eslint-disable-next-line ${RULE}\ngrant();`,
      );
    });

    it('extends an existing directive above the line', () => {
      const text = '  // eslint-disable-next-line no-console\n  grant();\n';
      assert.equal(
        apply(text, disableForLineEdit(new TextIndex(text), 1, RULE)),
        `  // eslint-disable-next-line no-console, ${RULE}\n  grant();\n`,
      );
    });

    it('extends a directive before its description and trailing spaces', () => {
      const text = '// eslint-disable-next-line no-console  -- legacy logging\ngrant();\n';
      assert.equal(
        apply(text, disableForLineEdit(new TextIndex(text), 1, RULE)),
        `// eslint-disable-next-line no-console, ${RULE}  -- legacy logging\ngrant();\n`,
      );
    });

    it('extends a block-comment directive', () => {
      const text = '/* eslint-disable-next-line no-console */\ngrant();\n';
      assert.equal(
        apply(text, disableForLineEdit(new TextIndex(text), 1, RULE)),
        `/* eslint-disable-next-line no-console, ${RULE} */\ngrant();\n`,
      );
    });

    it('returns nothing when the directive already names the rule', () => {
      const text = `// eslint-disable-next-line ${RULE}\ngrant();\n`;
      assert.equal(disableForLineEdit(new TextIndex(text), 1, RULE), undefined);
    });

    it('does not extend a comment that only mentions the directive', () => {
      const text = '// see eslint-disable-next-line docs\ngrant();\n';
      assert.equal(
        apply(text, disableForLineEdit(new TextIndex(text), 1, RULE)),
        `// see eslint-disable-next-line docs\n// eslint-disable-next-line ${RULE}\ngrant();\n`,
      );
    });

    it('clamps a line past the end', () => {
      const text = 'a();\nb();';
      assert.equal(
        apply(text, disableForLineEdit(new TextIndex(text), 9, RULE)),
        `a();\n// eslint-disable-next-line ${RULE}\nb();`,
      );
    });
  });

  describe('disableForFileEdit', () => {
    it('inserts a block directive at the top', () => {
      const text = "import x from 'y';\n";
      assert.equal(
        apply(text, disableForFileEdit(new TextIndex(text), RULE)),
        `/* eslint-disable ${RULE} */\nimport x from 'y';\n`,
      );
    });

    it('inserts it after a shebang', () => {
      const text = '#!/usr/bin/env node\r\ngrant();\r\n';
      assert.equal(
        apply(text, disableForFileEdit(new TextIndex(text), RULE)),
        `#!/usr/bin/env node\r\n/* eslint-disable ${RULE} */\r\ngrant();\r\n`,
      );
    });

    it('handles a file that is only a shebang', () => {
      const text = '#!/usr/bin/env node';
      assert.equal(
        apply(text, disableForFileEdit(new TextIndex(text), RULE)),
        `#!/usr/bin/env node\n/* eslint-disable ${RULE} */`,
      );
    });

    it('extends the directive on the first line', () => {
      const text = '/* eslint-disable no-console -- generated */\ngrant();\n';
      assert.equal(
        apply(text, disableForFileEdit(new TextIndex(text), RULE)),
        `/* eslint-disable no-console, ${RULE} -- generated */\ngrant();\n`,
      );
    });

    it('returns nothing when the directive already names the rule', () => {
      const text = `/* eslint-disable no-console, ${RULE} */\ngrant();\n`;
      assert.equal(disableForFileEdit(new TextIndex(text), RULE), undefined);
    });

    it('inserts into an empty file', () => {
      assert.equal(apply('', disableForFileEdit(new TextIndex(''), RULE)), `/* eslint-disable ${RULE} */\n`);
    });
  });
});
