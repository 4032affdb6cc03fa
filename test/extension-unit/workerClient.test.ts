import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { LintOutcome } from '../../extension/src/core/lint';
import type { LintRequest } from '../../extension/src/core/protocol';
import type { WorkerLike } from '../../extension/src/core/workerClient';

import { LintEngine } from '../../extension/src/core/lint';
import { encodeOutcome } from '../../extension/src/core/wire';
import { LintWorkerClient } from '../../extension/src/core/workerClient';
import { webWorkerLike } from '../../extension/src/web/webWorkerLike';
import { dedent } from '../dedent';
import { EmulatedWebWorker } from './support/emulatedWebWorker';
import { FakeWorker as BaseFakeWorker, withFakeWorkers } from './support/fakeWorker';

const SETTINGS = { preset: 'recommended', rules: {} } as const;
const OUTCOME: LintOutcome = { findings: [], ruleErrors: [], lintMs: 1 };

/** The fake worker, answering a lint with an outcome (the last request, and an empty outcome, by default). */
class FakeWorker extends BaseFakeWorker<LintRequest> {
  answer(index = this.requests.length - 1, outcome: LintOutcome = OUTCOME): void {
    this.reply(index, { ok: true, outcome: encodeOutcome(outcome) });
  }
}

function setup(options?: { timeoutMs?: number }) {
  return withFakeWorkers(() => new FakeWorker(), options);
}

