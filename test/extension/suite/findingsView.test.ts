// The Findings view and the walkthrough in a real editor: the view's tree after a file with a finding opens, selecting
// a finding, the tree following edits, and the walkthrough and view as the workbench registers them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

import type { FindingNode, FindingsTreeNode, PrincipleNode } from '../../../extension/src/core/findingsTree';
import type { FindingsViewApi } from '../../../extension/src/vscode/findingsView';

import { api, codeOf, EXTENSION_ID, ROPC, waitForDiagnostics, workspaceUri, writeFile } from './helpers';

const WAIT_MS = 20_000;
const ROPC_FILE =
  "import { UsernamePasswordCredential } from '@azure/identity';\n" +
  '\n' +
  'declare const tenantId: string, clientId: string, username: string, password: string;\n' +
  '\n' +
  'export const credential = new UsernamePasswordCredential(tenantId, clientId, username, password);\n';

/** The node of `path` under principle → rule → file, if the tree has one. */
function fileNode(roots: readonly PrincipleNode[], principle: string, rule: string, path: string) {
  return roots
    .find(node => node.principle === principle)
    ?.children.find(node => node.label === rule)
    ?.children.find(node => node.path === path);
}

/** Resolves with the view's roots once `predicate` holds for them (checked now and after each refresh). */
function waitForTree(
  view: FindingsViewApi,
  predicate: (roots: PrincipleNode[]) => boolean,
  what: string,
): Promise<PrincipleNode[]> {
  return new Promise((resolve, reject) => {
    const roots = (): PrincipleNode[] => view.getChildren() as PrincipleNode[];
    const check = (): void => {
      if (predicate(roots())) {
        cleanup();
        resolve(roots());
      }
    };
    const subscription = view.onDidChangeTreeData(check);
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Timed out waiting for ${what} in the Findings view`));
    }, WAIT_MS);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

function descendants(node: FindingsTreeNode): FindingsTreeNode[] {
  return [node, ...(node.children ?? []).flatMap(descendants)];
}

describe('The Findings view and the walkthrough', function () {
  this.timeout(60_000);
  let view: FindingsViewApi;

  before(async () => {
    view = (await api()).findingsView;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  describe('Findings view', () => {
    it('shows an open file’s finding under its principle, rule and file, with counts', async () => {
      const uri = await writeFile('view/ropc.ts', ROPC_FILE);
      try {
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
        const [diagnostic] = await waitForDiagnostics(uri, d => d.some(x => codeOf(x)?.value === ROPC));
        const roots = await waitForTree(
          view,
          tree => fileNode(tree, 'verify-explicitly', 'no-password-grant', 'view/ropc.ts') !== undefined,
          'view/ropc.ts',
        );
        const principle = roots.find(node => node.principle === 'verify-explicitly')!;
        assert.equal(principle.label, 'Verify explicitly');
        assert.equal(principle.description, `${principle.count} finding${principle.count === 1 ? '' : 's'}`);
        assert.equal(
          principle.count,
          principle.children.reduce((sum, rule) => sum + rule.count, 0),
        );
        const rule = principle.children.find(node => node.label === 'no-password-grant')!;
        assert.equal(rule.ruleId, ROPC);
        assert.equal(rule.count, descendants(rule).filter(node => node.kind === 'finding').length);
        const file = fileNode(roots, 'verify-explicitly', 'no-password-grant', 'view/ropc.ts')!;
        assert.deepEqual([file.label, file.description, file.count], ['ropc.ts', 'view · 1', 1]);
        assert.equal(file.file, uri.toString());
        assert.equal(file.tooltip, `view/ropc.ts: 1 finding of ${ROPC}`);
        const [finding, ...others] = file.children;
        assert.equal(others.length, 0);
        assert.equal(finding!.label, diagnostic!.message);
        assert.equal(finding!.description, 'Ln 5, Col 31');
        assert.deepEqual(finding!.range, { start: { line: 4, character: 30 }, end: { line: 4, character: 56 } });
        // The view's own tree items: the principle's, the rule's and the file's expanded, the finding's a leaf.
        assert.deepEqual(
          [principle, rule, file, finding!].map(node => view.getTreeItem(node).collapsibleState),
          [
            vscode.TreeItemCollapsibleState.Expanded,
            vscode.TreeItemCollapsibleState.Expanded,
            vscode.TreeItemCollapsibleState.Expanded,
            vscode.TreeItemCollapsibleState.None,
          ],
        );
        assert.equal(view.getTreeItem(principle).label, 'Verify explicitly');
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(workspaceUri('view'), { recursive: true });
      }
    });

    it('opens the file at the finding’s range when a finding is selected', async () => {
      const uri = workspaceUri('src/ropc.ts');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const roots = await waitForTree(
        view,
        tree => fileNode(tree, 'verify-explicitly', 'no-password-grant', 'src/ropc.ts') !== undefined,
        'src/ropc.ts',
      );
      const finding = fileNode(roots, 'verify-explicitly', 'no-password-grant', 'src/ropc.ts')!
        .children[0] as FindingNode;
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const item = view.getTreeItem(finding);
      assert.equal(item.command?.command, 'vscode.open');
      await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), uri.toString());
      assert.ok(editor!.selection.isEqual(new vscode.Selection(4, 30, 4, 56)), JSON.stringify(editor!.selection));
    });

    it('follows edits: a finding that moves, one removed, and a file no longer linted', async () => {
      const uri = await writeFile('view/edited.ts', ROPC_FILE);
      try {
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
        const at = (tree: PrincipleNode[]): string | undefined =>
          fileNode(tree, 'verify-explicitly', 'no-password-grant', 'view/edited.ts')?.children[0]?.description;
        await waitForTree(view, tree => at(tree) === 'Ln 5, Col 31', 'view/edited.ts');
        // A line above the finding: it moves down one line.
        await editor.edit(builder => builder.insert(new vscode.Position(0, 0), '// reviewed\n'));
        await waitForTree(view, tree => at(tree) === 'Ln 6, Col 31', 'the finding on its new line');
        // The finding's line removed: the file leaves the tree.
        await editor.edit(builder => builder.delete(new vscode.Range(5, 0, 6, 0)));
        await waitForTree(view, tree => at(tree) === undefined, 'view/edited.ts to leave');
        // Back again, then the document stops being linted (as when it closes): it leaves with its diagnostics.
        await vscode.commands.executeCommand('undo');
        await waitForTree(view, tree => at(tree) === 'Ln 6, Col 31', 'view/edited.ts to come back');
        await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
        await waitForTree(view, tree => at(tree) === undefined, 'view/edited.ts to leave when no longer linted');
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await vscode.workspace.fs.delete(workspaceUri('view'), { recursive: true });
      }
    });

    it('is registered in its own view container, and can be shown', async () => {
      const commands = await vscode.commands.getCommands(true);
      assert.ok(commands.includes('zeroTrust.findings.focus'), 'the workbench registered the Findings view');
      assert.ok(commands.includes('workbench.view.extension.zeroTrust'), 'and its Zero Trust view container');
      await vscode.commands.executeCommand('zeroTrust.findings.focus');
    });
  });

  describe('walkthrough', () => {
    it('is registered with its steps, and each step’s page exists in the extension', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
      const manifest = extension.packageJSON as {
        contributes: {
          walkthroughs: { id: string; steps: { id: string; description: string; media: { markdown: string } }[] }[];
        };
      };
      const walkthrough = manifest.contributes.walkthroughs.find(entry => entry.id === 'zeroTrust.gettingStarted');
      assert.ok(walkthrough, 'the manifest contributes the walkthrough');
      assert.equal(walkthrough.steps.length, 4);
      const decoder = new TextDecoder();
      for (const step of walkthrough.steps) {
        const page = vscode.Uri.joinPath(extension.extensionUri, step.media.markdown);
        const text = decoder.decode(await vscode.workspace.fs.readFile(page));
        assert.match(text, /^# \S/, `${step.media.markdown} is a Markdown page`);
      }
      const scan = walkthrough.steps.find(step => step.id === 'zeroTrust.scanWorkspace');
      assert.match(scan!.description, /command:zeroTrust\.scanWorkspace/);
      // The workbench opens it by its full id.
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthrough.id}`);
    });
  });
});
