// The extension in a real editor: diagnostics, code actions and their edits, settings, the workspace scan.
// Every wait is on an editor event (diagnostics changed, a lint finished); no sleeps.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

import {
  api,
  codeActions,
  codeOf,
  nextLint,
  open,
  ours,
  ROPC,
  setSetting,
  titlesOf,
  waitForDiagnostics,
  workspaceUri,
  writeFile,
} from './helpers';

const DOCS_URL =
  'https://github.com/zero-trust-lint/zero-trust-lint/blob/main/eslint-plugin/docs/rules/no-password-grant.md';
const SUGGEST_DEVICE = `Replace with \`DeviceCodeCredential\`, keeping the tenant and client IDs. (${ROPC})`;
const SUGGEST_BROWSER = `Replace with \`InteractiveBrowserCredential\`, keeping the tenant and client IDs. (${ROPC})`;
const hasRopc = (diagnostics: vscode.Diagnostic[]): boolean => diagnostics.some(d => codeOf(d)?.value === ROPC);
const none = (diagnostics: vscode.Diagnostic[]): boolean => diagnostics.length === 0;
const CLIENT_SECRET = 'zero-trust/no-hardcoded-client-credential';
const hasClientSecret = (diagnostics: vscode.Diagnostic[]): boolean =>
  diagnostics.some(d => codeOf(d)?.value === CLIENT_SECRET);
const rangeOf = (diagnostic: vscode.Diagnostic): number[] => [
  diagnostic.range.start.line,
  diagnostic.range.start.character,
  diagnostic.range.end.line,
  diagnostic.range.end.character,
];
/** The configuration files the scan lints besides JS/TS (the plugin's `config-files` lists). */
const CONFIG_FILES =
  '**/{.env,.env.*,appsettings*.json,local.settings.json,aad.manifest.json,aad.*.json,' +
  'config/**/*.json,config/**/*.jsonc}';

