// The lint worker's answer on the wire: findings packed into one Int32Array (transferred, not copied) plus a table
// of the distinct strings they use. A file's findings repeat a few strings many times (rule ids, messages, doc
// URLs, suggestion texts), and structured cloning copies a string each time it occurs: 771 findings of a
// 20,000-line file were 538 KB as objects and took the extension host 2.3 ms to read back. Packed, the host reads
// one small string list and a buffer, and rebuilds the same findings. vscode-free.
import type { LintOutcome, RuleFailure } from './lint';
import type { Finding, FixEdit, ParseProblem, Range } from './findings';

export interface WireOutcome {
  /** The distinct strings of the findings; `data` refers to them by index. */
  strings: string[];
  /** The findings, field after field (see `encodeOutcome`). */
  data: Int32Array;
  parseError?: ParseProblem;
  ruleErrors: RuleFailure[];
  lintMs: number;
  dependents?: string[];
}

/** No string (an absent `docsUrl`). */
const NONE = -1;

/**
 * Packs an outcome. Per finding: ruleId, ruleName, message (string indexes), severity, range (4), docsUrl (string
 * index or -1), fix flag then the fix (edit), suggestion count then each suggestion (desc, edit). An edit: range
 * (4), offsets (2), newText (string index).
 */
export function encodeOutcome(outcome: LintOutcome): WireOutcome {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const intern = (value: string): number => {
    let index = indexes.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      indexes.set(value, index);
    }
    return index;
  };
  const data: number[] = [];
  const pushRange = ({ start, end }: Range): void => {
    data.push(start.line, start.character, end.line, end.character);
  };
  const pushEdit = (edit: FixEdit): void => {
    pushRange(edit.range);
    data.push(edit.offsets[0], edit.offsets[1], intern(edit.newText));
  };
  for (const finding of outcome.findings) {
    data.push(intern(finding.ruleId), intern(finding.ruleName), intern(finding.message), finding.severity);
    pushRange(finding.range);
    data.push(finding.docsUrl === undefined ? NONE : intern(finding.docsUrl));
    if (finding.fix) {
      data.push(1);
      pushEdit(finding.fix);
    } else {
      data.push(0);
    }
    data.push(finding.suggestions.length);
    for (const suggestion of finding.suggestions) {
      data.push(intern(suggestion.desc));
      pushEdit(suggestion.edit);
    }
  }
  const wire: WireOutcome = {
    strings,
    data: Int32Array.from(data),
    ruleErrors: outcome.ruleErrors,
    lintMs: outcome.lintMs,
  };
  if (outcome.parseError) {
    wire.parseError = outcome.parseError;
  }
  if (outcome.dependents && outcome.dependents.length > 0) {
    wire.dependents = outcome.dependents;
  }
  return wire;
}

/** Unpacks what `encodeOutcome` packed; throws on data that is not such a packing (a broken worker). */
export function decodeOutcome(wire: WireOutcome): LintOutcome {
  const { strings, data } = wire;
  if (!Array.isArray(strings) || !(data instanceof Int32Array)) {
    throw new TypeError('The lint worker sent an answer in an unknown format.');
  }
  let at = 0;
  const next = (): number => {
    if (at >= data.length) {
      throw new RangeError('The lint worker sent a truncated answer.');
    }
    return data[at++]!;
  };
  const string = (index: number): string => {
    const value = strings[index];
    if (typeof value !== 'string') {
      throw new RangeError('The lint worker sent an answer that refers to a missing string.');
    }
    return value;
  };
  const readRange = (): Range => ({
    start: { line: next(), character: next() },
    end: { line: next(), character: next() },
  });
  const edit = (): FixEdit => {
    const range = readRange();
    const offsets: [number, number] = [next(), next()];
    return { range, newText: string(next()), offsets };
  };
  const findings: Finding[] = [];
  while (at < data.length) {
    const ruleId = string(next());
    const ruleName = string(next());
    const message = string(next());
    const severity = next() === 1 ? 1 : 2;
    const finding: Finding = { ruleId, ruleName, message, severity, range: readRange(), suggestions: [] };
    const docsUrl = next();
    if (docsUrl !== NONE) {
      finding.docsUrl = string(docsUrl);
    }
    if (next() === 1) {
      finding.fix = edit();
    }
    for (let count = next(); count > 0; count--) {
      const desc = string(next());
      finding.suggestions.push({ desc, edit: edit() });
    }
    findings.push(finding);
  }
  const outcome: LintOutcome = { findings, ruleErrors: wire.ruleErrors ?? [], lintMs: wire.lintMs };
  if (Array.isArray(wire.dependents) && wire.dependents.every(d => typeof d === 'string')) {
    outcome.dependents = wire.dependents;
  }
  if (wire.parseError) {
    outcome.parseError = wire.parseError;
  }
  return outcome;
}
