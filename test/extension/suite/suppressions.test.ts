// ESLint's bulk suppressions in a real editor: `eslint-suppressions.json` (or `zeroTrust.suppressionsLocation`) hides
// what it suppresses, edits to it apply at once, and the Suppress and Prune commands write it as ESLint would.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

import type { PruneOutcome, SuppressOutcome } from '../../../extension/src/vscode/suppressions';

import { formatSuppressions } from '../../../extension/src/core/suppressions';
import { api, codeOf, open, ROPC, setSetting, waitForDiagnostics, workspaceUri, writeFile } from './helpers';

const ROPC_LINE = 'new UsernamePasswordCredential(tenantId, clientId, username, password);\n';
const header =
  "import { UsernamePasswordCredential } from '@azure/identity';\n\n" +
  'declare const tenantId: string, clientId: string, username: string, password: string;\n\n';
const TWO = `${header}export const one = ${ROPC_LINE}export const two = ${ROPC_LINE}`;
const ONE = `${header}export const one = ${ROPC_LINE}`;
const SUPPRESSIONS = 'eslint-suppressions.json';
const ropcCount = (diagnostics: vscode.Diagnostic[]): number =>
  diagnostics.filter(d => codeOf(d)?.value === ROPC).length;

async function remove(relative: string): Promise<void> {
  try {
    await vscode.workspace.fs.delete(workspaceUri(relative));
  } catch {
    // Not there.
  }
}

async function readJson(relative: string): Promise<{ text: string; json: Record<string, Record<string, unknown>> }> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(relative)));
  return { text, json: JSON.parse(text) as Record<string, Record<string, unknown>> };
}

/** Resolves once the editor's document of `uri` holds `text` (it follows a file written on disk a moment later). */
async function documentHolds(uri: vscode.Uri, text: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.getText() === text) {
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out waiting for ${uri.path} to be reloaded from disk`));
    }, 20_000);
    const subscription = vscode.workspace.onDidChangeTextDocument(event => {
      if (event.document.uri.toString() === uri.toString() && event.document.getText() === text) {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  });
}

describe('Bulk suppressions (eslint-suppressions.json)', function () {
  this.timeout(120_000);
  let two: vscode.Uri;

  before(async () => {
    await api();
    await remove(SUPPRESSIONS);
    two = await writeFile('baseline/two.ts', TWO);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await setSetting('suppressionsLocation', undefined);
    for (const file of [SUPPRESSIONS, 'config/zt-suppressions.json', 'baseline/two.ts', 'baseline/gone.ts']) {
      await remove(file);
    }
  });

  it('hides a rule’s findings when the count covers them, shows all when it does not, and follows edits', async () => {
    await open('baseline/two.ts');
    await waitForDiagnostics(two, d => ropcCount(d) === 2, 'two findings before any suppression');
    await writeFile(SUPPRESSIONS, formatSuppressions({ 'baseline/two.ts': { [ROPC]: { count: 2 } } }));
    await waitForDiagnostics(two, d => ropcCount(d) === 0, 'the findings suppressed with count 2');
    await writeFile(SUPPRESSIONS, formatSuppressions({ 'baseline/two.ts': { [ROPC]: { count: 1 } } }));
    const shown = await waitForDiagnostics(two, d => ropcCount(d) === 2, 'both findings shown with count 1');
    assert.deepEqual(
      shown.map(d => d.range.start.line),
      [4, 5],
    );
  });

  it('lints as if there were no file when it does not parse', async () => {
    await open('baseline/two.ts');
    await writeFile(SUPPRESSIONS, formatSuppressions({ 'baseline/two.ts': { [ROPC]: { count: 2 } } }));
    await waitForDiagnostics(two, d => ropcCount(d) === 0, 'the findings suppressed');
    await writeFile(SUPPRESSIONS, '{ "baseline/two.ts": ');
    await waitForDiagnostics(two, d => ropcCount(d) === 2, 'both findings shown with a broken file');
  });

  it('reads the file zeroTrust.suppressionsLocation names', async () => {
    await open('baseline/two.ts');
    await writeFile('config/zt-suppressions.json', formatSuppressions({ 'baseline/two.ts': { [ROPC]: { count: 2 } } }));
    await setSetting('suppressionsLocation', 'config/zt-suppressions.json');
    await waitForDiagnostics(two, d => ropcCount(d) === 0, 'the findings suppressed by the configured file');
    await setSetting('suppressionsLocation', undefined);
    await waitForDiagnostics(two, d => ropcCount(d) === 2, 'both findings shown again (the default file is broken)');
  });

  it('Suppress Current Findings writes the file as --suppress-all does; Prune lowers and removes', async () => {
    await remove(SUPPRESSIONS);
    await remove('config/zt-suppressions.json');
    const gone = await writeFile('baseline/gone.ts', ONE);
    const suppressed = await vscode.commands.executeCommand<SuppressOutcome>('zeroTrust.suppressFindings');
    const written = await readJson(SUPPRESSIONS);
    assert.equal(written.text, formatSuppressions(written.json as never), 'keys sorted, two spaces, no final newline');
    assert.deepEqual(written.json['baseline/two.ts'], { [ROPC]: { count: 2 } });
    assert.deepEqual(written.json['baseline/gone.ts'], { [ROPC]: { count: 1 } });
    const counts = Object.values(written.json).flatMap(rules =>
      Object.values(rules).map(entry => (entry as { count: number }).count),
    );
    assert.equal(
      suppressed.findings,
      counts.reduce((a, b) => a + b, 0),
    );
    assert.equal(suppressed.files, Object.keys(written.json).length);
    await waitForDiagnostics(two, d => ropcCount(d) === 0, 'the scanned file’s findings suppressed');
    await waitForDiagnostics(gone, d => ropcCount(d) === 0, 'the other scanned file’s findings suppressed');

    // One finding fixed, one file deleted, and another plugin's entry that the editor cannot judge.
    await writeFile('baseline/two.ts', ONE);
    await documentHolds(two, ONE);
    await remove('baseline/gone.ts');
    const edited = { ...written.json, 'baseline/two.ts': { 'no-console': { count: 3 }, [ROPC]: { count: 2 } } };
    await writeFile(SUPPRESSIONS, formatSuppressions(edited as never));
    const pruned = await vscode.commands.executeCommand<PruneOutcome>('zeroTrust.pruneSuppressions');
    assert.deepEqual(pruned, { removed: 1, lowered: 1 });
    const after = await readJson(SUPPRESSIONS);
    const expected: Record<string, unknown> = {
      ...edited,
      'baseline/two.ts': { 'no-console': { count: 3 }, [ROPC]: { count: 1 } },
    };
    delete expected['baseline/gone.ts'];
    assert.deepEqual(after.json, expected);
    assert.equal(after.text, formatSuppressions(expected as never));
  });
});
