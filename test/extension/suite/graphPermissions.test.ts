// The Microsoft Graph permissions in a real editor: the report command, the CodeLenses over Graph requests and the
// diagnostics on an over-broad requested permission, on the fixture workspace's small Graph app (`graph/`).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

import { api, codeOf, open, setSetting, waitForDiagnostics, workspaceUri } from './helpers';

const COMMAND = 'zeroTrust.showGraphPermissions';
const DOCS_URL = 'https://github.com/zero-trust-lint/zero-trust-lint/blob/main/eslint-plugin/docs/graph-permissions.md';
const WAIT_MS = 20_000;

const isGraph = (diagnostic: vscode.Diagnostic): boolean => codeOf(diagnostic)?.value === 'graph-permissions';

/** Our CodeLens titles of a document (other providers may add theirs). */
async function lensTitles(uri: vscode.Uri): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  return (lenses ?? []).map(lens => lens.command?.title ?? '').filter(title => title.startsWith('Graph: '));
}

/** Asks for the lenses until `predicate` holds for their titles (they are computed after a short pause). */
async function waitForLenses(uri: vscode.Uri, predicate: (titles: string[]) => boolean): Promise<string[]> {
  const deadline = Date.now() + WAIT_MS;
  let titles = await lensTitles(uri);
  while (!predicate(titles)) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for the CodeLenses of ${uri.path}; have: ${JSON.stringify(titles)}`);
    }
    await new Promise(resolve => setTimeout(resolve, 200));
    titles = await lensTitles(uri);
  }
  return titles;
}

/** Puts a document's text back as it was, and saves it (the file on disk is then as before). */
async function restore(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
  assert.ok(await document.save());
}

function tabLabels(): string[] {
  return vscode.window.tabGroups.all.flatMap(group => group.tabs.map(tab => tab.label));
}

/** Resolves once a tab whose label matches is open. */
function waitForTab(pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const label = tabLabels().find(candidate => pattern.test(candidate));
      if (label) {
        cleanup();
        resolve(label);
        return true;
      }
      return false;
    };
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => check());
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Timed out waiting for a tab ${pattern}; have: ${JSON.stringify(tabLabels())}`));
    }, WAIT_MS);
    const cleanup = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

