// The lint worker in the browser (`dist/web/worker.js`): a Web Worker that the web extension host starts. The same
// engine, protocol and request handling as `dist/worker.js` (`serveRequests`), with the plugin told not to follow
// imports into other files (a Web Worker has no file system; each file is judged on its own text). vscode-free.
import type { WorkerRequest, WorkerResponse } from '../core/protocol';

import { LintEngine } from '../core/lint';
import { serveRequests } from '../core/worker';

/** What this module needs of a Web Worker's global scope (`self`). */
interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: WorkerRequest }) => void): void;
  postMessage(message: WorkerResponse, transfer?: ArrayBuffer[]): void;
}

const scope = globalThis as unknown as WorkerScope;

serveRequests(
  {
    on: (_event, listener) => scope.addEventListener('message', event => listener(event.data)),
    postMessage: (message, transfer) => scope.postMessage(message, transfer ?? []),
  },
  new LintEngine(undefined, { followImports: false }),
);
