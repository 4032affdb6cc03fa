// ESLint's bulk suppressions (`eslint-suppressions.json`, written by `eslint --suppress-all`), read and written the
// way ESLint 9.24+ does (`lib/services/suppressions-service.js`), so that the editor and CI read one file:
// - keys are file paths relative to the directory ESLint resolves files against (the workspace folder), with `/`;
// - per file and rule, `{ "count": n }`: the number of error-severity violations suppressed; warnings never count;
// - a file with more violations of a rule than its count shows all of them (none is suppressed);
// - the file is written with its keys sorted at every level, two-space indentation and no final newline.
// vscode-free (and free of Node's `path`): unit-tested without the editor, and usable in a browser build.
import type { LintSettings } from './lint';

import { RULE_PREFIX } from './constants';
import { PRESET_RULE_NAMES } from './presets.generated';

/** The name ESLint looks for in the directory it runs in (`--suppressions-location` names another). */
export const SUPPRESSIONS_FILENAME = 'eslint-suppressions.json';

/** The file's shape: file path → rule id → `{ count }` (other plugins' entries are carried through untouched). */
export type Suppressions = Record<string, Record<string, { count: number }>>;

/** A parsed file, or why it could not be used (then the editor lints as if there were no file, as ESLint would not). */
export type ParsedSuppressions = { suppressions: Suppressions; error?: undefined } | { error: string };

/** What this module reads of a finding (the editor's `Finding` and ESLint's `LintMessage` both have it). */
export interface SuppressibleFinding {
  ruleId?: string | null;
  /** ESLint's severity: 1 warn, 2 error. Only errors are counted and suppressed. */
  severity?: number;
}

/** One linted file: its key (see `suppressionKey`) and all its findings, before suppressions. */
export interface LintedFile {
  path: string;
  findings: readonly SuppressibleFinding[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** This plugin's rules: the entries the editor writes and prunes (every other entry is kept as it is). */
function isOwnRule(ruleId: string): boolean {
  return ruleId.startsWith(RULE_PREFIX);
}

/**
 * The own rules the editor runs with `settings` (the preset's, and those `zeroTrust.rules` turns on, less those it
 * turns off): the rules whose entries Prune may judge. An entry of a rule the editor does not run (CI runs `strict`,
 * the editor `recommended`) is left alone, since the editor cannot know whether it still reports. Where the project's
 * ESLint config decides (`settings.project`), the editor runs what CI runs: every own rule is judged, as ESLint does.
 */
export function editorRules(settings: LintSettings): (ruleId: string) => boolean {
  if (settings.project) {
    return isOwnRule;
  }
  const runs = new Set(PRESET_RULE_NAMES[settings.preset]);
  for (const [key, value] of Object.entries(settings.rules)) {
    const name = key.startsWith(RULE_PREFIX) ? key.slice(RULE_PREFIX.length) : key;
    if (value === 'off') {
      runs.delete(name);
    } else if (PRESET_RULE_NAMES.all.includes(name)) {
      runs.add(name);
    }
  }
  return ruleId => isOwnRule(ruleId) && runs.has(ruleId.slice(RULE_PREFIX.length));
}

/**
 * Parses the text of a suppressions file. Never throws: a text that is not JSON, or JSON of another shape than
 * `{ "<file>": { "<rule>": { "count": <integer ≥ 0> } } }`, gives `{ error }` naming the first problem.
 */
export function parseSuppressions(text: string): ParsedSuppressions {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(value)) {
    return { error: 'expected an object of file paths' };
  }
  for (const [file, rules] of Object.entries(value)) {
    if (!isRecord(rules)) {
      return { error: `${JSON.stringify(file)}: expected an object of rule ids` };
    }
    for (const [rule, entry] of Object.entries(rules)) {
      const count = isRecord(entry) ? entry.count : undefined;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
        return { error: `${JSON.stringify(file)} → ${JSON.stringify(rule)}: expected { "count": <integer ≥ 0> }` };
      }
    }
  }
  return { suppressions: value as Suppressions };
}

/** Splits a path into its segments, `.` dropped and `..` applied. */
function segments(path: string, windows: boolean): string[] {
  const out: string[] = [];
  for (const segment of path.split(windows ? /[\\/]/ : '/')) {
    if (segment === '' || segment === '.') {
      continue;
    }
    if (segment === '..') {
      out.pop();
    } else {
      out.push(segment);
    }
  }
  return out;
}

/** A Windows path: a drive (`C:\…`, `c:/…`, or `/c:/…` as in a file URI's path) or a UNC share (`\\server\…`). */
const WINDOWS_PATH = /^(?:\/?[A-Za-z]:[\\/]|\\\\)/;

/**
 * The key of `file` in the suppressions file: its path relative to `root` (the directory ESLint resolves files
 * against), with `/` as separator, as ESLint's `path.relative(cwd, file).split(path.sep).join('/')` gives it.
 * Windows paths (by drive or UNC share) compare case-insensitively and take `\` and `/` as separators, as
 * `path.win32.relative` does; other paths are POSIX, where `\` is part of a name.
 */