describe('LintWorkerClient', () => {
  it('starts the worker lazily, on the first lint', async () => {
    const { client, workers } = setup();
    assert.equal(workers.length, 0);
    const reply = client.lint('a', { text: 'a', filename: 'a.ts', settings: SETTINGS });
    assert.equal(workers.length, 1);
    workers[0]!.answer();
    assert.deepEqual(await reply, { status: 'done', outcome: OUTCOME });
    client.dispose();
  });

  it('supersedes a queued lint of the same document and runs the newest', async () => {
    const { client, workers } = setup();
    const first = client.lint('a', { text: 'v1', filename: 'a.ts', settings: SETTINGS });
    const second = client.lint('a', { text: 'v2', filename: 'a.ts', settings: SETTINGS });
    const third = client.lint('a', { text: 'v3', filename: 'a.ts', settings: SETTINGS });
    assert.deepEqual(await second, { status: 'superseded' });
    const worker = workers[0]!;
    assert.deepEqual(
      worker.requests.map(request => request.text),
      ['v1'],
    );
    worker.answer(0);
    assert.equal((await first).status, 'done');
    assert.deepEqual(
      worker.requests.map(request => request.text),
      ['v1', 'v3'],
    );
    worker.answer(1);
    assert.equal((await third).status, 'done');
    client.dispose();
  });

  it('serves editor lints before queued workspace-scan lints', async () => {
    const { client, workers } = setup();
    const running = client.lint('scan-0', { text: 's0', filename: 's0.ts', settings: SETTINGS }, 'background');
    void client.lint('scan-1', { text: 's1', filename: 's1.ts', settings: SETTINGS }, 'background');
    void client.lint('open', { text: 'o', filename: 'o.ts', settings: SETTINGS });
    workers[0]!.answer(0);
    await running;
    assert.equal(workers[0]!.requests[1]!.text, 'o');
    client.dispose();
  });

  it('restarts a worker that dies, fails the running lint and logs it', async () => {
    const { client, workers, log } = setup();
    const running = client.lint('a', { text: 'a', filename: 'a.ts', settings: SETTINGS });
    const queued = client.lint('b', { text: 'b', filename: 'b.ts', settings: SETTINGS });
    workers[0]!.emit('exit', 1);
    const reply = await running;
    assert.equal(reply.status, 'failed');
    assert.match(log.join('\n'), /The lint worker stopped \(exit code 1\)\. It restarts with the next lint\./);
    assert.equal(workers.length, 2, 'a new worker takes the queued lint');
    workers[1]!.answer(0);
    assert.equal((await queued).status, 'done');
    client.dispose();
  });

  it('replaces a worker whose lint hangs', async () => {
    const { client, workers, log } = setup({ timeoutMs: 20 });
    const reply = await client.lint('a', { text: 'a', filename: 'a.ts', settings: SETTINGS });
    assert.equal(reply.status, 'failed');
    assert.equal(workers[0]!.terminated, true);
    assert.match(log[0]!, /took over 20 ms; restarting the lint worker/);
    client.dispose();
  });

  it('ignores messages from a replaced worker', async () => {
    const { client, workers } = setup();
    const first = client.lint('a', { text: 'a', filename: 'a.ts', settings: SETTINGS });
    client.restart();
    assert.equal((await first).status, 'failed');
    const second = client.lint('a', { text: 'a2', filename: 'a.ts', settings: SETTINGS });
    workers[0]!.answer(0); // the old worker's late answer
    workers[1]!.answer(0);
    assert.equal((await second).status, 'done');
    client.dispose();
  });

  it('resolves everything queued on dispose and refuses later lints', async () => {
    const { client } = setup();
    void client.lint('a', { text: 'a', filename: 'a.ts', settings: SETTINGS });
    const queued = client.lint('b', { text: 'b', filename: 'b.ts', settings: SETTINGS });
    client.dispose();
    assert.deepEqual(await queued, { status: 'superseded' });
    assert.equal((await client.lint('c', { text: 'c', filename: 'c.ts', settings: SETTINGS })).status, 'failed');
  });

  it('fails a lint whose answer cannot be read, and serves the next one', async () => {
    const { client, workers } = setup();
    const broken = client.lint('a', { text: 'a', filename: 'a.ts', settings: SETTINGS });
    const worker = workers[0]!;
    worker.emit('message', {
      id: worker.requests[0]!.id,
      ok: true,
      outcome: { strings: [], data: Int32Array.of(0), ruleErrors: [], lintMs: 1 },
    });
    const reply = await broken;
    assert.equal(reply.status, 'failed');
    assert.match(
      reply.status === 'failed' ? reply.error : '',
      /could not be read: RangeError: The lint worker sent an answer that refers to a missing string/,
    );
    const next = client.lint('b', { text: 'b', filename: 'b.ts', settings: SETTINGS });
    worker.answer();
    assert.deepEqual(await next, { status: 'done', outcome: OUTCOME });
    client.dispose();
  });

  /** The bundled workers: Node's `worker_threads` one, and the browser's Web Worker (emulated, see its module). */
  const KINDS = [
    {
      kind: 'Node worker thread',
      bundle: 'dist/worker.js',
      start: (script: string): WorkerLike => new Worker(script),
      engine: () => new LintEngine(),
    },
    {
      kind: 'Web Worker',
      bundle: 'dist/web/worker.js',
      start: (script: string): WorkerLike => webWorkerLike(new EmulatedWebWorker(script)),
      engine: () => new LintEngine(undefined, { followImports: false }),
    },
  ];

  for (const { kind, bundle, start, engine } of KINDS) {
    describe(`with the bundled worker (${bundle}, in a ${kind})`, () => {
      const workerPath = path.resolve(__dirname, '../..', bundle);
      const client = (): LintWorkerClient =>
        new LintWorkerClient(
          () => start(workerPath),
          () => undefined,
        );

      before(function () {
        if (!fs.existsSync(workerPath)) {
          throw new Error(`${bundle} is missing: run \`npm run build\` first (npm test does).`);
        }
      });

      it('lints through a real worker', async () => {
        const lints = client();
        try {
          const reply = await lints.lint('a', {
            text: "import { UsernamePasswordCredential as U } from '@azure/identity';\nnew U(t, c, u, p);\n",
            filename: 'src/a.ts',
            settings: SETTINGS,
          });
          assert.equal(reply.status, 'done');
          assert.deepEqual(
            reply.status === 'done' &&
              reply.outcome.findings.map(finding => [finding.ruleId, finding.range.start.line]),
            [['zero-trust/no-password-grant', 1]],
          );
        } finally {
          lints.dispose();
        }
      });

      it('hands over the same findings as linting in this thread (fixes and suggestions included)', async () => {
        const lints = client();
        const text = dedent`
          import jwt from 'jsonwebtoken';
          import https from 'node:https';
          export const agent = new https.Agent({ rejectUnauthorized: false });
          export const check = (t: string) => jwt.verify(t, process.env.PUBLIC_KEY!, { algorithms: ['RS256'], ignoreExpiration: true });

        `;
        try {
          const reply = await lints.lint('a', { text, filename: 'src/a.ts', settings: SETTINGS });
          assert.equal(reply.status, 'done');
          const here = engine().lint(text, 'src/a.ts', SETTINGS);
          const inWorker = reply.status === 'done' ? reply.outcome : undefined;
          assert.deepEqual({ ...inWorker, lintMs: 0 }, { ...here, lintMs: 0 });
          assert.ok(
            here.findings.some(finding => finding.fix) && here.findings.some(finding => finding.suggestions.length > 0),
          );
        } finally {
          lints.dispose();
        }
      });

      it('re-parses an open document as it changes, answers a hover from it, lints a configuration file', async () => {
        const lints = client();
        const verify =
          "import jwt from 'jsonwebtoken';\nexport const f = (t: string, k: string) => jwt.verify(t, k);\n";
        try {
          const first = await lints.lint('doc', {
            text: verify,
            filename: 'src/v.ts',
            settings: SETTINGS,
            document: 'doc',
          });
          const edited = `${verify}// edited\n`;
          const second = await lints.lint('doc', {
            text: edited,
            filename: 'src/v.ts',
            settings: SETTINGS,
            document: 'doc',
          });
          assert.equal(first.status, 'done');
          assert.equal(second.status, 'done');
          const hover = await lints.hover({
            kind: 'hover',
            text: edited,
            filename: 'src/v.ts',
            document: 'doc',
            offset: edited.indexOf('verify('),
          });
          assert.equal(hover.status, 'done');
          assert.equal(hover.status === 'done' && hover.hover?.summary.api, 'jsonwebtoken.verify');
          const env = await lints.lint('env', {
            text: 'AZURE_CLIENT_SECRET="Dm42Q~wK8pVz1RtY6nLc3HbX9gJf5SaE0uIo7MqT"\n',
            filename: '.env',
            settings: SETTINGS,
          });
          assert.deepEqual(env.status === 'done' && env.outcome.findings.map(finding => finding.ruleId), [
            'zero-trust/no-hardcoded-client-credential',
          ]);
        } finally {
          lints.dispose();
        }
      });

      it('supersedes a queued lint of the same document, and starts a new worker after a restart', async () => {
        const lints = client();
        const job = (text: string) => ({ text, filename: 'src/a.ts', settings: SETTINGS });
        try {
          const running = lints.lint('a', job('export const a = 1;\n'));
          const queued = lints.lint('b', job('export const b = 1;\n'));
          const newer = lints.lint('b', job('export const b = 2;\n'));
          assert.deepEqual(await queued, { status: 'superseded' });
          assert.equal((await running).status, 'done');
          assert.equal((await newer).status, 'done');
          lints.restart();
          assert.equal((await lints.lint('a', job('export const c = 3;\n'))).status, 'done');
        } finally {
          lints.dispose();
        }
      });
    });
  }

  it('fails the lint of a Web Worker whose script cannot run, and starts another for the next lint', async () => {
    const log: string[] = [];
    let started = 0;
    const lints = new LintWorkerClient(
      () => {
        started++;
        return webWorkerLike(
          new EmulatedWebWorker(
            path.resolve(__dirname, started === 1 ? 'support/missing.js' : '../../dist/web/worker.js'),
          ),
        );
      },
      line => log.push(line),
    );
    try {
      const first = await lints.lint('a', { text: 'export {};\n', filename: 'a.ts', settings: SETTINGS });
      assert.equal(first.status, 'failed');
      assert.match(
        first.status === 'failed' ? first.error : '',
        /^The lint worker failed: Error: The Web Worker failed: ENOENT/,
      );
      assert.match(log[0] ?? '', /It restarts with the next lint\.$/);
      const second = await lints.lint('a', { text: 'export {};\n', filename: 'a.ts', settings: SETTINGS });
      assert.equal(second.status, 'done');
      assert.equal(started, 2);
    } finally {
      lints.dispose();
    }
  });

  it('fails the lint of a Web Worker that cannot be made, without a worker to stop', async () => {
    const lints = new LintWorkerClient(
      () => webWorkerLike(Promise.reject(new Error('no URL for the script'))),
      () => undefined,
    );
    try {
      const reply = await lints.lint('a', { text: 'export {};\n', filename: 'a.ts', settings: SETTINGS });
      assert.equal(reply.status, 'failed');
      assert.match(
        reply.status === 'failed' ? reply.error : '',
        /^The lint worker failed: Error: The Web Worker could not be started: Error: no URL for the script\n/,
      );
    } finally {
      lints.dispose();
    }
  });
});
