/** Line and column as ESLint reports them: both 1-based, columns in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
}

/** ESLint's line breaks: `\r\n`, `\r`, `\n`, U+2028 and U+2029. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;

/** Converts between offsets and ESLint's line/column positions in one text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    LINE_BREAK.lastIndex = 0;
    for (let match = LINE_BREAK.exec(text); match; match = LINE_BREAK.exec(text)) {
      this.starts.push(match.index + match[0].length);
    }
  }

  /** The offset of a position; positions past a line's end or the text's end are clamped to them. */
  offsetAt({ line, column }: Position): number {
    const index = Math.min(Math.max(line, 1), this.starts.length) - 1;
    const start = this.starts[index]!;
    const next = index + 1 < this.starts.length ? this.starts[index + 1]! : this.text.length + 1;
    return Math.min(start + Math.max(column, 1) - 1, next - 1, this.text.length);
  }

  /** The position of an offset. */
  positionAt(offset: number): Position {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= clamped) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return { line: low + 1, column: clamped - this.starts[low]! + 1 };
  }
}

/**
 * Where the code a processor generated came from: the offset in the original file of the character at a generated
 * offset (`end` false), or the offset just after the original character that the generated character before it
 * stands for (`end` true, for the end of a reported range).
 */
export type OffsetMapping = (generated: number, end: boolean) => number;

/** The parts of a lint message a processor maps back (ESLint's `Linter.LintMessage`, loosely typed across versions). */
export interface MappableMessage {
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  fix?: unknown;
  suggestions?: unknown;
}

/**
 * Moves a message from the generated code to the original file. Fixes and suggestions are dropped: their ranges and
 * texts are code edits of the generated block, not of the file.
 */
export function mapMessage<M extends MappableMessage>(
  message: M,
  generated: LineIndex,
  original: LineIndex,
  mapping: OffsetMapping,
): M {
  const out: M = { ...message };
  delete out.fix;
  delete out.suggestions;
  if (typeof message.line !== 'number' || message.line < 1 || typeof message.column !== 'number') {
    return out;
  }
  const startGenerated = generated.offsetAt({ line: message.line, column: message.column });
  const start = Math.min(mapping(startGenerated, false), original.text.length);
  Object.assign(out, original.positionAt(start));
  if (typeof message.endLine === 'number' && typeof message.endColumn === 'number') {
    const endGenerated = generated.offsetAt({ line: message.endLine, column: message.endColumn });
    const end =
      endGenerated > startGenerated
        ? Math.min(Math.max(mapping(endGenerated, true), start), original.text.length)
        : start;
    const endPosition = original.positionAt(end);
    out.endLine = endPosition.line;
    out.endColumn = endPosition.column;
  }
  return out;
}
