// Shared by the e2e driver (run.mjs) and the UI test (ui.mjs): start code-server (VS Code 1.100's real Node
// extension host) detached on a free loopback port, open its workbench in headless Debian chromium through
// playwright-core, and tear both down (the whole process group). test/e2e/setup.sh installs both into .e2e/.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const E2E = process.env.E2E ?? path.join(ROOT, '.e2e');
export const CS_ENTRY = path.join(
  process.env.CS_DIR ?? path.join(E2E, 'code-server'),
  'node_modules/code-server/out/node/entry.js',
);
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const now = () => performance.now();
export const log = line => console.log(`[e2e] ${line}`);

export function requireSetup() {
  const missing = [CS_ENTRY, CHROMIUM].filter(file => !fs.existsSync(file));
  if (missing.length > 0) {
    throw new Error(`Missing ${missing.join(', ')}: run \`bash test/e2e/setup.sh\` first.`);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The user settings that make code-server run this extension in the browser's web worker extension host (its
 * `browser` entry) instead of the Node one.
 */
export const WEB_HOST_SETTINGS = { 'remote.extensionKind': { 'zero-trust-lint.zero-trust-lint': ['web'] } };

/** A fresh temp folder for one run, with a copy of the fixture workspace and fresh user settings (plus `settings`). */
export function prepareRun(name, settings = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `zero-trust-${name}-`));
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(path.join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
  const userData = path.join(dir, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User/settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'typescript.disableAutomaticTypeAcquisition': true,
        'typescript.tsserver.experimental.enableProjectDiagnostics': false,
        'git.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'editor.lightbulb.enabled': 'on',
        ...settings,
      },
      null,
      2,
    ),
  );
  const extensions = path.join(dir, 'extensions');
  fs.mkdirSync(extensions);
  return { dir, workspace, userData, extensions };
}

/** Runs code-server once with extra CLI arguments (e.g. `--install-extension`) and resolves with its output. */
export function codeServerCli(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CS_ENTRY, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', chunk => (out += chunk));
    child.stderr.on('data', chunk => (out += chunk));
    child.on('error', reject);
    child.on('exit', code =>
      code === 0 ? resolve(out) : reject(new Error(`code-server ${args.join(' ')} exited ${code}:\n${out}`)),
    );
  });
}

/**
 * Starts code-server detached (its own process group) and waits for /healthz. `workspaceTrust`: keep workspace trust
 * on (off by default, so every workspace is trusted).
 */
export async function startCodeServer({ port, userData, extensions, workspace, env = {}, logFile, workspaceTrust }) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      CS_ENTRY,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
      '--disable-telemetry',
      '--disable-update-check',
      ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--log',
      'info',
      workspace,
    ],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, ...env } },
  );
  fs.closeSync(out);
  let exited = null;
  child.on('exit', code => (exited = code ?? -1));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited !== null) {
      throw new Error(`code-server exited early (${exited}); see ${logFile}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) {
        return child;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer /healthz within 60 s; see ${logFile}`);
}

export async function stopCodeServer(child) {
  if (!child || child.exitCode !== null) {
    return;
  }
  const gone = new Promise(resolve => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 5000);
  await gone;
  clearTimeout(timer);
}

export async function launchBrowser(profileDir) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The workbench URL for a folder with a payload (`[[key, value]]` pairs; paths become vscode-remote URIs). */
export function workbenchUrl(port, folder, pairs = []) {
  const authority = `127.0.0.1:${port}`;
  const payload = pairs.map(([key, value]) => [
    key,
    value.startsWith('/') ? `vscode-remote://${authority}${value}` : value,
  ]);
  const query = new URLSearchParams({ folder });
  if (payload.length > 0) {
    query.set('payload', JSON.stringify(payload));
  }
  return `http://${authority}/?${query.toString()}`;
}
