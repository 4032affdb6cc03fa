// The lint worker (`dist/worker.js`): loads ESLint, the parser and the rules once, then lints one request at a time,
// off the extension host's thread. vscode-free.
import { parentPort } from 'node:worker_threads';

import type { LintRequest, LintResponse, ReadyMessage } from './protocol';

import { LintEngine } from './lint';

const engine = new LintEngine();
const port = parentPort;

if (port) {
  port.on('message', (request: LintRequest) => {
    let response: LintResponse;
    try {
      response = { id: request.id, ok: true, outcome: engine.lint(request.text, request.filename, request.settings) };
    } catch (error) {
      response = { id: request.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(response);
  });
  port.postMessage({ ready: true } satisfies ReadyMessage);
}
