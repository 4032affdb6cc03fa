// Offset ↔ position conversion for a text snapshot, with the editor's line breaks (`\r\n`, `\n`, `\r`) and with
// ESLint's (which also breaks lines at U+2028 and U+2029). Both count columns in UTF-16 code units. vscode-free.

/** A 0-based line and UTF-16 character, as in the editor. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of `range` by `newText`, in editor positions. */
export interface TextEdit {
  range: Range;
  newText: string;
}

const EDITOR_BREAK = /\r\n|\r|\n/g;
const ESLINT_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
const BOM = '\uFEFF';

function lineStarts(text: string, pattern: RegExp): number[] {
  const starts = [0];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** The index of the last start that is `<= offset`. */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

export class TextIndex {
  readonly text: string;
  /** 1 when the text starts with a byte order mark, which ESLint strips before it counts offsets. */
  readonly bomLength: number;
  private readonly editorStarts: number[];
  /** ESLint's line starts, in offsets of the BOM-less text; shared with the editor's when the text has no U+2028/9. */
  private readonly eslintStarts: number[];
  private readonly eol: string;

  constructor(text: string) {
    this.text = text;
    this.bomLength = text.startsWith(BOM) ? 1 : 0;
    this.editorStarts = lineStarts(text, EDITOR_BREAK);
    const body = this.bomLength ? text.slice(1) : text;
    this.eslintStarts =
      this.bomLength || /[\u2028\u2029]/.test(text) ? lineStarts(body, ESLINT_BREAK) : this.editorStarts;
    const firstBreak = /\r\n|\r|\n/.exec(text);
    this.eol = firstBreak ? firstBreak[0] : '\n';
  }

  /** The line ending the text uses (its first one; `\n` when it has none). */
  get lineEnding(): string {
    return this.eol;
  }

  get lineCount(): number {
    return this.editorStarts.length;
  }

  /** The text of a 0-based editor line, without its line break (`''` past the end). */
  lineText(line: number): string {
    if (line < 0 || line >= this.editorStarts.length) {
      return '';
    }
    const start = this.editorStarts[line]!;
    const next = line + 1 < this.editorStarts.length ? this.editorStarts[line + 1]! : this.text.length;
    let end = next;
    while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) {
      end--;
    }
    return this.text.slice(start, end);
  }

  /** The offset of a 0-based editor line's start. */
  lineStart(line: number): number {
    return this.editorStarts[clamp(line, 0, this.editorStarts.length - 1)]!;
  }

  /** The editor position of an offset into the text (clamped to the text). */
  positionAt(offset: number): Position {
    const safe = clamp(Number.isFinite(offset) ? Math.trunc(offset) : 0, 0, this.text.length);
    const line = lineOf(this.editorStarts, safe);
    const character = Math.min(safe - this.editorStarts[line]!, this.lineText(line).length);
    return { line, character };
  }

  /** The editor position of an offset that ESLint reported (a fix range: counted without a BOM). */
  positionAtEslintOffset(offset: number): Position {
    return this.positionAt(offset + this.bomLength);
  }

  /**
   * The editor position of an ESLint line/column (1-based line, 1-based column; either may be missing or out of
   * range): clamped to the text, so a stale or odd report never yields a position the editor rejects.
   */
  positionAtEslintLoc(line: number | undefined, column: number | undefined): Position {
    const starts = this.eslintStarts;
    const bodyLength = this.text.length - this.bomLength;
    const lineIndex = clamp(Number.isFinite(line) ? Math.trunc(line!) - 1 : 0, 0, starts.length - 1);
    const start = starts[lineIndex]!;
    const next = lineIndex + 1 < starts.length ? starts[lineIndex + 1]! : bodyLength;
    const column0 = Number.isFinite(column) ? Math.max(0, Math.trunc(column!) - 1) : 0;
    // Past the line's end: its last offset (the line break), which the editor position clamps to the line's end.
    const lastOnLine = lineIndex + 1 < starts.length ? next - 1 : bodyLength;
    return this.positionAt(Math.min(start + column0, lastOnLine) + this.bomLength);
  }
}
