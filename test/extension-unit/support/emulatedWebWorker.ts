// A DOM `Worker` emulated in Node for the unit tests: the Web Worker script runs in a worker thread, in a V8 context
// with a Web Worker's globals only (webWorkerScope.cjs), and this object has the DOM `Worker`'s interface
// (`addEventListener`, `postMessage`, `terminate`) that `webWorkerLike` drives. What it covers: the browser bundle
// (dist/web/worker.js) loads and lints without Node's globals and modules, the protocol, and the Web Worker
// transport. What it does not: a browser's own structured clone and worker start-up (the in-editor suite in
// code-server's web worker host covers those: `npm run test:e2e:web`).
import path from 'node:path';
import { Worker } from 'node:worker_threads';

import type { WorkerRequest, WorkerResponse } from '../../../extension/src/core/protocol';
import type { WebWorker } from '../../../extension/src/web/webWorkerLike';

const SCOPE = path.join(__dirname, 'webWorkerScope.cjs');

export class EmulatedWebWorker implements WebWorker {
  private readonly thread: Worker;

  constructor(script: string) {
    this.thread = new Worker(SCOPE, { workerData: { script } });
  }

  postMessage(message: WorkerRequest): void {
    this.thread.postMessage(message);
  }

  addEventListener(type: 'message', listener: (event: { data: WorkerResponse }) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: { message?: string }) => void): void;
  addEventListener(type: string, listener: (event: never) => void): void {
    if (type === 'message') {
      this.thread.on('message', (data: WorkerResponse) =>
        (listener as (event: { data: WorkerResponse }) => void)({ data }),
      );
    } else {
      this.thread.on(type === 'error' ? 'error' : 'messageerror', (error: Error) =>
        (listener as (event: { message?: string }) => void)({ message: error.message }),
      );
    }
  }

  terminate(): void {
    void this.thread.terminate();
  }
}
