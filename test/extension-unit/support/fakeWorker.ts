// A stand-in for the lint worker in the client's tests: it records the requests it is sent and answers one when the
// test says so; `withFakeWorkers` makes a client over such workers, keeping each one it starts and what it logs.
import { EventEmitter } from 'node:events';

import type { WorkerRequest, WorkerResponse } from '../../../extension/src/core/protocol';
import type { WorkerClientOptions, WorkerLike } from '../../../extension/src/core/workerClient';

import { LintWorkerClient } from '../../../extension/src/core/workerClient';

/** A response without its id (the fake adds the request's): any kind of response, as the worker sends it. */
type Reply = WorkerResponse extends infer Response
  ? Response extends WorkerResponse
    ? Omit<Response, 'id'>
    : never
  : never;

export class FakeWorker<Request extends WorkerRequest = WorkerRequest> extends EventEmitter implements WorkerLike {
  readonly requests: Request[] = [];
  terminated = false;

  postMessage(message: WorkerRequest): void {
    this.requests.push(message as Request);
  }

  /** Answers the request at `index` with `response`. */
  reply(index: number, response: Reply): void {
    this.emit('message', { ...response, id: this.requests[index]!.id });
  }

  terminate(): void {
    this.terminated = true;
  }
}

export function withFakeWorkers<Worker extends FakeWorker>(
  make: () => Worker,
  options?: WorkerClientOptions,
): { client: LintWorkerClient; workers: Worker[]; log: string[] } {
  const workers: Worker[] = [];
  const log: string[] = [];
  const client = new LintWorkerClient(
    () => {
      const worker = make();
      workers.push(worker);
      return worker;
    },
    line => log.push(line),
    options,
  );
  return { client, workers, log };
}
