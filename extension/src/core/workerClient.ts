// The host side of the lint worker: starts it on the first lint, keeps it running, queues one job per document (a
// newer request for the same document supersedes a queued one), serves editor lints before workspace-scan lints, and
// restarts a worker that dies or hangs. It queues the Microsoft Graph permissions jobs the same way. vscode-free: the
// worker is made by a factory, so tests can pass a fake one.
import type { GraphPermissionsReport } from 'eslint-plugin-zero-trust/permissions';

import type { LintOutcome } from './lint';
import type { JwtHoverInfo } from './hoverJwt';
import type { GraphJob, HoverJob, LintJob, WorkerRequest, WorkerResponse, WorkerStartup } from './protocol';
import type { WireOutcome } from './wire';

import { decodeOutcome } from './wire';

/** What a host's client needs of a worker (`worker_threads.Worker`, or a Web Worker adapted to it). */
export interface WorkerChannel<Request, Response> {
  postMessage(message: Request): void;
  on(event: 'message', listener: (message: Response) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
}

/** The lint worker, as the client talks to it. */
export type WorkerLike = WorkerChannel<WorkerRequest, WorkerResponse>;

export type LintReply =
  /** `startup`: on the first lint a worker answers, where its start-up time went. */
  | { status: 'done'; outcome: LintOutcome; startup?: WorkerStartup }
  /** A newer request for the same document replaced this one before it ran. */
  | { status: 'superseded' }
  | { status: 'failed'; error: string };

export type GraphReply =
  { status: 'done'; report: GraphPermissionsReport } | { status: 'superseded' } | { status: 'failed'; error: string };

export type HoverReply =
  { status: 'done'; hover: JwtHoverInfo | undefined } | { status: 'superseded' } | { status: 'failed'; error: string };

/** `interactive`: an open document (served first). `background`: the workspace scan. */
export type Priority = 'interactive' | 'background';

/** How a job ended, before it is read as the reply of its kind. */
type Settled =
  { status: 'answered'; message: WorkerResponse } | { status: 'superseded' } | { status: 'failed'; error: string };

interface Pending {
  key: string;
  job: LintJob | GraphJob | HoverJob;
  resolve: (settled: Settled) => void;
  /** Overrides the client's `timeoutMs` for this job. */
  timeoutMs?: number;
}

export interface WorkerClientOptions {
  /** A lint running longer than this is treated as hung: the worker is replaced. */
  timeoutMs?: number;
}

export class LintWorkerClient {
  private worker: WorkerLike | undefined;
  private generation = 0;
  private nextId = 1;
  private inFlight: (Pending & { id: number; timer: ReturnType<typeof setTimeout> | undefined }) | undefined;
  /** Hovers first (a newer one replaces a queued one), then open documents, then the workspace scan. */
  private readonly queues: Record<Priority | 'hover', Map<string, Pending>> = {
    hover: new Map(),
    interactive: new Map(),
    background: new Map(),
  };
  private disposed = false;
  private readonly timeoutMs: number;

  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly log: (line: string) => void,
    options: WorkerClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** Lints a job for a document key (its URI); resolves with the outcome, or why there is none. Never rejects. */
  async lint(key: string, job: LintJob, priority: Priority = 'interactive'): Promise<LintReply> {
    return readReply(await this.enqueue(key, job, priority), message =>
      'outcome' in message ? unpack(message.outcome, message.startup) : undefined,
    );
  }

  /**
   * Runs a Microsoft Graph permissions job under `key` (a newer job of the same key supersedes a queued one);
   * `timeoutMs` overrides the client's for this job (a workspace's analysis takes longer than one file's lint).
   */
  async graphPermissions(
    key: string,
    job: GraphJob,
    priority: Priority = 'background',
    timeoutMs?: number,
  ): Promise<GraphReply> {
    return readReply(await this.enqueue(key, job, priority, timeoutMs), message =>
      'report' in message ? { status: 'done', report: message.report } : undefined,
    );
  }

  /**
   * What the JWT verification call at a hovered offset checks, from the worker (which reuses its parse of the
   * document). Served before queued lints; a newer hover supersedes a queued one. Never rejects.
   */
  async hover(job: HoverJob): Promise<HoverReply> {
    return readReply(await this.enqueue('hover', job, 'hover'), message =>
      'hover' in message ? { status: 'done', hover: message.hover ?? undefined } : undefined,
    );
  }

