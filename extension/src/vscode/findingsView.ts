// The "Findings" view of the Zero Trust view container: the findings the store holds (open documents and the last
// workspace scan) as the tree `core/findingsTree` builds, grouped by principle, rule and file. Selecting a finding
// opens its file at its range. The store's publications are collected and applied once per `REFRESH_DELAY_MS`; a lint
// that leaves a file's findings as they were (most keystrokes) does not refresh the view.
import * as vscode from 'vscode';

import type { FindingsTreeNode, TreeFinding } from '../core/findingsTree';
import type { StoredLint } from '../core/storedLint';

import { FindingsTreeModel } from '../core/findingsTree';
import { toVsRange } from './diagnostics';

/** The view's id (`contributes.views`); `zeroTrust.findings.focus` shows it. */
const FINDINGS_VIEW_ID = 'zeroTrust.findings';

const REFRESH_DELAY_MS = 150;

/** What the view reads of the findings store. */
export interface FindingsSource {
  readonly onDidPublish: vscode.Event<vscode.Uri>;
  get(uri: vscode.Uri): StoredLint | undefined;
}

function relativePath(uri: vscode.Uri): string {
  if (uri.scheme === 'untitled') {
    return uri.path;
  }
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** What the extension's API gives of the view (for the in-editor tests, and extensions that read the findings). */
export type FindingsViewApi = Pick<
  FindingsViewProvider,
  'getChildren' | 'getTreeItem' | 'onDidChangeTreeData' | 'refresh'
>;

export class FindingsViewProvider implements vscode.TreeDataProvider<FindingsTreeNode>, vscode.Disposable {
  private readonly model = new FindingsTreeModel();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Files published since the last refresh, by URI string. */
  private readonly pending = new Map<string, vscode.Uri>();
  /** The URI of each file in the tree, by the key the tree nodes carry. */
  private readonly uris = new Map<string, vscode.Uri>();
  private readonly view: vscode.TreeView<FindingsTreeNode>;
  private readonly subscriptions: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Fires after the tree changed (once per refresh, not once per lint). */
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly source: FindingsSource) {
    this.view = vscode.window.createTreeView(FINDINGS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [this.view, this.changed, source.onDidPublish(uri => this.schedule(uri))];
  }

  getChildren(node?: FindingsTreeNode): FindingsTreeNode[] {
    return node ? (node.children ?? []) : this.model.roots();
  }

  getTreeItem(node: FindingsTreeNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      node.label,
      node.kind === 'finding' ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded,
    );
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.contextValue = `zeroTrust.${node.kind}`;
    // Files get a plain icon, not their `resourceUri`: the editor would decorate that with the file's whole Problems
    // count, next to the rule's count the node shows.
    item.iconPath = new vscode.ThemeIcon(node.icon);
    if (node.kind === 'rule' && node.docsUrl) {
      item.tooltip = new vscode.MarkdownString(`${node.tooltip}\n\n[Documentation](${node.docsUrl})`);
    }
    const uri = node.kind === 'finding' ? this.uris.get(node.file) : undefined;
    if (node.kind === 'finding' && uri) {
      const options: vscode.TextDocumentShowOptions = { selection: toVsRange(node.range) };
      item.command = { command: 'vscode.open', title: 'Open Finding', arguments: [uri, options] };
    }
    return item;
  }

  /** Applies the publications collected so far now (the view does it `REFRESH_DELAY_MS` after the first one). */
  refresh(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    let changed = false;
    for (const [key, uri] of this.pending) {
      const findings: readonly TreeFinding[] = this.source.get(uri)?.findings ?? [];
      if (findings.length > 0) {
        this.uris.set(key, uri);
      } else {
        this.uris.delete(key);
      }
      changed = this.model.setFile(key, relativePath(uri), findings) || changed;
    }
    this.pending.clear();
    if (changed) {
      const count = this.model.count;
      this.view.badge =
        count > 0 ? { value: count, tooltip: `${count} Zero Trust finding${count === 1 ? '' : 's'}` } : undefined;
      this.changed.fire();
    }
  }

  private schedule(uri: vscode.Uri): void {
    this.pending.set(uri.toString(), uri);
    this.timer ??= setTimeout(() => this.refresh(), REFRESH_DELAY_MS);
  }

  dispose(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
    }
    for (const subscription of this.subscriptions) {
      subscription.dispose();
    }
  }
}
