// The Web Worker as the lint client's `WorkerLike` (the browser's counterpart of `worker_threads.Worker`): the same
// client, queue, supersede and restart logic drive it. The worker may still be on its way (its script URL is made
// asynchronously): messages wait for it. A Web Worker never reports an exit: an error event (a script that fails to
// load, an uncaught exception) or a worker that cannot be made ends it here, and the client starts another with the
// next job; a hung one is replaced by the client's timeout, as in Node. vscode-free.
import type { WorkerRequest, WorkerResponse } from '../core/protocol';
import type { WorkerLike } from '../core/workerClient';

/** What this module needs of a DOM `Worker`. */
export interface WebWorker {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerResponse }) => void): void;
  addEventListener(
    type: 'error' | 'messageerror',
    listener: (event: { message?: string; preventDefault?(): void }) => void,
  ): void;
  terminate(): void;
}

export function webWorkerLike(starting: WebWorker | Promise<WebWorker>): WorkerLike {
  const listeners = {
    message: [] as ((message: WorkerResponse) => void)[],
    error: [] as ((error: Error) => void)[],
    exit: [] as ((code: number) => void)[],
  };
  let worker: WebWorker | undefined;
  let queued: WorkerRequest[] = [];
  let ended = false;
  const fail = (error: Error): void => {
    if (ended) {
      return;
    }
    ended = true;
    worker?.terminate();
    for (const listener of listeners.error) {
      listener(error);
    }
  };
  // Handled here, always: an error event left to propagate would be reported again in the extension host's own
  // scope as an uncaught error (a worker stopped while its script still loads, for one, fails to load it).
  const failed = (what: string) => (event: { message?: string; preventDefault?(): void }) => {
    event.preventDefault?.();
    fail(new Error(`${what}${event.message ? `: ${event.message}` : ''}.`));
  };
  Promise.resolve(starting).then(
    started => {
      if (ended) {
        started.terminate();
        return;
      }
      worker = started;
      started.addEventListener('message', event => {
        for (const listener of listeners.message) {
          listener(event.data);
        }
      });
      started.addEventListener('error', failed('The Web Worker failed'));
      started.addEventListener('messageerror', failed('A message from the Web Worker could not be read'));
      for (const message of queued) {
        started.postMessage(message);
      }
      queued = [];
    },
    (error: unknown) => fail(new Error(`The Web Worker could not be started: ${String(error)}`)),
  );
  const like = {
    postMessage(message: WorkerRequest): void {
      if (worker) {
        worker.postMessage(message);
      } else {
        queued.push(message);
      }
    },
    on(event: keyof typeof listeners, listener: (value: never) => void) {
      (listeners[event] as unknown[]).push(listener);
      return like;
    },
    terminate(): void {
      if (!ended) {
        ended = true;
        worker?.terminate();
        for (const listener of listeners.exit) {
          listener(1);
        }
      }
    },
  };
  return like as WorkerLike;
}