  private enqueue(
    key: string,
    job: LintJob | GraphJob | HoverJob,
    priority: Priority | 'hover',
    timeoutMs?: number,
  ): Promise<Settled> {
    if (this.disposed) {
      return Promise.resolve({ status: 'failed', error: 'The linter has been shut down.' });
    }
    for (const queue of Object.values(this.queues)) {
      const previous = queue.get(key);
      if (previous) {
        queue.delete(key);
        previous.resolve({ status: 'superseded' });
      }
    }
    return new Promise<Settled>(resolve => {
      this.queues[priority].set(key, { key, job, resolve, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
      this.pump();
    });
  }

  /** Drops a queued job of a document (it closed). A running one finishes and the caller ignores it. */
  cancel(key: string): void {
    for (const queue of Object.values(this.queues)) {
      const pending = queue.get(key);
      if (pending) {
        queue.delete(key);
        pending.resolve({ status: 'superseded' });
      }
    }
  }

  /** Starts the worker now (at activation), so that it loads while the editor starts, before the first lint. */
  start(): void {
    if (this.disposed) {
      return;
    }
    try {
      this.ensureWorker();
    } catch {
      // The first job reports it.
    }
  }

  /** Replaces the worker (a command for a linter that misbehaves); queued jobs go to the new one. */
  restart(): void {
    this.stopWorker('The lint worker was restarted.');
    this.pump();
  }

  dispose(): void {
    this.disposed = true;
    this.stopWorker('The linter has been shut down.');
    for (const queue of Object.values(this.queues)) {
      for (const pending of queue.values()) {
        pending.resolve({ status: 'superseded' });
      }
      queue.clear();
    }
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) {
      return this.worker;
    }
    const generation = ++this.generation;
    const worker = this.createWorker();
    this.worker = worker;
    worker.on('message', message => {
      if (generation === this.generation) {
        this.onMessage(message);
      }
    });
    worker.on('error', error => {
      if (generation === this.generation) {
        this.onWorkerGone(`The lint worker failed: ${error?.stack ?? String(error)}`);
      }
    });
    worker.on('exit', code => {
      if (generation === this.generation) {
        this.onWorkerGone(`The lint worker stopped (exit code ${code}).`);
      }
    });
    return worker;
  }

  private pump(): void {
    if (this.inFlight || this.disposed) {
      return;
    }
    const queue =
      this.queues.hover.size > 0
        ? this.queues.hover
        : this.queues.interactive.size > 0
          ? this.queues.interactive
          : this.queues.background;
    const next = queue.values().next();
    if (next.done) {
      return;
    }
    const pending = next.value;
    queue.delete(pending.key);
    const id = this.nextId++;
    let worker: WorkerLike;
    try {
      worker = this.ensureWorker();
    } catch (error) {
      pending.resolve({ status: 'failed', error: `Could not start the lint worker: ${String(error)}` });
      this.pump();
      return;
    }
    const timeoutMs = pending.timeoutMs ?? this.timeoutMs;
    const job = pending.job;
    const what =
      'kind' in job
        ? job.kind === 'graph'
          ? 'The Microsoft Graph permissions analysis'
          : `The hover in ${job.filename}`
        : `Linting ${job.filename}`;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            this.log(`${what} took over ${timeoutMs} ms; restarting the lint worker.`);
            this.failInFlight(
              `${'kind' in job ? (job.kind === 'graph' ? 'The analysis' : 'The hover') : 'Linting'} took over ` +
                `${timeoutMs} ms and was stopped.`,
            );
            this.stopWorker();
            this.pump();
          }, timeoutMs)
        : undefined;
    this.inFlight = { ...pending, id, timer };
    try {
      worker.postMessage({ id, ...pending.job });
    } catch (error) {
      this.failInFlight(`Could not send the file to the lint worker: ${String(error)}`);
      this.pump();
    }
  }

  private onMessage(message: WorkerResponse): void {
    const inFlight = this.inFlight;
    if (!message || !inFlight || message.id !== inFlight.id) {
      return;
    }
    clearTimeout(inFlight.timer);
    this.inFlight = undefined;
    inFlight.resolve({ status: 'answered', message });
    this.pump();
  }

  private onWorkerGone(reason: string): void {
    this.worker = undefined;
    this.generation++;
    if (this.disposed) {
      return;
    }
    this.log(`${reason} It restarts with the next lint.`);
    this.failInFlight(reason);
    this.pump();
  }

  private failInFlight(error: string): void {
    const inFlight = this.inFlight;
    if (inFlight) {
      clearTimeout(inFlight.timer);
      this.inFlight = undefined;
      inFlight.resolve({ status: 'failed', error });
    }
  }

  private stopWorker(reason?: string): void {
    const worker = this.worker;
    this.worker = undefined;
    this.generation++;
    if (reason) {
      this.failInFlight(reason);
    }
    if (worker) {
      try {
        void worker.terminate();
      } catch {
        // Already gone.
      }
    }
  }
}

/**
 * A job's reply of its kind: superseded or failed as it ended, the worker's error, or what `read` makes of the
 * answer (`undefined`: an answer of another kind, which fails that job).
 */
function readReply<R>(
  settled: Settled,
  read: (message: Extract<WorkerResponse, { ok: true }>) => R | undefined,
): R | { status: 'superseded' } | { status: 'failed'; error: string } {
  if (settled.status !== 'answered') {
    return settled;
  }
  const message = settled.message;
  if (!message.ok) {
    return { status: 'failed', error: message.error };
  }
  return read(message) ?? { status: 'failed', error: 'The lint worker answered oddly.' };
}

/** The reply for a packed outcome; an answer that cannot be read fails that lint, not the client. */
function unpack(outcome: WireOutcome, startup: WorkerStartup | undefined): LintReply {
  try {
    return { status: 'done', outcome: decodeOutcome(outcome), ...(startup ? { startup } : {}) };
  } catch (error) {
    return { status: 'failed', error: `The lint worker's answer could not be read: ${String(error)}` };
  }
}
