// When an open document is linted as it changes: the policy that keeps the wait after the last keystroke close to
// one lint's time. vscode-free; time comes from an injected clock, so the tests run on a fake one.
//
// Per document:
// - Leading edge: a change to a document whose lint pipeline is idle lints at once, unless keys are coming faster
//   than the document lints (below).
// - Coalescing: changes that arrive while a lint of the document runs become one follow-up lint, which starts when
//   that lint finishes. There is never more than one lint of a document running, nor more than one waiting.
// - Adaptive delay: a lint started while keys keep coming is soon stale, and the lint of the final text then waits
//   for it. So a change waits (and each further change restarts the wait) only while the document's keys come
//   faster than its lints take; the wait is two intervals between keys (long enough to see whether another comes)
//   but at least a quarter of a lint (a stale lint costs a whole one, and keys do not come evenly), at most half a
//   lint, and at most `maxDelayMs` (`zeroTrust.lintDelayMs`; 0 = never wait). A document whose lints are quick
//   (under `FAST_LINT_MS`) never waits: a stale lint costs it less than a wait would.

/** What the scheduler needs of a document: its URI, as the key of its state. */
export interface SchedulableDocument {
  readonly uri: { toString(): string };
}

/** The time and timers the scheduler uses (`performance.now` and the global timers by default). */
export interface SchedulerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: SchedulerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: handle => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Lints that take less than this never wait for keys to stop. */
const FAST_LINT_MS = 100;
/** A change more than this after the previous one starts a new burst of typing (its interval is not known yet). */
const BURST_GAP_MS = 1000;

interface DocumentState<Document> {
  document: Document;
  /** The running lint, if any; resolves when it has finished. */
  running: Promise<void> | undefined;
  /** A change arrived while the lint ran: lint again when it finishes. */
  followUp: 'none' | 'typed' | 'now';
  /** The timer of a lint waiting for keys to stop. */
  timer: unknown;
  /** Callers waiting for the next lint to start and finish (`lintNow` while one runs). */
  waiters: (() => void)[];
  /** When the last change arrived. */
  lastChange: number | undefined;
  /**
   * The interval between keys in the current burst: a decaying maximum of the gaps (each key halves the old one),
   * so that keys the editor delivers in clumps are not taken for faster typing than they are.
   */
  keyIntervalMs: number | undefined;
  /**
   * The document's lint time: the longer of its last two counted lints (start to finish, queueing included). Not
   * counted: the document's first lint (a full parse, perhaps a cold worker), and lints whose `run` said `false`.
   */
  lintMs: number | undefined;
  /** How long the last counted lint took. */
  lastLintMs: number | undefined;
  /** How many counted lints of the document have finished. */
  lints: number;
}

export class LintScheduler<Document extends SchedulableDocument> {
  private readonly states = new Map<string, DocumentState<Document>>();
  private disposed = false;

  /**
   * `maxDelayMs` is read on every change, so a setting change applies at once. `run` lints the document and resolves
   * when it is done (a rejection counts as done), with `false` when the lint's time is not the document's lint cost
   * (text that does not parse lints in a few milliseconds, as no rule runs; a skipped or replaced lint).
   */
  constructor(
    private readonly maxDelayMs: () => number,
    private readonly run: (document: Document) => Promise<boolean | void> | boolean | void,
    private readonly clock: SchedulerClock = systemClock,
  ) {}

  /**
   * A change of the document (typing): lints it at once, after a short wait while keys keep coming, or when its
   * running lint finishes. With `immediate` (opened, saved, settings changed) it lints at once or right after the
   * running lint, never waiting for keys.
   */
  schedule(document: Document, options: { immediate?: boolean } = {}): void {
    if (options.immediate) {
      void this.lintNow(document);
      return;
    }
    if (this.disposed) {
      return;
    }
    const state = this.stateOf(document);
    const now = this.clock.now();
    const gap = state.lastChange === undefined ? Infinity : now - state.lastChange;
    state.lastChange = now;
    state.keyIntervalMs =
      gap > BURST_GAP_MS ? undefined : state.keyIntervalMs === undefined ? gap : Math.max(gap, state.keyIntervalMs / 2);
    if (state.running) {
      if (state.followUp === 'none') {
        state.followUp = 'typed';
      }
      return;
    }
    this.clearTimer(state);
    const delay = this.delayOf(state);
    if (delay <= 0) {
      this.start(state);
    } else {
      state.timer = this.clock.setTimeout(() => {
        state.timer = undefined;
        this.start(state);
      }, delay);
    }
  }

