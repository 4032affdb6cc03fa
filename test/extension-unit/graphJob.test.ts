import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { GraphJob } from '../../extension/src/core/protocol';

import { runGraphJob } from '../../extension/src/core/graphJob';
import { LintWorkerClient } from '../../extension/src/core/workerClient';
import { dedent } from '../dedent';
import { FakeWorker, withFakeWorkers } from './support/fakeWorker';

const CLIENT_APP = path.resolve(__dirname, '../fixtures/graph/client-app');
const MAIL = path.join(CLIENT_APP, 'src/mail.ts');
const AUTH = path.join(CLIENT_APP, 'src/authConfig.ts');
const EMPTY = { calls: [], requested: [], unused: [], narrower: [], missing: [], unresolved: [], errors: [] };

function job(overrides: Partial<GraphJob> = {}): GraphJob {
  return { kind: 'graph', cwd: CLIENT_APP, files: [MAIL, AUTH], overlays: {}, readDisk: true, ...overrides };
}

describe('runGraphJob', () => {
  it('analyses the files from disk, open documents from their text', () => {
    const fromDisk = runGraphJob({ id: 1, ...job() });
    assert.equal(fromDisk.ok, true);
    const report = fromDisk.ok ? fromDisk.report : EMPTY;
    assert.deepEqual(
      report.calls.map(call => `${call.file}:${call.line} ${call.method} ${call.path}`),
      [
        'src/mail.ts:4 GET /me/messages',
        'src/mail.ts:8 GET /users/{id}/messages',
        'src/mail.ts:12 GET /me',
        'src/mail.ts:16 GET /me/drive/root/children',
        'src/mail.ts:21 POST /me/sendMail',
        'src/mail.ts:25 GET /me/joinedTeams',
      ],
    );
    // The unsaved text of an open document replaces the file's: one request, and `Mail.Send` requested.
    const edited = runGraphJob({
      id: 2,
      ...job({
        overlays: {
          [MAIL]:
            "import { graph } from './graphClient';\nexport const send = () => graph.api('/me/sendMail').post({});\n",
          [AUTH]: "export const loginRequest = { scopes: ['Mail.Send'] };\n",
        },
      }),
    });
    assert.deepEqual(edited, {
      id: 2,
      ok: true,
      report: {
        ...EMPTY,
        calls: [
          {
            file: 'src/mail.ts',
            line: 2,
            column: 37,
            method: 'POST',
            path: '/me/sendMail',
            version: 'v1.0',
            scheme: 'delegated',
            leastPermissions: ['Mail.Send'],
          },
        ],
        requested: [
          { file: 'src/authConfig.ts', line: 1, permission: 'Mail.Send', scheme: 'delegated', source: 'code' },
        ],
      },
    });
  });

  it('reads nothing from disk when the job says so (one document alone)', () => {
    const reply = runGraphJob({ id: 3, ...job({ files: [MAIL, AUTH], overlays: { [AUTH]: '' }, readDisk: false }) });
    assert.deepEqual(reply, { id: 3, ok: true, report: EMPTY });
  });
});

