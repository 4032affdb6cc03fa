// `npm run test:ui` (after test/e2e/setup.sh): the packaged .vsix as a user gets it. Packages the extension
// (`vsce package --no-dependencies`, at most 5 MB), installs it into a fresh code-server, opens sample.js in headless
// chromium, and checks with the keyboard what a user sees: the squiggle, the Problems entry, Ctrl+. → the
// suggestion → Enter, Ctrl+S, the file on disk, the Findings view (empty, then after a scan from it), the walkthrough;
// then, with workspace trust on, a project with an ESLint config in Restricted Mode (the config is not loaded).
// Screenshots go to test-results/ui/; those of the Marketplace page (extension/README.md) also to images/marketplace/,
// refreshed by every run. Prints `N passed, N failed`.
// `--web` (`npm run test:ui:web`): the same in the browser's web worker extension host (the manifest's `browser`
// entry, linting in a Web Worker); the status bar's tooltip then also says what is off in the browser. Screenshots go
// to test-results/ui-web/ (the Marketplace page's are the Node host's); no Restricted Mode step (no project config
// is loaded in the browser).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {
  codeServerCli,
  freePort,
  launchBrowser,
  log,
  now,
  prepareRun,
  requireSetup,
  ROOT,
  startCodeServer,
  stopCodeServer,
  WEB_HOST_SETTINGS,
  workbenchUrl,
} from './codeServer.mjs';

const MAX_VSIX_BYTES = 5 * 1024 * 1024;
/** The Marketplace page: the extension's README, as `npm run package` packs it. */
const README = ['--readme-path', 'extension/README.md'];
const web = process.argv.includes('--web');
const artefacts = path.join(ROOT, web ? 'test-results/ui-web' : 'test-results/ui');
/** The Marketplace page's screenshots (extension/README.md), taken again by every run so they show this version. */
const marketplaceImages = web ? undefined : path.join(ROOT, 'images/marketplace');
const results = [];
let page;

async function step(name, action) {
  const started = now();
  try {
    await action();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Math.round(now() - started)} ms)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `  ✗ ${name} (${Math.round(now() - started)} ms)\n${String(error?.stack ?? error).replace(/^/gm, '      ')}`,
    );
    if (page) {
      await page.screenshot({ path: path.join(artefacts, `failed-${results.length}.png`) }).catch(() => undefined);
    }
    throw error;
  }
}

async function shot(name, marketplaceName) {
  await page.screenshot({ path: path.join(artefacts, name) });
  if (marketplaceName && marketplaceImages) {
    fs.mkdirSync(marketplaceImages, { recursive: true });
    fs.copyFileSync(path.join(artefacts, name), path.join(marketplaceImages, marketplaceName));
  }
}

async function waitForFile(file, predicate, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (predicate(fs.readFileSync(file, 'utf8'))) {
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error(
    `${path.basename(file)} on disk did not change as expected within ${timeoutMs} ` +
      `ms:\n${fs.readFileSync(file, 'utf8')}`,
  );
}

/**
 * Opens the quick-fix menu on the cursor and moves to the row whose text includes `label` (other providers add rows).
 */
async function openQuickFixAt(label) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    // The code-action lightbulb: in the gutter (`codicon-gutter-lightbulb*`), or over an empty line above the cursor.
    await page
      .locator('[class*="lightbulb"]:visible, [class*="light-bulb"]:visible')
      .first()
      .waitFor({ state: 'visible', timeout: 20_000 });
    await page.keyboard.press('Control+.');
    const rows = page.locator('.action-widget .monaco-list-row');
    try {
      await rows.first().waitFor({ state: 'visible', timeout: 5000 });
    } catch {
      await page.keyboard.press('Escape');
      await new Promise(resolve => setTimeout(resolve, 1000));
      continue;
    }
    const count = await rows.count();
    for (let i = 0; i < count + 1; i++) {
      const focused = (await page.locator('.action-widget .monaco-list-row.focused').first().textContent()) ?? '';
      if (focused.includes(label)) {
        return;
      }
      await page.keyboard.press('ArrowDown');
    }
    const all = await rows.allTextContents();
    throw new Error(`No quick-fix row with "${label}"; rows: ${JSON.stringify(all)}`);
  }
  throw new Error('The quick-fix menu did not open after 3 attempts.');
}

