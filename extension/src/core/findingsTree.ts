// The findings view's tree: every file's findings grouped by Zero Trust principle, then rule, then file, with the
// counts, order, labels and ids the view shows. vscode-free: the adapter (`vscode/findingsView.ts`) only turns these
// nodes into tree items.
import type { Finding, Range } from './findings';
import type { Principle } from './principles.generated';

import { PRINCIPLES, RULE_PRINCIPLES } from './principles.generated';

/** The part of a finding the tree reads. */
export type TreeFinding = Pick<Finding, 'ruleId' | 'ruleName' | 'message' | 'severity' | 'range' | 'docsUrl'>;

/** A rule whose principle is not known (a rule newer than the data): grouped last, under "Other rules". */
type Group = Principle | 'other';

const GROUP_LABELS: Record<Group, string> = {
  'verify-explicitly': 'Verify explicitly',
  'least-privilege': 'Use least privilege',
  'assume-breach': 'Assume breach',
  other: 'Other rules',
};

/** Codicon ids for each level (the adapter shows them as theme icons). */
const GROUP_ICONS: Record<Group, string> = {
  'verify-explicitly': 'verified',
  'least-privilege': 'key',
  'assume-breach': 'shield',
  other: 'question',
};

interface NodeBase {
  /** Unique and stable across rebuilds (the view keeps expansion and selection by it). */
  id: string;
  label: string;
  description: string;
  tooltip: string;
  icon: string;
  /** Findings under the node (1 for a finding). */
  count: number;
}

export interface PrincipleNode extends NodeBase {
  kind: 'principle';
  principle: Group;
  children: RuleNode[];
}

interface RuleNode extends NodeBase {
  kind: 'rule';
  ruleId: string;
  docsUrl?: string;
  children: FileNode[];
}

interface FileNode extends NodeBase {
  kind: 'file';
  /** The file's key as given to the model (the adapter's URI string). */
  file: string;
  /** The path shown (relative to the workspace). */
  path: string;
  children: FindingNode[];
}

export interface FindingNode extends NodeBase {
  kind: 'finding';
  file: string;
  ruleId: string;
  severity: 1 | 2;
  range: Range;
  children?: undefined;
}

export type FindingsTreeNode = PrincipleNode | RuleNode | FileNode | FindingNode;

