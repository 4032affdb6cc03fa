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

/**
 * The rule names of a directive's body (`a, b -- why *\/` → ['a', 'b']), the body offset where they end, whether a
 * description (`-- why`) follows them, and the body offset where the directive's text ends (before `*\/`, or at the
 * end of the line, trailing spaces left out).
 */
function parseRuleList(body: string): { rules: string[]; end: number; described: boolean; textEnd: number } {
  let end = body.length;
  const closer = body.indexOf('*/');
  if (closer !== -1) {
    end = closer;
  }
  const textEnd = body.slice(0, end).replace(/\s+$/, '').length;
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
    described: description !== null,
    textEnd,
  };
}

/**
 * A reason as a directive's description can hold it: one line, no comment closer, spaces collapsed; `undefined`
 * when nothing is left.
 */
export function cleanReason(reason: string | undefined): string | undefined {
  const cleaned = reason?.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();
  return cleaned ? cleaned : undefined;
}

/**
 * Adds `ruleId` to a directive's rule list (at body offset `end`), and the reason to its description (a new
 * `-- reason`, or `; reason` after the one it has): one or two edits at `bodyOffset` + offsets in the body.
 */
function extendDirective(
  index: TextIndex,
  bodyOffset: number,
  parsed: { end: number; described: boolean; textEnd: number },
  ruleId: string,
  reason: string | undefined,
): TextEdit[] {
  const description = reason ? (parsed.described ? `; ${reason}` : ` -- ${reason}`) : '';
  if (!description || parsed.textEnd === parsed.end) {
    // Nothing after the rule list: one insertion holds both.
    return [insertAt(index, bodyOffset + parsed.end, `, ${ruleId}${description}`)];
  }
  return [
    insertAt(index, bodyOffset + parsed.end, `, ${ruleId}`),
    insertAt(index, bodyOffset + parsed.textEnd, description),
  ];
}

function insertAt(index: TextIndex, offset: number, newText: string): TextEdit {
  const position = index.positionAt(offset);
  return { range: { start: position, end: position }, newText };
}

/**
 * The edits that silence `ruleId` on a 0-based editor line: extend an `eslint-disable-next-line` directive on the
 * line above when there is one with a rule list, else insert `// eslint-disable-next-line <rule>` above the line
 * with its indentation. With a `reason`, the directive says why (`-- <reason>`, which ESLint reads as its
 * description and `eslint-comments/require-description` asks for). `undefined` when the directive above already
 * names the rule.
 */
export function disableForLineEdit(
  index: TextIndex,
  line: number,
  ruleId: string,
  reason?: string,
): TextEdit[] | undefined {
  const why = cleanReason(reason);
  const target = Math.min(Math.max(0, line), index.lineCount - 1);
  if (target > 0) {
    const above = index.lineText(target - 1);
    const match = NEXT_LINE_DIRECTIVE.exec(above);
    if (match) {
      const body = match[3] ?? '';
      const parsed = parseRuleList(body);
      if (parsed.rules.includes(ruleId)) {
        return undefined;
      }
      if (parsed.rules.length > 0) {
        const bodyStart = above.length - body.length;
        return extendDirective(index, index.lineStart(target - 1) + bodyStart, parsed, ruleId, why);
      }
    }
  }
  const indent = /^\s*/.exec(index.lineText(target))?.[0] ?? '';
  const description = why ? ` -- ${why}` : '';
  return [
    insertAt(
      index,
      index.lineStart(target),
      `${indent}// eslint-disable-next-line ${ruleId}${description}${index.lineEnding}`,
    ),
  ];
}

/**
 * The edits that silence `ruleId` in the whole file: extend a `/* eslint-disable … *\/` comment on the file's first
 * line (after a shebang) when there is one with a rule list, else insert `/* eslint-disable <rule> *\/` there, with
 * `-- <reason>` when there is a reason. `undefined` when that comment already names the rule.
 */
export function disableForFileEdit(index: TextIndex, ruleId: string, reason?: string): TextEdit[] | undefined {
  const why = cleanReason(reason);
  const first = index.text.startsWith('#!', index.bomLength) ? 1 : 0;
  if (first < index.lineCount) {
    const lineText = index.lineText(first);
    const match = FILE_DIRECTIVE.exec(lineText);
    if (match) {
      const body = match[1] ?? '';
      const parsed = parseRuleList(body);
      if (parsed.rules.includes(ruleId)) {
        return undefined;
      }
      if (parsed.rules.length > 0) {
        const bodyStart = lineText.indexOf('eslint-disable') + 'eslint-disable'.length;
        return extendDirective(index, index.lineStart(first) + bodyStart, parsed, ruleId, why);
      }
    }
  }
  const comment = `/* eslint-disable ${ruleId}${why ? ` -- ${why}` : ''} */`;
  if (first >= index.lineCount) {
    // A file that is only a shebang line, without a line break.
    return [insertAt(index, index.text.length, `${index.lineEnding}${comment}`)];
  }
  const offset = first > 0 ? index.lineStart(first) : index.bomLength;
  return [insertAt(index, offset, `${comment}${index.lineEnding}`)];
}