async function main() {
  requireSetup();
  fs.rmSync(artefacts, { recursive: true, force: true });
  fs.mkdirSync(artefacts, { recursive: true });
  const started = now();
  const run = prepareRun(web ? 'ui-web' : 'ui', web ? WEB_HOST_SETTINGS : {});
  const vsix = path.join(run.dir, 'zero-trust-lint.vsix');
  const sample = path.join(run.workspace, 'sample.js');
  let server;
  let browser;
  try {
    await step('package the .vsix (at most 5 MB)', async () => {
      const packaged = spawnSync('npx', ['vsce', 'package', '--no-dependencies', ...README, '-o', vsix], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      if (packaged.status !== 0) {
        throw new Error(`vsce package failed:\n${packaged.stdout}\n${packaged.stderr}`);
      }
      const { size } = fs.statSync(vsix);
      log(`.vsix is ${(size / 1024 / 1024).toFixed(2)} MB`);
      if (size > MAX_VSIX_BYTES) {
        throw new Error(`The .vsix is ${size} bytes, over 5 MB.`);
      }
    });
    await step('install the .vsix into code-server', async () => {
      const out = await codeServerCli([
        '--user-data-dir',
        run.userData,
        '--extensions-dir',
        run.extensions,
        '--install-extension',
        vsix,
      ]);
      if (!/successfully installed/i.test(out)) {
        throw new Error(out);
      }
    });
    const port = await freePort();
    server = await startCodeServer({ ...run, port, logFile: path.join(artefacts, 'code-server.log') });
    browser = await launchBrowser(path.join(run.dir, 'chromium'));
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(workbenchUrl(port, run.workspace, [['openFile', sample]]));

    await step('see the squiggle on the password-grant credential', async () => {
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'visible', timeout: 90_000 });
      await shot('01-squiggle.png');
    });
    await step('hover the squiggle: the message, why it matters, the fix and the doc link', async () => {
      // The squiggle lies under the text: point the mouse at its middle, as a user does.
      const box = await page.locator('.monaco-editor .squiggly-error').first().boundingBox();
      if (!box) {
        throw new Error('The squiggle has no box on screen.');
      }
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const hover = page.locator('.monaco-hover', { hasText: 'Why it matters' }).first();
      await hover.waitFor({ state: 'visible', timeout: 20_000 });
      const text = (await hover.textContent()) ?? '';
      for (const part of ['password (ROPC) grant', 'Fix', 'no-password-grant']) {
        if (!text.includes(part)) {
          throw new Error(`The hover lacks "${part}": ${text}`);
        }
      }
      await shot('01b-hover.png', 'hover.png');
      await page.keyboard.press('Escape');
      await page.mouse.move(0, 0);
    });
    await step('see the finding in the Problems panel', async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'password (ROPC) grant' }).first();
      await row.waitFor({ state: 'visible', timeout: 20_000 });
      const text = (await row.textContent()) ?? '';
      if (!text.includes('zero-trust/no-password-grant') || !text.includes('Zero Trust')) {
        throw new Error(`Problems row lacks the source or rule id: ${text}`);
      }
      await shot('02-problems.png');
      await page.keyboard.press('Control+1'); // back to the editor
    });
    await step('apply the suggestion with Ctrl+. and Enter', async () => {
      await page.keyboard.press('Control+G');
      await page.keyboard.type('3:30');
      await page.keyboard.press('Enter');
      await openQuickFixAt('DeviceCodeCredential');
      await shot('03-quick-fix-menu.png', 'quick-fix.png');
      await page.keyboard.press('Enter');
      await page
        .locator('.monaco-editor .view-lines', { hasText: 'new DeviceCodeCredential(' })
        .first()
        .waitFor({ timeout: 20_000 });
    });
    await step('save with Ctrl+S and find the fix on disk', async () => {
      await page.keyboard.press('Control+S');
      await waitForFile(
        sample,
        text => text.includes('new DeviceCodeCredential({') && !text.includes('new UsernamePasswordCredential('),
        20_000,
      );
    });
    await step('see the squiggle go', async () => {
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: 20_000 });
      await shot('04-fixed-and-saved.png');
    });
    await step('read "no findings" in the status bar, and what runs in its tooltip', async () => {
      const item = page.locator('.statusbar-item', { hasText: 'no findings' }).first();
      await item.waitFor({ state: 'visible', timeout: 20_000 });
      await item.hover();
      const hover = page.locator('.monaco-hover, .custom-hover, .workbench-hover', { hasText: 'preset `recommended`' });
      await hover.first().waitFor({ state: 'visible', timeout: 10_000 });
      const text = (await hover.first().textContent()) ?? '';
      if (!/No findings in this file/.test(text) || !/Zero Trust Lint \d+\.\d+\.\d+/.test(text)) {
        throw new Error(`Status bar tooltip lacks the file's state or the version: ${text}`);
      }
      // What is off in the browser is said there, and only there.
      if (/In the browser: values are not followed into other files/.test(text) !== web) {
        throw new Error(`Status bar tooltip ${web ? 'lacks' : 'has'} the browser's limits: ${text}`);
      }
      await shot('05-status-bar.png');
    });
    await step('open the empty Findings view, which offers Scan Workspace', async () => {
      await page.locator('.activitybar .action-item [aria-label^="Zero Trust"]').first().click();
      const welcome = page.locator('.welcome-view-content', { hasText: 'No Zero Trust findings' });
      await welcome.first().waitFor({ state: 'visible', timeout: 20_000 });
      await shot('06-findings-view-empty.png');
    });
    await step('scan from the view and see the findings by principle, rule and file', async () => {
      await page.locator('.welcome-view-content .monaco-button', { hasText: 'Scan Workspace' }).first().click();
      for (const text of ['Verify explicitly', 'no-password-grant', 'Assume breach']) {
        await page
          .locator('.pane-body .monaco-list-row', { hasText: text })
          .first()
          .waitFor({ state: 'visible', timeout: 60_000 });
      }
      await page
        .locator('.notification-list-item', { hasText: 'Zero Trust: scanned' })
        .first()
        .waitFor({ state: 'visible', timeout: 60_000 });
      await shot('07-findings-view.png', 'findings-view.png');
    });
    await step('open the walkthrough at its CI step', async () => {
      // Room for the step's page: no side bar, no panel.
      await page.keyboard.press('Control+B');
      await page.keyboard.press('Control+J');
      await page.keyboard.press('F1');
      await page.keyboard.type('Welcome: Open Walkthrough');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor();
      await page.keyboard.press('Enter');
      const entry = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Zero Trust Lint' });
      await entry.first().waitFor({ state: 'visible', timeout: 20_000 });
      await entry.first().click();
      const ci = page.locator('.getting-started-step', { hasText: 'Add the plugin to CI' }).first();
      await ci.waitFor({ state: 'visible', timeout: 20_000 });
      await ci.click();
      // The step's page, in the walkthrough's webview, shows the config to copy.
      await page
        .frameLocator('iframe.webview')
        .frameLocator('#active-frame')
        .locator('h1', { hasText: 'Add the plugin to CI' })
        .waitFor({ state: 'visible', timeout: 20_000 });
      await shot('08-walkthrough.png');
    });
    await step("in Restricted Mode, the project's ESLint config is not loaded and the status bar says so", async () => {
      if (web) {
        return; // No project config in the browser; the status bar step above checks what it says there.
      }
      await browser.close();
      await stopCodeServer(server);
      // Workspace trust on, no prompt: a folder not trusted before opens in Restricted Mode.
      const settingsFile = path.join(run.userData, 'User/settings.json');
      const settings = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
      Object.assign(settings, {
        'security.workspace.trust.enabled': true,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'never',
        'security.workspace.trust.untrustedFiles': 'open',
      });
      fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));
      // A project whose config turns the password-grant rule off, with ESLint and the plugin installed: trusted,
      // the finding would go; in Restricted Mode the config is not loaded and the settings' preset reports it.
      const restricted = path.join(run.dir, 'restricted');
      fs.mkdirSync(path.join(restricted, 'node_modules'), { recursive: true });
      fs.copyFileSync(path.join(ROOT, 'test/fixtures/workspace/sample.js'), path.join(restricted, 'sample.js'));
      fs.writeFileSync(
        path.join(restricted, 'eslint.config.mjs'),
        "import zeroTrust from 'eslint-plugin-zero-trust';\n\nexport default [\n  zeroTrust.configs.recommended,\n" +
          "  { rules: { 'zero-trust/no-password-grant': 'off' } },\n];\n",
      );
      fs.symlinkSync(path.join(ROOT, 'node_modules/eslint'), path.join(restricted, 'node_modules/eslint'), 'dir');
      fs.symlinkSync(
        path.join(ROOT, 'eslint-plugin'),
        path.join(restricted, 'node_modules/eslint-plugin-zero-trust'),
        'dir',
      );
      const restrictedPort = await freePort();
      server = await startCodeServer({
        ...run,
        port: restrictedPort,
        logFile: path.join(artefacts, 'code-server-restricted.log'),
        workspaceTrust: true,
      });
      browser = await launchBrowser(path.join(run.dir, 'chromium-restricted'));
      page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(workbenchUrl(restrictedPort, restricted, [['openFile', path.join(restricted, 'sample.js')]]));
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'visible', timeout: 90_000 });
      const item = page.locator('.statusbar-item:has(.codicon-shield):has(.codicon-workspace-untrusted)').first();
      await item.waitFor({ state: 'visible', timeout: 20_000 });
      await item.hover();
      const hover = page.locator('.monaco-hover, .custom-hover, .workbench-hover', { hasText: 'Restricted Mode' });
      await hover.first().waitFor({ state: 'visible', timeout: 10_000 });
      const text = (await hover.first().textContent()) ?? '';
      if (!/the project's ESLint config is not loaded/.test(text)) {
        throw new Error(`The status bar tooltip does not say the project's config is not loaded: ${text}`);
      }
      await shot('09-restricted-mode.png');
    });
  } catch {
    // Reported by step(); the summary line below counts it.
  } finally {
    await browser?.close().catch(() => undefined);
    await stopCodeServer(server);
    if (process.env.E2E_KEEP !== '1') {
      fs.rmSync(run.dir, { recursive: true, force: true });
    }
  }
  const passed = results.filter(result => result.ok).length;
  const failed = results.length - passed + (results.length < 13 && results.every(result => result.ok) ? 1 : 0);
  log(`total ${Math.round(now() - started)} ms; screenshots in ${path.relative(ROOT, artefacts)}/`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

await main();