export function suppressionKey(root: string, file: string): string {
  const windows = WINDOWS_PATH.test(root) || WINDOWS_PATH.test(file);
  const from = segments(root, windows);
  const to = segments(file, windows);
  const same = (a: string, b: string): boolean => (windows ? a.toLowerCase() === b.toLowerCase() : a === b);
  let common = 0;
  while (common < from.length && common < to.length && same(from[common]!, to[common]!)) {
    common++;
  }
  if (windows && common === 0) {
    return to.join('/'); // Another drive: no relative path (`path.win32.relative` gives the absolute one).
  }
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The number of error-severity findings per rule (ESLint's `countViolationsByRule`). */
function errorCounts(findings: readonly SuppressibleFinding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (finding.severity === 2 && finding.ruleId) {
      counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
    }
  }
  return counts;
}

/** The count of `rule` in a file's entries, if the file has one (own properties only). */
function countOf(rules: Suppressions[string] | undefined, rule: string): number | undefined {
  return rules && Object.hasOwn(rules, rule) ? rules[rule]!.count : undefined;
}

/**
 * The findings of one file left after its suppressions (`rules`: the file's entry, if any). For each rule with an
 * entry: when the file has at most `count` error findings of it, all its findings are left out; with more, none is.
 */
export function applySuppressions<T extends SuppressibleFinding>(
  findings: readonly T[],
  rules: Suppressions[string] | undefined,
): T[] {
  if (!rules || findings.length === 0) {
    return [...findings];
  }
  const suppressed = new Set<string>();
  for (const [rule, violations] of errorCounts(findings)) {
    const count = countOf(rules, rule);
    if (count !== undefined && violations <= count) {
      suppressed.add(rule);
    }
  }
  return suppressed.size === 0 ? [...findings] : findings.filter(finding => !suppressed.has(finding.ruleId ?? ''));
}

/** What `eslint --suppress-all` writes for this plugin's rules, and how many findings in how many files it covers. */
export interface SuppressAllResult {
  suppressions: Suppressions;
  findings: number;
  files: number;
}

/**
 * What `eslint --suppress-all` (restricted to this plugin's rules, as `--suppress-rule` would be) writes after
 * linting `files`: `existing` with, for each file and own rule with error findings, the count set to their number.
 * Every other entry stays as it was (other plugins' rules, files not linted, and, as ESLint does, own rules of a
 * linted file that no longer report: Prune removes those).
 */
export function suppressAll(
  existing: Suppressions,
  files: readonly LintedFile[],
  ownRule: (ruleId: string) => boolean = isOwnRule,
): SuppressAllResult {
  const suppressions = structuredClone(existing);
  let findings = 0;
  let fileCount = 0;
  for (const file of files) {
    let fileFindings = 0;
    for (const [rule, count] of errorCounts(file.findings)) {
      if (!ownRule(rule)) {
        continue;
      }
      if (!Object.hasOwn(suppressions, file.path)) {
        suppressions[file.path] = {};
      }
      suppressions[file.path]![rule] = { count };
      fileFindings += count;
    }
    findings += fileFindings;
    fileCount += fileFindings > 0 ? 1 : 0;
  }
  return { suppressions, findings, files: fileCount };
}

/** What Prune did: the file it writes, and how many entries it removed or lowered. */
export interface PruneResult {
  suppressions: Suppressions;
  removed: number;
  lowered: number;
}

/**
 * What `eslint --prune-suppressions` writes after linting `files`, for this plugin's rules: in each linted file, an
 * own rule's entry is lowered to the number of its error findings, or removed when it has none; a file left with
 * no entries is removed; and every file that no longer exists (`missing`) is removed with all its entries, as
 * ESLint does. Other plugins' rules of existing files (and own rules `ownRule` leaves out: see `editorRules`), and
 * files not linted, are left as they are: the editor does not run those rules, so it cannot know whether they still
 * report.
 */
export function pruneSuppressions(
  existing: Suppressions,
  files: readonly LintedFile[],
  missing: (path: string) => boolean,
  ownRule: (ruleId: string) => boolean = isOwnRule,
): PruneResult {
  const suppressions = structuredClone(existing);
  let removed = 0;
  let lowered = 0;
  for (const file of files) {
    if (!Object.hasOwn(suppressions, file.path)) {
      continue;
    }
    const rules = suppressions[file.path]!;
    const violations = errorCounts(file.findings);
    for (const rule of Object.keys(rules)) {
      if (!ownRule(rule)) {
        continue;
      }
      const count = rules[rule]!.count;
      const found = violations.get(rule) ?? 0;
      if (found === 0) {
        delete rules[rule];
        removed++;
      } else if (found < count) {
        rules[rule] = { count: found };
        lowered++;
      }
    }
    if (Object.keys(rules).length === 0) {
      delete suppressions[file.path];
    }
  }
  for (const path of Object.keys(suppressions)) {
    if (missing(path)) {
      removed += Object.keys(suppressions[path]!).length;
      delete suppressions[path];
    }
  }
  return { suppressions, removed, lowered };
}

/**
 * The text ESLint writes (`json-stable-stringify-without-jsonify` with `space: 2`): keys sorted by code unit at every
 * level, two-space indentation, no final newline.
 */
export function formatSuppressions(suppressions: Suppressions): string {
  return stableStringify(suppressions, 0) ?? '';
}

function stableStringify(node: unknown, level: number): string | undefined {
  const indent = `\n${'  '.repeat(level)}`;
  if (node === undefined || typeof node === 'function' || typeof node === 'symbol') {
    return undefined;
  }
  if (typeof node !== 'object' || node === null) {
    return JSON.stringify(node);
  }
  if (Array.isArray(node)) {
    const items = node.map(item => `${indent}  ${stableStringify(item, level + 1) ?? 'null'}`);
    return `[${items.join(',')}${indent}]`;
  }
  const entries: string[] = [];
  for (const key of Object.keys(node).sort()) {
    const value = stableStringify((node as Record<string, unknown>)[key], level + 1);
    if (value) {
      entries.push(`${indent}  ${JSON.stringify(key)}: ${value}`);
    }
  }
  return `{${entries.join(',')}${indent}}`;
}
