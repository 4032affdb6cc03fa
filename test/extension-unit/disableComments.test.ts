import * as assert from 'node:assert/strict';

import type { TextEdit } from '../../extension/src/core/textIndex';

import { disableForFileEdit, disableForLineEdit } from '../../extension/src/core/disableComments';
import { TextIndex } from '../../extension/src/core/textIndex';

const RULE = 'zero-trust/no-password-grant';

/** Applies one edit by its editor positions, as the editor would. */
function apply(text: string, edit: TextEdit | undefined): string {
  assert.ok(edit, 'expected an edit');
  const index = new TextIndex(text);
  const offset = (line: number, character: number): number => index.lineStart(line) + character;
  const start = offset(edit.range.start.line, edit.range.start.character);
  const end = offset(edit.range.end.line, edit.range.end.character);
  return text.slice(0, start) + edit.newText + text.slice(end);
}

describe('disable comments', () => {
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