describe('Microsoft Graph permissions in the editor', function () {
  this.timeout(60_000);

  before(async () => {
    await api();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Show Required Microsoft Graph Permissions opens the report in the Markdown preview', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes(COMMAND), `${COMMAND} is registered`);
    const uri = await vscode.commands.executeCommand<vscode.Uri>(COMMAND);
    assert.ok(uri instanceof vscode.Uri, 'the command returns the report document');
    assert.match(await waitForTab(/Microsoft Graph permissions/), /Preview/);
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    const mail = workspaceUri('graph/mail.ts');
    const lines = text.split('\n');
    assert.equal(lines[0], '# Microsoft Graph permissions');
    assert.ok(
      lines.includes('- **Needed** by the 3 Graph requests found: `Mail.ReadBasic`, `User.Read` (delegated).'),
      text,
    );
    assert.ok(
      lines.includes(
        '- **Request less**: `Mail.ReadWrite` (delegated) → `Mail.ReadBasic`: grants less and allows every request ' +
          'that uses it.',
      ),
      text,
    );
    // Links open the file at the line.
    assert.ok(
      text.includes(`| [graph/mail.ts:15](${mail.with({ fragment: 'L15' }).toString()}) | \`GET /me/messages\` |`),
      text,
    );
    assert.ok(text.includes(`[src/msal.cjs:6](${workspaceUri('src/msal.cjs').with({ fragment: 'L6' }).toString()})`));
  });

  it('shows a CodeLens over each Graph request with its least privileged permission', async () => {
    const { document } = await open('graph/mail.ts');
    const original = document.getText();
    assert.deepEqual(await waitForLenses(document.uri, titles => titles.length > 0), [
      'Graph: Mail.ReadBasic (delegated)',
      'Graph: Mail.ReadBasic (delegated)',
      'Graph: User.Read (delegated)',
    ]);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      document.uri,
    );
    const ours = lenses.filter(lens => lens.command?.title.startsWith('Graph: '));
    assert.deepEqual(
      ours.map(lens => [lens.range.start.line, lens.command?.command]),
      [
        [14, COMMAND],
        [18, COMMAND],
        [22, COMMAND],
      ],
    );

    // As the document changes (unsaved), from its text.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(
      document.uri,
      new vscode.Position(document.lineCount, 0),
      "\nexport const events = (): Promise<unknown> => graph.api('/me/events').get();\n\n" +
        "export const orders = (): Promise<unknown> => graph.api('/orders/recent').get();\n",
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepEqual(await waitForLenses(document.uri, titles => titles.length === 5), [
      'Graph: Mail.ReadBasic (delegated)',
      'Graph: Mail.ReadBasic (delegated)',
      'Graph: User.Read (delegated)',
      'Graph: Calendars.ReadBasic (delegated)',
      'Graph: no permission found for GET /orders/recent',
    ]);
    await restore(document, original);

    await setSetting('graphPermissions.codeLens', false);
    try {
      assert.deepEqual(await waitForLenses(document.uri, titles => titles.length === 0), []);
    } finally {
      await setSetting('graphPermissions.codeLens', undefined);
    }
    assert.equal((await waitForLenses(document.uri, titles => titles.length === 3)).length, 3);
  });

  it('reports an over-broad requested permission where it is requested, and drops it once fixed', async () => {
    const { document } = await open('graph/authConfig.ts');
    const original = document.getText();
    const [diagnostic, ...rest] = (await waitForDiagnostics(document.uri, d => d.some(isGraph))).filter(isGraph);
    assert.equal(rest.length, 0);
    assert.equal(
      diagnostic!.message,
      "Microsoft Graph permission Mail.ReadWrite (delegated) grants more than this workspace's Graph requests need: " +
        "request Mail.ReadBasic instead. The analysis sees only this workspace's code.",
    );
    assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(diagnostic!.source, 'Zero Trust');
    assert.deepEqual(codeOf(diagnostic!), { value: 'graph-permissions', target: DOCS_URL });
    const line = document.lineAt(6).text;
    assert.deepEqual(
      [diagnostic!.range.start.line, diagnostic!.range.start.character, diagnostic!.range.end.character],
      [6, line.indexOf('Mail.ReadWrite'), line.indexOf('Mail.ReadWrite') + 'Mail.ReadWrite'.length],
    );

    // Fixed in the editor, unsaved: the analysis runs again after a pause and the diagnostic goes.
    const edit = new vscode.WorkspaceEdit();
    const start = line.indexOf('Mail.ReadWrite');
    edit.replace(document.uri, new vscode.Range(6, start, 6, start + 'Mail.ReadWrite'.length), 'Mail.ReadBasic');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(document.uri, d => !d.some(isGraph), 'the Graph diagnostic to go');
    // The report opened by the first test follows (the editor asks for its new text after a change event).
    const reportUri = vscode.Uri.from({ scheme: 'zero-trust-graph', path: '/Microsoft Graph permissions.md' });
    const fixed = '- **Request less**: nothing; every requested permission is the least the requests found need.';
    const deadline = Date.now() + WAIT_MS;
    let report = (await vscode.workspace.openTextDocument(reportUri)).getText();
    while (!report.includes(fixed) && Date.now() < deadline) {
      await new Promise(resolve => setTimeout(resolve, 200));
      report = (await vscode.workspace.openTextDocument(reportUri)).getText();
    }
    assert.ok(report.includes(fixed), report);

    // Back as it was: it comes back.
    await restore(document, original);
    await waitForDiagnostics(document.uri, d => d.some(isGraph), 'the Graph diagnostic to come back');
  });
});
