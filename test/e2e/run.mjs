// `npm run test:e2e` (after test/e2e/setup.sh and `npm run build:tests`): runs the in-editor mocha suite
// (out/test/extension/suite) inside code-server's extension host, opened by headless chromium, with this repository
// as the extension under development. Prints each test, then `N passed, N failed`; exits non-zero on any failure.
// `--web` (`npm run test:e2e:web`): the same in the browser's web worker extension host (the `browser` entry, linting
// in a Web Worker), with the suite's browser bundle (out/test/extension/web), whose results come through the console.
// Env: E2E_TIMEOUT_MS (default 300000), E2E_GREP (mocha grep), E2E_KEEP=1 (keep the temp folder), E2E_UNTRUSTED=1
// (workspace trust on, the workspace not trusted: Restricted Mode; runs the tests named for it).
import fs from 'node:fs';
import path from 'node:path';

import {
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

const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 300_000);
const UNTRUSTED = process.env.E2E_UNTRUSTED === '1';
const GREP = process.env.E2E_GREP ?? (UNTRUSTED ? 'Restricted Mode' : undefined);
const web = process.argv.includes('--web');
const artefacts = path.join(
  ROOT,
  web ? 'test-results/e2e-web' : UNTRUSTED ? 'test-results/e2e-untrusted' : 'test-results/e2e',
);
const testsPath = web ? 'out/test/extension/web/index.js' : 'out/test/extension/suite/index.js';
const RESULTS_PREFIX = 'E2E_RESULTS ';

async function main() {
  requireSetup();
  const bundles = web ? ['dist/web/extension.js', 'dist/web/worker.js'] : ['dist/extension.js', 'dist/worker.js'];
  for (const file of [...bundles, testsPath]) {
    if (!fs.existsSync(path.join(ROOT, file))) {
      throw new Error(`${file} is missing: run \`npm run build:tests\` first.`);
    }
  }
  fs.mkdirSync(artefacts, { recursive: true });
  const started = now();
  const run = prepareRun(
    web ? 'e2e-web' : UNTRUSTED ? 'e2e-untrusted' : 'e2e',
    web
      ? WEB_HOST_SETTINGS
      : UNTRUSTED
        ? {
            'security.workspace.trust.enabled': true,
            'security.workspace.trust.startupPrompt': 'never',
            'security.workspace.trust.banner': 'never',
          }
        : {},
  );
  const resultsFile = path.join(run.dir, 'results.json');
  const port = await freePort();
  const consoleLog = fs.createWriteStream(path.join(artefacts, 'browser-console.log'));
  let server;
  let browser;
  let exitCode;
  try {
    let t = now();
    server = await startCodeServer({
      ...run,
      port,
      env: { E2E_RESULTS_FILE: resultsFile, ...(GREP ? { E2E_GREP: GREP } : {}) },
      workspaceTrust: UNTRUSTED,
      logFile: path.join(artefacts, 'code-server.log'),
    });
    log(`code-server on port ${port} ready in ${Math.round(now() - t)} ms`);
    t = now();
    browser = await launchBrowser(path.join(run.dir, 'chromium'));
    const page = browser.pages()[0] ?? (await browser.newPage());
    log(`chromium ready in ${Math.round(now() - t)} ms`);
    let hostExit;
    const hostExited = new Promise(resolve => (hostExit = resolve));
    await page.exposeFunction('codeAutomationExit', code => hostExit(code));
    page.on('console', message => {
      const text = message.text();
      consoleLog.write(`${message.type()}: ${text}\n`);
      // The browser suite's results (a Web Worker writes no file): written here for waitForResults.
      const at = web ? text.indexOf(RESULTS_PREFIX) : -1;
      if (at >= 0) {
        fs.writeFileSync(resultsFile, text.slice(at + RESULTS_PREFIX.length));
      }
    });
    t = now();
    await page.goto(
      workbenchUrl(port, run.workspace, [
        ['extensionDevelopmentPath', ROOT],
        ['extensionTestsPath', path.join(ROOT, testsPath)],
      ]),
    );
    const results = await waitForResults(resultsFile, hostExited);
    log(`suite ran in ${Math.round(now() - t)} ms`);
    if (results.screenshotWanted) {
      await page.screenshot({ path: path.join(artefacts, 'workbench.png') });
    }
    for (const test of results.tests ?? []) {
      console.log(
        `  ${test.state === 'passed' ? '✓' : '✗'} ${test.title}${test.durationMs ? ` (${test.durationMs} ms)` : ''}`,
      );
      if (test.error) {
        console.log(test.error.replace(/^/gm, '      '));
      }
    }
    if (results.error) {
      console.log(`  suite error: ${results.error}`);
    }
    const passes = results.passes ?? 0;
    const failures = results.failures ?? 1;
    if ((results.tests ?? []).length === 0 && failures === 0) {
      throw new Error('The suite ran no test.');
    }
    console.log(`${passes} passed, ${failures} failed`);
    exitCode = failures === 0 ? 0 : 1;
  } catch (error) {
    console.error(`[e2e] ${error?.stack ?? error}`);
    console.log('0 passed, 1 failed');
    exitCode = 1;
  } finally {
    const t = now();
    await browser?.close().catch(() => undefined);
    await stopCodeServer(server);
    consoleLog.end();
    if (process.env.E2E_KEEP !== '1') {
      fs.rmSync(run.dir, { recursive: true, force: true });
    }
    log(
      `teardown ${Math.round(now() - t)} ms; total ${Math.round(now() - started)} ms; logs ` +
        `in ${path.relative(ROOT, artefacts)}/`,
    );
  }
  process.exit(exitCode);
}

/** The results JSON the suite writes; fails fast when the test host exits without writing one. */
async function waitForResults(file, hostExited) {
  let exitCode;
  void hostExited.then(code => (exitCode = code));
  const deadline = Date.now() + TIMEOUT_MS;
  let exitSeenAt;
  while (Date.now() < deadline) {
    if (fs.existsSync(file)) {
      return JSON.parse(fs.readFileSync(file, 'utf8'));
    }
    if (exitCode !== undefined) {
      exitSeenAt ??= Date.now();
      if (Date.now() - exitSeenAt > 2000) {
        const logs = path.relative(ROOT, artefacts);
        throw new Error(`The extension test host exited with ${exitCode} without writing results (see ${logs}/).`);
      }
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error(`No test results after ${TIMEOUT_MS} ms (see ${path.relative(ROOT, artefacts)}/).`);
}

await main();
