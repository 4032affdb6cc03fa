// Where the extension runs: VS Code's Node extension host (desktop, Remote, Codespaces) or the browser's web
// extension host (vscode.dev, github.dev), and what differs between them. vscode-free.
import type { ConfigWorkerLike } from './projectConfigClient';
import type { WorkerLike } from './workerClient';

export type HostKind = 'node' | 'browser';

export interface ExtensionHost {
  kind: HostKind;
  /** Starts a lint worker (`worker_threads` in Node, a Web Worker in the browser) running `dist/…/worker.js`. */
  createWorker(): WorkerLike;
  /**
   * Starts the project-config worker (`dist/config-worker.js`), which loads the project's ESLint config. Node only:
   * in the browser no workspace code runs, and the settings decide.
   */
  createConfigWorker?(): ConfigWorkerLike;
}

/** What is off in the browser, as the status bar's tooltip and the output channel say it. */
export const BROWSER_LIMITS =
  'In the browser: values are not followed into other files, installed package versions come from the workspace’s ' +
  'package.json files only, `.env` files are not checked against `.gitignore`, and the project’s ESLint config is ' +
  'not used.';
