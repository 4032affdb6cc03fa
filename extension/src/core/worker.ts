// The lint worker (`dist/worker.js`): loads ESLint, the parser and the rules once, then lints one request at a time,
// off the extension host's thread; it also runs the Microsoft Graph permissions analysis (`GraphJob`). vscode-free.
// `serveRequests` is the same in the browser's Web Worker (`extension/src/web/worker.ts`, `dist/web/worker.js`).
import { parentPort } from 'node:worker_threads';

import type { HoverRequest, HoverResponse, LintRequest, LintResponse, WorkerRequest, WorkerResponse } from './protocol';

import { runGraphJob } from './graphJob';
import { LintEngine } from './lint';
import { encodeOutcome } from './wire';

/** The worker's side of the channel: `worker_threads`' `parentPort`, or a Web Worker's global scope. */
export interface RequestPort {
  on(event: 'message', listener: (message: WorkerRequest) => void): unknown;
  postMessage(message: WorkerResponse, transfer?: ArrayBuffer[]): void;
}

/** When the bundle was loaded (this module runs last), in ms since the epoch: the host knows when it started us. */
const loadedAt = performance.timeOrigin + performance.now();

if (parentPort) {
  serveRequests(parentPort, new LintEngine());
}

/** Answers every request arriving on `port`, one at a time, with `engine`. */
export function serveRequests(port: RequestPort, engine: LintEngine): void {
  let startupSent = false;
  const hover = (request: HoverRequest): HoverResponse => {
    try {
      const info = engine.jwtHoverAt(request.text, request.filename, request.offset, request.document, request.path);
      return { id: request.id, ok: true, hover: info ?? null };
    } catch (error) {
      return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
  port.on('message', (message: WorkerRequest) => {
    if ('kind' in message) {
      port.postMessage(message.kind === 'hover' ? hover(message) : runGraphJob(message));
      return;
    }
    const request: LintRequest = message;
    let response: LintResponse;
    const transfer: ArrayBuffer[] = [];
    try {
      for (const closed of request.closed ?? []) {
        engine.closeDocument(closed);
      }
      const outcome = encodeOutcome(
        engine.lint(request.text, request.filename, request.settings, request.document, request.path),
      );
      transfer.push(outcome.data.buffer as ArrayBuffer);
      response = { id: request.id, ok: true, outcome };
      if (!startupSent) {
        startupSent = true;
        response.startup = { loadedAt, parseMs: engine.lastParseMs };
      }
    } catch (error) {
      response = {
        id: request.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
    }
    // The packed findings' buffer moves to the host without a copy.
    port.postMessage(response, transfer);
  });
}