describe('runGraphJob across edits', () => {
  let project: string;
  let files: string[];
  const AUTH_TEXT = dedent`
    import { PublicClientApplication } from '@azure/msal-browser';
    import { SCOPES } from './scopes';

    const msal = new PublicClientApplication({ auth: { clientId: process.env.CLIENT_ID ?? '' } });
    export const token = () => msal.acquireTokenSilent({ scopes: SCOPES });
  `;
  const requested = (reply: ReturnType<typeof runGraphJob>): string[] =>
    (reply.ok ? reply.report.requested : []).map(entry => `${entry.file}:${entry.line} ${entry.permission}`);

  before(() => {
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'zt-graph-job-'));
    fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "app", "type": "module" }\n');
    fs.mkdirSync(path.join(project, 'src'));
    fs.writeFileSync(path.join(project, 'src/auth.ts'), `${AUTH_TEXT}\n`);
    fs.writeFileSync(path.join(project, 'src/scopes.ts'), "export const SCOPES = ['Mail.ReadWrite'];\n");
    files = [path.join(project, 'src/auth.ts'), path.join(project, 'src/scopes.ts')];
  });

  after(() => fs.rmSync(project, { recursive: true, force: true }));

  it('analyses unsaved texts, the disk again once they are gone, and only the files listed', () => {
    const job = (overlays: Record<string, string> = {}, listed = files): GraphJob => ({
      kind: 'graph',
      cwd: project,
      files: listed,
      overlays,
      readDisk: true,
      complete: true,
    });
    assert.deepEqual(requested(runGraphJob({ id: 1, ...job() })), ['src/scopes.ts:1 Mail.ReadWrite']);
    const unsaved = { [files[1]!]: "export const SCOPES = ['Mail.Read'];\n" };
    assert.deepEqual(requested(runGraphJob({ id: 2, ...job(unsaved) })), ['src/scopes.ts:1 Mail.Read']);
    assert.deepEqual(requested(runGraphJob({ id: 3, ...job(unsaved) })), ['src/scopes.ts:1 Mail.Read']);
    // Closed without saving: the file on disk.
    assert.deepEqual(requested(runGraphJob({ id: 4, ...job() })), ['src/scopes.ts:1 Mail.ReadWrite']);
    // Deleted: not in the listing any more.
    assert.deepEqual(requested(runGraphJob({ id: 5, ...job({}, [files[0]!]) })), []);
  });
});

describe('LintWorkerClient.graphPermissions', () => {
  it('queues Graph jobs by key beside lints, and hands back the report', async () => {
    const { client, workers } = withFakeWorkers(() => new FakeWorker());
    const lint = client.lint('a', { text: 'a', filename: 'a.ts', settings: { preset: 'recommended', rules: {} } });
    const first = client.graphPermissions('graph:ws', job());
    const second = client.graphPermissions('graph:ws', job({ files: [MAIL] }));
    assert.deepEqual(await first, { status: 'superseded' });
    const worker = workers[0]!;
    worker.reply(0, { ok: false, error: 'boom' });
    assert.deepEqual(await lint, { status: 'failed', error: 'boom' });
    assert.deepEqual(worker.requests[1], { id: 2, ...job({ files: [MAIL] }) });
    worker.reply(1, { ok: true, report: EMPTY });
    assert.deepEqual(await second, { status: 'done', report: EMPTY });
    const failing = client.graphPermissions('graph:ws', job());
    worker.reply(2, { ok: false, error: 'no' });
    assert.deepEqual(await failing, { status: 'failed', error: 'no' });
    client.dispose();
  });

  it('gives a Graph job its own timeout', async () => {
    const { client, workers, log } = withFakeWorkers(() => new FakeWorker(), { timeoutMs: 60_000 });
    const reply = await client.graphPermissions('graph:ws', job(), 'background', 20);
    assert.deepEqual(reply, { status: 'failed', error: 'The analysis took over 20 ms and was stopped.' });
    assert.equal(workers[0]!.terminated, true);
    assert.deepEqual(log, ['The Microsoft Graph permissions analysis took over 20 ms; restarting the lint worker.']);
    client.dispose();
  });

  it('runs in the bundled worker (dist/worker.js)', async () => {
    const workerPath = path.resolve(__dirname, '../../dist/worker.js');
    if (!fs.existsSync(workerPath)) {
      throw new Error('dist/worker.js is missing: run `npm run build` first (npm test does).');
    }
    const client = new LintWorkerClient(
      () => new Worker(workerPath),
      () => undefined,
    );
    try {
      const reply = await client.graphPermissions('graph:ws', job());
      assert.equal(reply.status, 'done');
      const report = reply.status === 'done' ? reply.report : EMPTY;
      assert.deepEqual(
        report.narrower.map(entry => `${entry.permission} → ${entry.suggested.join(' or ')}`),
        ['Files.ReadWrite.All → Files.Read', 'Mail.ReadWrite → Mail.ReadBasic'],
      );
      assert.deepEqual(report.unused, [{ permission: 'Calendars.Read', scheme: 'delegated' }]);
    } finally {
      client.dispose();
    }
  });
});