/** The principle of a rule (by name, without the `zero-trust/` prefix). */
export function principleOf(ruleName: string): Principle | undefined {
  return Object.hasOwn(RULE_PRINCIPLES, ruleName) ? RULE_PRINCIPLES[ruleName] : undefined;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareRanges(a: Range, b: Range): number {
  return (
    a.start.line - b.start.line ||
    a.start.character - b.start.character ||
    a.end.line - b.end.line ||
    a.end.character - b.end.character
  );
}

function splitPath(path: string): { base: string; folder: string } {
  const at = path.lastIndexOf('/');
  return at < 0 ? { base: path, folder: '' } : { base: path.slice(at + 1), folder: path.slice(0, at) };
}

interface FileEntry {
  path: string;
  findings: readonly TreeFinding[];
  /** What the view shows of the file's findings: equal signatures mean nothing changed. */
  signature: string;
}

function signatureOf(path: string, findings: readonly TreeFinding[]): string {
  let signature = path;
  for (const finding of findings) {
    const { start, end } = finding.range;
    signature +=
      `\u0000${finding.ruleId}@${start.line}:${start.character}-${end.line}:${end.character}` +
      `/${finding.severity}/${finding.message}`;
  }
  return signature;
}

function findingNodes(file: string, ruleName: string, findings: TreeFinding[]): FindingNode[] {
  findings.sort((a, b) => compareRanges(a.range, b.range) || compareStrings(a.message, b.message));
  const seen = new Map<string, number>();
  return findings.map(finding => {
    const { start } = finding.range;
    const at = `${start.line}:${start.character}`;
    const repeat = seen.get(at) ?? 0;
    seen.set(at, repeat + 1);
    const position = `Ln ${start.line + 1}, Col ${start.character + 1}`;
    return {
      kind: 'finding',
      id: `finding\u0000${ruleName}\u0000${file}\u0000${at}\u0000${repeat}`,
      label: finding.message,
      description: position,
      tooltip: `${finding.message}\n${finding.ruleId} · ${position}`,
      icon: finding.severity === 1 ? 'warning' : 'error',
      count: 1,
      file,
      ruleId: finding.ruleId,
      severity: finding.severity,
      range: finding.range,
    };
  });
}

/**
 * The tree of `files` (key → path shown and findings): principles in the order verify explicitly, least privilege,
 * assume breach (only those with findings); under each, rules by number of findings (most first, then by name); under
 * each rule, files by path; under each file, findings by position.
 */
export function buildFindingsTree(
  files: Iterable<[string, { path: string; findings: readonly TreeFinding[] }]>,
): PrincipleNode[] {
  // principle → rule name → file key → findings
  const groups = new Map<Group, Map<string, Map<string, TreeFinding[]>>>();
  const paths = new Map<string, string>();
  const docsUrls = new Map<string, string>();
  for (const [file, { path, findings }] of files) {
    paths.set(file, path);
    for (const finding of findings) {
      const group = principleOf(finding.ruleName) ?? 'other';
      let rules = groups.get(group);
      if (!rules) {
        rules = new Map();
        groups.set(group, rules);
      }
      let byFile = rules.get(finding.ruleName);
      if (!byFile) {
        byFile = new Map();
        rules.set(finding.ruleName, byFile);
      }
      let list = byFile.get(file);
      if (!list) {
        list = [];
        byFile.set(file, list);
      }
      list.push(finding);
      if (finding.docsUrl && !docsUrls.has(finding.ruleName)) {
        docsUrls.set(finding.ruleName, finding.docsUrl);
      }
    }
  }
  const roots: PrincipleNode[] = [];
  for (const group of [...PRINCIPLES, 'other' as const]) {
    const rules = groups.get(group);
    if (!rules) {
      continue;
    }
    const ruleNodes: RuleNode[] = [];
    for (const [ruleName, byFile] of rules) {
      const fileNodes: FileNode[] = [];
      let ruleId = '';
      for (const [file, findings] of byFile) {
        ruleId = findings[0]!.ruleId;
        const path = paths.get(file)!;
        const { base, folder } = splitPath(path);
        fileNodes.push({
          kind: 'file',
          id: `file\u0000${ruleName}\u0000${file}`,
          label: base,
          description: `${folder ? `${folder} · ` : ''}${findings.length}`,
          tooltip: `${path}: ${plural(findings.length, 'finding')} of ${ruleId}`,
          icon: 'file',
          count: findings.length,
          file,
          path,
          children: findingNodes(file, ruleName, findings),
        });
      }
      fileNodes.sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.file, b.file));
      const count = fileNodes.reduce((sum, node) => sum + node.count, 0);
      const docsUrl = docsUrls.get(ruleName);
      ruleNodes.push({
        kind: 'rule',
        id: `rule\u0000${ruleName}`,
        label: ruleName,
        description: `${plural(count, 'finding')} in ${plural(fileNodes.length, 'file')}`,
        tooltip: `${ruleId}: ${plural(count, 'finding')} in ${plural(fileNodes.length, 'file')}`,
        icon: 'law',
        count,
        ruleId,
        ...(docsUrl ? { docsUrl } : {}),
        children: fileNodes,
      });
    }
    ruleNodes.sort((a, b) => b.count - a.count || compareStrings(a.label, b.label));
    const count = ruleNodes.reduce((sum, node) => sum + node.count, 0);
    roots.push({
      kind: 'principle',
      id: `principle\u0000${group}`,
      principle: group,
      label: GROUP_LABELS[group],
      description: plural(count, 'finding'),
      tooltip: `${GROUP_LABELS[group]}: ${plural(count, 'finding')} of ${plural(ruleNodes.length, 'rule')}`,
      icon: GROUP_ICONS[group],
      count,
      children: ruleNodes,
    });
  }
  return roots;
}

/**
 * The findings of every file the view shows, and the tree built from them on demand: `setFile` and `deleteFile` say
 * whether the tree changed (a lint that gives the same findings, as most keystrokes do, changes nothing), and the
 * tree is rebuilt only when asked for after a change.
 */
export class FindingsTreeModel {
  private readonly files = new Map<string, FileEntry>();
  private tree: PrincipleNode[] | undefined = [];
  private findingCount = 0;

  /** Sets a file's findings (none: the file leaves the tree). Returns whether the tree changed. */
  setFile(file: string, path: string, findings: readonly TreeFinding[]): boolean {
    if (findings.length === 0) {
      return this.deleteFile(file);
    }
    const signature = signatureOf(path, findings);
    const current = this.files.get(file);
    if (current?.signature === signature) {
      return false;
    }
    this.findingCount += findings.length - (current?.findings.length ?? 0);
    this.files.set(file, { path, findings, signature });
    this.tree = undefined;
    return true;
  }

  /** Removes a file. Returns whether the tree changed. */
  deleteFile(file: string): boolean {
    const current = this.files.get(file);
    if (!current) {
      return false;
    }
    this.findingCount -= current.findings.length;
    this.files.delete(file);
    this.tree = undefined;
    return true;
  }

  /** Removes every file. Returns whether the tree changed. */
  clear(): boolean {
    if (this.files.size === 0) {
      return false;
    }
    this.files.clear();
    this.findingCount = 0;
    this.tree = [];
    return true;
  }

  /** Number of findings in the tree. */
  get count(): number {
    return this.findingCount;
  }

  /** The tree's principle nodes (built once per change). */
  roots(): PrincipleNode[] {
    this.tree ??= buildFindingsTree(this.files);
    return this.tree;
  }
}
