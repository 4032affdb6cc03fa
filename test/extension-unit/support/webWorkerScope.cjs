'use strict';
// Runs a Web Worker script (the browser bundle dist/web/worker.js) inside a Node worker thread, in a fresh V8
// context that has a Web Worker's globals only: `self`, `postMessage`, `addEventListener`, timers, `console`,
// `performance`, `TextEncoder`/`TextDecoder`, `URL`, `structuredClone`, `queueMicrotask`. No `process`, `require`,
// `Buffer`, `global` or `__dirname`: a bundle that reaches for Node fails here as it would in the browser.
// `workerData.script` is the script's path. An uncaught error ends the thread (the emulated worker's `error` event).
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const vm = require('node:vm');

const listeners = [];
const scope = {
  console,
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  queueMicrotask,
  performance,
  TextEncoder,
  TextDecoder,
  URL,
  structuredClone,
  addEventListener(type, listener) {
    if (type === 'message') {
      listeners.push(listener);
    }
  },
  postMessage(message, transfer) {
    parentPort.postMessage(message, transfer);
  },
};
scope.self = scope;
const context = vm.createContext(scope, { name: 'web worker' });
vm.runInContext(fs.readFileSync(workerData.script, 'utf8'), context, { filename: workerData.script });
parentPort.on('message', data => {
  for (const listener of listeners) {
    listener({ data });
  }
});