describe('Zero Trust Lint in the editor', function () {
  this.timeout(60_000);

  before(async () => {
    await api();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  describe('diagnostics', () => {
    it('shows a finding with the rule id, its doc link, severity and exact range', async () => {
      const { document } = await open('src/ropc.ts');
      const [diagnostic, ...rest] = await waitForDiagnostics(document.uri, hasRopc);
      assert.equal(rest.length, 0);
      assert.deepEqual(codeOf(diagnostic!), { value: ROPC, target: DOCS_URL });
      assert.equal(diagnostic!.severity, vscode.DiagnosticSeverity.Error);
      assert.deepEqual(
        [
          diagnostic!.range.start.line,
          diagnostic!.range.start.character,
          diagnostic!.range.end.line,
          diagnostic!.range.end.character,
        ],
        [4, 30, 4, 56],
      );
      assert.match(diagnostic!.message, /password \(ROPC\) grant/);
    });

    it('lints CommonJS JavaScript (.cjs)', async () => {
      const { document } = await open('src/msal.cjs');
      const diagnostics = await waitForDiagnostics(document.uri, hasRopc);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]!.range.start.line, 5);
    });

    it('shows nothing for a clean file', async () => {
      const linted = nextLint(workspaceUri('src/clean.ts'));
      const { document } = await open('src/clean.ts');
      assert.equal((await linted).result, 'linted');
      assert.deepEqual(ours(document.uri), []);
    });

    it('gives a file that does not parse one diagnostic, or none with reportParseErrors off', async () => {
      const { document } = await open('src/broken.ts');
      const [diagnostic, ...rest] = await waitForDiagnostics(document.uri, d => d.length > 0);
      assert.equal(rest.length, 0);
      assert.match(diagnostic!.message, /^Parsing error: /);
      assert.equal(diagnostic!.code, undefined);
      assert.deepEqual(await codeActions(document.uri, diagnostic!.range).then(titlesOf), []);
      await setSetting('reportParseErrors', false);
      try {
        await waitForDiagnostics(document.uri, none, 'the parse error to go');
      } finally {
        await setSetting('reportParseErrors', undefined);
      }
    });

    it('lints on change and keeps only the newest version', async () => {
      const editor = await open('src/edits.ts');
      const { document } = editor;
      const added =
        "\nimport { UsernamePasswordCredential } from '@azure/identity';\n" +
        "export const c = new UsernamePasswordCredential('t', 'c', 'u', 'p');\n";
      await editor.edit(builder => builder.insert(new vscode.Position(1, 0), added));
      await editor.edit(builder => builder.insert(new vscode.Position(0, 0), '// two edits in a row\n'));
      // An earlier version's lint may show first (when the edits are slower than the debounce); the latest wins.
      const diagnostics = await waitForDiagnostics(
        document.uri,
        d => hasRopc(d) && d[0]!.range.start.line === 4,
        'the finding at its latest line',
      );
      assert.equal(diagnostics.length, 1);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await waitForDiagnostics(document.uri, none, 'the finding to go after revert');
    });

    it('lints a burst of edits once per running lint, and shows the final text’s findings', async () => {
      const code =
        "import { UsernamePasswordCredential } from '@azure/identity';\n" +
        "export const c = new UsernamePasswordCredential('t', 'c', 'u', 'p');\n";
      const uri = await writeFile('src/burst.ts', `${'export const filler = [1, 2, 3];\n'.repeat(300)}`);
      const opened = nextLint(uri, event => event.result === 'linted');
      const editor = await open('src/burst.ts');
      const { document } = editor;
      await opened;
      const events: { result: string; version: number | undefined }[] = [];
      const { onDidLint } = await api();
      const subscription = onDidLint(event => {
        if (event.uri.toString() === uri.toString()) {
          events.push({ result: event.result, version: event.version });
        }
      });
      try {
        // A burst of edits sent without waiting for each other: 4-character pieces inserted at the start of the
        // last line, last piece first (the editor checks each edit's position against the text before the burst, so
        // every edit goes to the same place, and the pieces end up in order).
        const pieces = code.match(/[^]{1,4}/g)!;
        const at = new vscode.Position(300, 0);
        const edits = [...pieces].reverse().map(piece => {
          const edit = new vscode.WorkspaceEdit();
          edit.insert(uri, at, piece);
          return vscode.workspace.applyEdit(edit);
        });
        assert.ok((await Promise.all(edits)).every(Boolean));
        const finalVersion = document.version;
        assert.ok(document.getText().endsWith(code), document.getText().slice(-200));
        const diagnostics = await waitForDiagnostics(
          uri,
          d => hasRopc(d) && d[0]!.range.start.line === 301,
          'the finding of the final text',
        );
        assert.equal(diagnostics.length, 1);
        await waitForLintOf(events, finalVersion);
        const lints = events.filter(event => event.result === 'linted' || event.result === 'stale');
        // Every lint is of a version of this burst; the last is of the final text; and changes that arrived while a
        // lint ran were coalesced into one follow-up, so there are far fewer lints than changes.
        assert.equal(lints.at(-1)!.version, finalVersion);
        assert.ok(
          lints.length <= pieces.length / 2,
          `${lints.length} lints for ${pieces.length} changes: ${JSON.stringify(events)}`,
        );
      } finally {
        subscription.dispose();
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    });

    it('clears diagnostics when a document closes (or stops being JS/TS)', async () => {
      await writeFile(
        'src/language.ts',
        "import { UsernamePasswordCredential } from '@azure/identity';\n" +
          "new UsernamePasswordCredential('t', 'c', 'u', 'p');\n",
      );
      const { document } = await open('src/language.ts');
      await waitForDiagnostics(document.uri, hasRopc);
      await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
      await waitForDiagnostics(document.uri, none, 'the diagnostics to be cleared');
    });

    it('does not show a finding twice when the ESLint extension already shows it', async () => {
      const { document } = await open('src/dedupe.ts');
      const [diagnostic] = await waitForDiagnostics(document.uri, hasRopc);
      const eslint = vscode.languages.createDiagnosticCollection('eslint-test');
      try {
        const fromEslint = new vscode.Diagnostic(
          diagnostic!.range,
          diagnostic!.message,
          vscode.DiagnosticSeverity.Error,
        );
        fromEslint.source = 'eslint';
        fromEslint.code = { value: ROPC, target: vscode.Uri.parse(DOCS_URL) };
        eslint.set(document.uri, [fromEslint]);
        await waitForDiagnostics(document.uri, none, 'our duplicate to go');
      } finally {
        eslint.dispose();
      }
      await waitForDiagnostics(document.uri, hasRopc, 'ours to come back');
    });
  });

  describe('code actions', () => {
    it('offers the suggestions, disable comments and docs, and no fix when the finding has none', async () => {
      const { document } = await open('src/ropc.ts');
      const [diagnostic] = await waitForDiagnostics(document.uri, hasRopc);
      const actions = await codeActions(document.uri, diagnostic!.range);
      assert.deepEqual(titlesOf(actions), [
        SUGGEST_DEVICE,
        SUGGEST_BROWSER,
        `Disable ${ROPC} for this line`,
        `Disable ${ROPC} for the entire file`,
        `Show documentation for ${ROPC}`,
      ]);
      // no-password-grant only suggests (behaviour changes): "Fix this …" and "Fix all …" appear only for findings with
      // a fix.
      assert.ok(!actions.some(action => /^Fix (this|all) /.test(action.title)));
      const docs = actions.find(action => action.title.startsWith('Show documentation'))!;
      assert.equal(docs.command?.command, 'zeroTrust.openRuleDocs');
      assert.deepEqual(docs.command?.arguments, [DOCS_URL]);
      assert.deepEqual(await codeActions(document.uri, diagnostic!.range, 'source.fixAll.zeroTrust'), []);
    });

    it('applies a suggestion', async () => {
      const { document } = await open('src/suggest.ts');
      const [diagnostic] = await waitForDiagnostics(document.uri, hasRopc);
      const action = (await codeActions(document.uri, diagnostic!.range)).find(a => a.title === SUGGEST_DEVICE);
      assert.ok(action?.edit);
      assert.ok(await vscode.workspace.applyEdit(action.edit));
      assert.match(document.getText(), /^import \{ [^}]*\bDeviceCodeCredential \} from '@azure\/identity';$/m);
      assert.match(
        document.getText(),
        /^export const credential = new DeviceCodeCredential\(\{ tenantId, clientId \}\);$/m,
      );
      await waitForDiagnostics(document.uri, none, 'the finding to go');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    /**
     * Runs a disable action's command, which asks for a reason in an input box, and answers the box with `answer`
     * (`accept`: the prefilled reason as it is; `escape`: cancel) once it is shown.
     */
    async function runDisable(action: vscode.CodeAction | undefined, answer: 'accept' | 'escape'): Promise<unknown> {
      assert.ok(action?.command, 'the disable action runs a command (it asks for a reason)');
      assert.equal(action.edit, undefined);
      let settled = false;
      const result = Promise.resolve(
        vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])),
      ).finally(() => {
        settled = true;
      });
      const deadline = Date.now() + 10_000;
      while (!settled && Date.now() < deadline) {
        await new Promise(resolve => setTimeout(resolve, 200));
        if (!settled) {
          await vscode.commands.executeCommand(
            answer === 'accept' ? 'workbench.action.acceptSelectedQuickOpenItem' : 'workbench.action.closeQuickOpen',
          );
        }
      }
      return result;
    }

    it('disables the rule for a line with its indentation and the reason asked for', async () => {
      const { document } = await open('src/indented.ts');
      const [diagnostic] = await waitForDiagnostics(document.uri, hasRopc);
      const action = (await codeActions(document.uri, diagnostic!.range)).find(
        a => a.title === `Disable ${ROPC} for this line`,
      );
      assert.equal(await runDisable(action, 'escape'), false, 'Escape cancels');
      assert.equal(document.isDirty, false, 'nothing written when cancelled');
      assert.equal(await runDisable(action, 'accept'), true);
      assert.equal(
        document.lineAt(4).text,
        `        // eslint-disable-next-line ${ROPC} -- Reviewed: accepted risk`,
        'the prefilled reason is written after --',
      );
      await waitForDiagnostics(document.uri, none, 'the finding to be disabled');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('disables the rule for the entire file with a reason given to the command', async () => {
      const { document } = await open('src/wholeFile.ts');
      const [diagnostic] = await waitForDiagnostics(document.uri, hasRopc);
      const action = (await codeActions(document.uri, diagnostic!.range)).find(
        a => a.title === `Disable ${ROPC} for the entire file`,
      );
      assert.ok(action?.command);
      const written = await vscode.commands.executeCommand(
        action.command.command,
        ...(action.command.arguments ?? []),
        'Legacy client, tracked in #42',
      );
      assert.equal(written, true);
      assert.equal(document.lineAt(0).text, `/* eslint-disable ${ROPC} -- Legacy client, tracked in #42 */`);
      await waitForDiagnostics(document.uri, none, 'the finding to be disabled');
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  });

  describe('settings', () => {
    afterEach(async () => {
      await setSetting('rules', undefined);
      await setSetting('enable', undefined);
      await setSetting('maxFileSizeKB', undefined);
      await setSetting('run', undefined);
      await setSetting('exclude', undefined);
    });

    it('applies per-rule severity, off, and enable without a reload', async () => {
      const { document } = await open('src/settings.ts');
      await waitForDiagnostics(document.uri, d => hasRopc(d) && d[0]!.severity === vscode.DiagnosticSeverity.Error);
      await setSetting('rules', { 'no-password-grant': 'warn' });
      await waitForDiagnostics(
        document.uri,
        d => hasRopc(d) && d[0]!.severity === vscode.DiagnosticSeverity.Warning,
        'a warning',
      );
      await setSetting('rules', { 'no-password-grant': 'off' });
      await waitForDiagnostics(document.uri, none, 'the rule to be off');
      await setSetting('rules', undefined);
      await waitForDiagnostics(document.uri, hasRopc, 'the rule to be back');
      await setSetting('enable', false);
      await waitForDiagnostics(document.uri, none, 'the extension to be disabled');
      await setSetting('enable', undefined);
      await waitForDiagnostics(document.uri, hasRopc, 'the extension to be enabled');
    });

    it('skips a file over maxFileSizeKB', async () => {
      const uri = await writeFile(
        'src/large.ts',
        `${'// padding\n'.repeat(200)}import { UsernamePasswordCredential } from '@azure/identity';\n` +
          `new UsernamePasswordCredential('t', 'c', 'u', 'p');\n`,
      );
      await setSetting('maxFileSizeKB', 1);
      const skipped = nextLint(uri, event => event.result === 'skipped');
      await open('src/large.ts');
      await skipped;
      assert.deepEqual(ours(uri), []);
      const linted = nextLint(uri, event => event.result === 'linted');
      await setSetting('maxFileSizeKB', undefined);
      assert.equal((await linted).findings, 1);
    });

    it('excludes files matching zeroTrust.exclude', async () => {
      const uri = await writeFile(
        'generated/client.ts',
        "import { UsernamePasswordCredential } from '@azure/identity';\n" +
          "new UsernamePasswordCredential('t', 'c', 'u', 'p');\n",
      );
      await setSetting('exclude', ['generated/**']);
      const cleared = nextLint(uri, event => event.result === 'cleared');
      await open('generated/client.ts');
      await cleared;
      assert.deepEqual(ours(uri), []);
    });

    it('lints only on save with run: onSave', async () => {
      await writeFile('src/onSave.ts', 'export const placeholder = 1;\n');
      await setSetting('run', 'onSave');
      const editor = await open('src/onSave.ts');
      const { document } = editor;
      await editor.edit(builder =>
        builder.insert(
          new vscode.Position(1, 0),
          "import { UsernamePasswordCredential } from '@azure/identity';\n" +
            "export const c = new UsernamePasswordCredential('t', 'c', 'u', 'p');\n",
        ),
      );
      assert.deepEqual(ours(document.uri), [], 'nothing before the save');
      await document.save();
      await waitForDiagnostics(document.uri, hasRopc, 'the finding after save');
      await editor.edit(builder => builder.delete(new vscode.Range(1, 0, 3, 0)));
      await document.save();
      await waitForDiagnostics(document.uri, none, 'the finding to go after save');
    });
  });

  describe('configuration files', () => {
    it('reports a secret in a .env file at its value, whatever language the editor gives the file', async () => {
      const { document } = await open('.env');
      const diagnostics = await waitForDiagnostics(document.uri, hasClientSecret);
      assert.deepEqual(
        diagnostics.map(diagnostic => [codeOf(diagnostic)?.value, rangeOf(diagnostic)]),
        [[CLIENT_SECRET, [2, 20, 2, 62]]],
      );
      assert.match(diagnostics[0]!.message, /in `AZURE_CLIENT_SECRET` of a configuration file: .*Key Vault.*rotate it/);
    });

    it('reports a client secret in appsettings.json at its value', async () => {
      const { document } = await open('appsettings.json');
      const diagnostics = await waitForDiagnostics(document.uri, hasClientSecret);
      assert.deepEqual(
        diagnostics.map(diagnostic => [codeOf(diagnostic)?.value, rangeOf(diagnostic)]),
        [[CLIENT_SECRET, [3, 20, 3, 62]]],
      );
      assert.match(diagnostics[0]!.message, /in `clientSecret` of a configuration file: /);
    });

    it('offers no disable comment (and no fix) in a configuration file, only the documentation', async () => {
      for (const file of ['.env', 'appsettings.json']) {
        const { document } = await open(file);
        const [diagnostic] = await waitForDiagnostics(document.uri, hasClientSecret);
        const actions = await codeActions(document.uri, diagnostic!.range);
        assert.deepEqual(
          actions
            .map(action => action.title)
            .filter(title => title.includes(CLIENT_SECRET) || /^Disable |^Fix /.test(title)),
          [`Show documentation for ${CLIENT_SECRET}`],
          file,
        );
      }
    });

    it('does not report a .env file that the repository’s .gitignore ignores', async () => {
      const text = 'AZURE_CLIENT_SECRET="Dm42Q~wK8pVz1RtY6nLc3HbX9gJf5SaE0uIo7MqT"\n';
      await writeFile('local-repo/.git/HEAD', 'ref: refs/heads/main\n');
      await writeFile('local-repo/.gitignore', '.env\n');
      const uri = await writeFile('local-repo/.env', text);
      await writeFile('local-repo/.env.production', text);
      try {
        const linted = nextLint(uri, event => event.result === 'linted');
        await open('local-repo/.env');
        assert.equal((await linted).findings, 0);
        assert.deepEqual(ours(uri), []);
        const { document } = await open('local-repo/.env.production');
        assert.deepEqual(
          (await waitForDiagnostics(document.uri, hasClientSecret)).map(diagnostic => [
            codeOf(diagnostic)?.value,
            rangeOf(diagnostic),
          ]),
          [[CLIENT_SECRET, [0, 20, 0, 62]]],
        );
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(workspaceUri('local-repo'), { recursive: true });
      }
    });
  });

  describe('hovers', () => {
    /** The Markdown of every hover at a position (the TypeScript extension may add its own). */
    async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      return (hovers ?? [])
        .flatMap(hover => hover.contents)
        .map(content => (typeof content === 'string' ? content : content.value))
        .join('\n\n');
    }

    it('explains a finding under its message: why it matters, the fix and the doc link', async () => {
      const { document } = await open('src/ropc.ts');
      await waitForDiagnostics(document.uri, hasRopc);
      const text = await hoverText(document.uri, new vscode.Position(4, 40));
      assert.match(
        text,
        /\*\*Why it matters\*\* \(`zero-trust\/no-password-grant`\): The resource owner password credentials \(ROPC\) grant/,
      );
      assert.match(text, /\*\*Fix:\*\* Sign users in with an interactive flow/);
      assert.ok(text.includes(`[Rule documentation](${DOCS_URL})`), text);
      assert.doesNotMatch(await hoverText(document.uri, new vscode.Position(2, 5)), /Why it matters/);
    });

    it('on a jwt.verify call, shows the algorithms checked and the audience and issuer missing', async () => {
      const uri = await writeFile(
        'hover/jwt.ts',
        "import jwt from 'jsonwebtoken';\n\nexport function check(token: string) {\n" +
          "  return jwt.verify(token, process.env.JWT_PUBLIC_KEY!, { algorithms: ['RS256'] });\n}\n",
      );
      try {
        const linted = nextLint(uri);
        const { document } = await open('hover/jwt.ts');
        await linted;
        const text = await hoverText(document.uri, new vscode.Position(3, 15));
        assert.match(text, /\*\*JWT verification\*\* \(jsonwebtoken `verify`\)/);
        assert.match(text, /^- Algorithms pinned: ✅ checked \(`RS256`\)$/m);
        assert.match(text, /^- Audience: ❌ missing$/m);
        assert.match(text, /^- Issuer: ❌ missing$/m);
        assert.match(text, /^- Key: ✅ from the environment: `process.env.JWT_PUBLIC_KEY`$/m);
        assert.doesNotMatch(await hoverText(document.uri, new vscode.Position(2, 5)), /JWT verification/);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(workspaceUri('hover'), { recursive: true });
      }
    });
  });

  describe('Zero Trust: Scan Workspace', () => {
    it('lints JS/TS and config files, less node_modules, .gitignore, files.exclude and zeroTrust.exclude', async () => {
      const line =
        "import { UsernamePasswordCredential } from '@azure/identity';\n" +
        "new UsernamePasswordCredential('t', 'c', 'u', 'p');\n";
      const inNodeModules = await writeFile('node_modules/some-lib/index.js', line);
      const gitignored = await writeFile('ignored/ropc.ts', line);
      // A nested .gitignore with a negation, as git reads it: drop.ts is ignored, keep.ts is not.
      await writeFile('nested/.gitignore', '*.ts\n!keep.ts\n');
      const nestedIgnored = await writeFile('nested/drop.ts', line);
      const nestedKept = await writeFile('nested/keep.ts', line);
      const excluded = await writeFile('generated/client.ts', line);
      await setSetting('exclude', ['generated/**']);
      try {
        const summary = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>(
          'zeroTrust.scanWorkspace',
        );
        assert.ok(summary, 'the command returns its summary');
        assert.equal(summary.cancelled, false);
        const notOpened = workspaceUri('src/notOpened.mts');
        assert.ok(hasRopc(ours(notOpened)), 'a file never opened has its finding in the Problems panel');
        assert.ok(hasRopc(ours(workspaceUri('sample.js'))));
        assert.ok(hasRopc(ours(nestedKept)), 'a file a nested .gitignore re-includes is scanned');
        for (const uri of [inNodeModules, gitignored, nestedIgnored, excluded, workspaceUri('hidden/ropc.ts')]) {
          assert.deepEqual(ours(uri), [], `${uri.path} is not scanned`);
        }
        assert.ok(hasClientSecret(ours(workspaceUri('.env'))), 'a .env file has its finding in the Problems panel');
        assert.ok(hasClientSecret(ours(workspaceUri('appsettings.json'))));
        const exclude = '{**/node_modules/**,ignored/**,nested/drop.ts,generated/**,hidden/**}';
        const files = await vscode.workspace.findFiles('**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}', exclude);
        const configFiles = await vscode.workspace.findFiles(CONFIG_FILES, exclude);
        assert.ok(configFiles.length >= 2, `${configFiles.length} configuration files`);
        assert.equal(summary.files, files.length + configFiles.length);
        assert.ok(summary.findings >= 8, `found ${summary.findings}`);
      } finally {
        await setSetting('exclude', undefined);
        await vscode.workspace.fs.delete(workspaceUri('nested'), { recursive: true });
      }
    });
  });
});

/** Resolves once `events` (filled by a lint-event subscription) holds a lint of `version`. */
async function waitForLintOf(events: readonly { result: string; version: number | undefined }[], version: number) {
  const has = () => events.some(event => event.result === 'linted' && event.version === version);
  const { onDidLint } = await api();
  if (has()) {
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out waiting for the lint of version ${version}: ${JSON.stringify(events)}`));
    }, 20_000);
    const subscription = onDidLint(() => {
      if (has()) {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  });
}