  /**
   * Lints the document now, or right after its running lint; resolves when a lint that started after this call has
   * finished (or the document's scheduling was cancelled).
   */
  lintNow(document: Document): Promise<void> {
    if (this.disposed) {
      return Promise.resolve();
    }
    const state = this.stateOf(document);
    this.clearTimer(state);
    return new Promise(resolve => {
      state.waiters.push(resolve);
      if (state.running) {
        state.followUp = 'now';
      } else {
        this.start(state);
      }
    });
  }

  /** How long a change of the document would wait now before its lint starts (0: at once). */
  delayFor(key: string): number {
    const state = this.states.get(key);
    return state ? this.delayOf(state) : 0;
  }

  /** The document's measured lint time (the longer of its last two lints, not its first), once known. */
  lintTimeOf(key: string): number | undefined {
    return this.states.get(key)?.lintMs;
  }

  /** Forgets a document (it closed): drops its waiting lint; a running one finishes and starts nothing. */
  cancel(key: string): void {
    const state = this.states.get(key);
    if (state) {
      this.clearTimer(state);
      this.states.delete(key);
      this.release(state);
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const key of [...this.states.keys()]) {
      this.cancel(key);
    }
  }

  private stateOf(document: Document): DocumentState<Document> {
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = {
        document,
        running: undefined,
        followUp: 'none',
        timer: undefined,
        waiters: [],
        lastChange: undefined,
        keyIntervalMs: undefined,
        lintMs: undefined,
        lastLintMs: undefined,
        lints: 0,
      };
      this.states.set(key, state);
    }
    state.document = document;
    return state;
  }

  private delayOf(state: DocumentState<Document>): number {
    const { lintMs, keyIntervalMs } = state;
    if (lintMs === undefined || lintMs < FAST_LINT_MS || keyIntervalMs === undefined || keyIntervalMs >= lintMs) {
      return 0;
    }
    return Math.max(0, Math.min(this.maxDelayMs(), lintMs / 2, Math.max(2 * keyIntervalMs, lintMs / 4)));
  }

  private start(state: DocumentState<Document>): void {
    state.followUp = 'none';
    const waiters = state.waiters.splice(0);
    const started = this.clock.now();
    let result: Promise<boolean | void> | boolean | void;
    try {
      result = this.run(state.document);
    } catch {
      result = false;
    }
    const running = Promise.resolve(result).then(
      counted => counted !== false,
      () => false,
    );
    state.running = running.then(() => undefined);
    void running.then(counted => {
      const elapsed = this.clock.now() - started;
      if (counted && state.lints++ > 0) {
        state.lintMs = Math.max(elapsed, state.lastLintMs ?? elapsed);
        state.lastLintMs = elapsed;
      }
      state.running = undefined;
      for (const resolve of waiters) {
        resolve();
      }
      if (this.states.get(state.document.uri.toString()) !== state) {
        this.release(state);
        return; // Cancelled while it ran.
      }
      this.afterLint(state);
    });
  }

  /** A lint finished: start the follow-up at once, or when keys have paused for the delay. */
  private afterLint(state: DocumentState<Document>): void {
    const followUp = state.followUp;
    if (followUp === 'none') {
      return;
    }
    const waited = state.lastChange === undefined ? Infinity : this.clock.now() - state.lastChange;
    const remaining = followUp === 'now' ? 0 : this.delayOf(state) - waited;
    if (remaining <= 0) {
      this.start(state);
      return;
    }
    state.timer = this.clock.setTimeout(() => {
      state.timer = undefined;
      this.start(state);
    }, remaining);
  }

  private clearTimer(state: DocumentState<Document>): void {
    if (state.timer !== undefined) {
      this.clock.clearTimeout(state.timer);
      state.timer = undefined;
    }
  }

  /** Resolves the callers waiting on a document that is no longer scheduled. */
  private release(state: DocumentState<Document>): void {
    for (const resolve of state.waiters.splice(0)) {
      resolve();
    }
  }
}
