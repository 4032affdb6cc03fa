// Edits that turn a rule off with an `eslint-disable` comment, for the `Disable … for this line` and
// `Disable … for the entire file` actions. vscode-free.
import type { TextEdit } from './textIndex';
import type { TextIndex } from './textIndex';

/**
 * `// eslint-disable-next-line a, b -- why` or `/* eslint-disable-next-line a, b *\/`: groups indent, opener, rules.
 */
const NEXT_LINE_DIRECTIVE = /^(\s*)(\/\/|\/\*)\s*eslint-disable-next-line(?=\s|\*\/|$)([^]*)$/;
/** `/* eslint-disable a, b -- why *\/` alone on a line. */
const FILE_DIRECTIVE = /^\s*\/\*\s*eslint-disable(?=\s|\*\/)([^]*?)\*\/\s*$/;

/** The rule names of a directive's body (`a, b -- why *\/` → ['a', 'b']), and the body offset where they end. */
function parseRuleList(body: string): { rules: string[]; end: number } {
  let end = body.length;
  const closer = body.indexOf('*/');
  if (closer !== -1) {
    end = closer;
  }
  const description = /\s--\s/.exec(body.slice(0, end));
  if (description) {
    end = description.index;
  }
  const list = body.slice(0, end);
  const trimmedEnd = list.replace(/\s+$/, '').length;
  return {
    rules: list
      .split(',')
      .map(rule => rule.trim())
      .filter(Boolean),
    end: trimmedEnd,
  };
}

function insertAt(index: TextIndex, offset: number, newText: string): TextEdit {
  const position = index.positionAt(offset);
  return { range: { start: position, end: position }, newText };
}

/**
 * The edit that silences `ruleId` on a 0-based editor line: extends an `eslint-disable-next-line` directive on the
 * line above when there is one with a rule list, else inserts `// eslint-disable-next-line <rule>` above the line
 * with its indentation. `undefined` when the directive above already names the rule.
 */
export function disableForLineEdit(index: TextIndex, line: number, ruleId: string): TextEdit | undefined {
  const target = Math.min(Math.max(0, line), index.lineCount - 1);
  if (target > 0) {
    const above = index.lineText(target - 1);
    const match = NEXT_LINE_DIRECTIVE.exec(above);
    if (match) {
      const body = match[3] ?? '';
      const { rules, end } = parseRuleList(body);
      if (rules.includes(ruleId)) {
        return undefined;
      }
      if (rules.length > 0) {
        const bodyStart = above.length - body.length;
        return insertAt(index, index.lineStart(target - 1) + bodyStart + end, `, ${ruleId}`);
      }
    }
  }
  const indent = /^\s*/.exec(index.lineText(target))?.[0] ?? '';
  return insertAt(index, index.lineStart(target), `${indent}// eslint-disable-next-line ${ruleId}${index.lineEnding}`);
}

/**
 * The edit that silences `ruleId` in the whole file: extends a `/* eslint-disable … *\/` comment on the file's first
 * line (after a shebang) when there is one with a rule list, else inserts `/* eslint-disable <rule> *\/` there.
 * `undefined` when that comment already names the rule.
 */
export function disableForFileEdit(index: TextIndex, ruleId: string): TextEdit | undefined {
  const first = index.text.startsWith('#!', index.bomLength) ? 1 : 0;
  if (first < index.lineCount) {
    const lineText = index.lineText(first);
    const match = FILE_DIRECTIVE.exec(lineText);
    if (match) {
      const body = match[1] ?? '';
      const { rules, end } = parseRuleList(body);
      if (rules.includes(ruleId)) {
        return undefined;
      }
      if (rules.length > 0) {
        const bodyStart = lineText.indexOf('eslint-disable') + 'eslint-disable'.length;
        return insertAt(index, index.lineStart(first) + bodyStart + end, `, ${ruleId}`);
      }
    }
  }
  if (first >= index.lineCount) {
    // A file that is only a shebang line, without a line break.
    return insertAt(index, index.text.length, `${index.lineEnding}/* eslint-disable ${ruleId} */`);
  }
  const offset = first > 0 ? index.lineStart(first) : index.bomLength;
  return insertAt(index, offset, `/* eslint-disable ${ruleId} */${index.lineEnding}`);
}
