import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What the pass needs of a subscribing rule's context: the rule's id (for messages) and the file being linted. */
export interface PassContext {
  readonly id: string;
  readonly sourceCode: SourceCode;
}

/** A subscriber's handlers, by channel: each is called with the values the pass hands over on that channel. */
export type PassHandlers = { readonly [channel: string]: ((...args: never[]) => void) | undefined };

/** The side of one lint's pass that its listeners use: hands values to the subscribers. */
interface PassRun<H extends PassHandlers> {
  /**
   * Calls every subscriber's handler for `channel` with the arguments, in the order the rules subscribed. Each call
   * is guarded on its own: a handler that throws stops that subscriber alone (see `defineSharedPass`).
   */
  emit<K extends keyof H & string>(channel: K, ...args: Parameters<NonNullable<H[K]>>): void;
  /** Whether a subscriber still running has a handler for `channel` (to skip work nobody asked for). */
  listening(channel: keyof H & string): boolean;
}

export interface SharedPassDefinition<H extends PassHandlers> {
  /** What the pass finds, for error messages (`named values`). */
  name: string;
  /**
   * The listeners that do the shared work for one lint of `sourceCode` and hand their results to `run.emit`. Called
   * once per lint, when the first rule subscribes; its state lives as long as that lint.
   */
  listeners(sourceCode: SourceCode, run: PassRun<H>): TSESLint.RuleListener;
}

export interface SharedPass<H extends PassHandlers> {
  /**
   * Subscribes a rule to the pass for the file its context lints. Call it from `create`, once per rule, and return
   * the listeners it gives (or merge them with your own: `mergeListeners`; never spread your own over them).
   */
  subscribe(context: PassContext, handlers: H): TSESLint.RuleListener;
  /** Whether a lint of `sourceCode` is still being set up with this pass (for tests: nothing is left after a lint). */
  isPending(sourceCode: SourceCode): boolean;
}

/** One rule's subscription to one lint's pass. */
interface Subscriber {
  readonly id: string;
  /** Position in subscription order, which is also the order ESLint calls the rules' listeners in. */
  readonly index: number;
  /** Set when its handler threw or the host stopped calling its listeners: no handler of it is called again. */
  stopped: boolean;
  /** An error to throw from the subscriber's own listener, the next time the host calls one. */
  failure: unknown;
}

interface Entry {
  readonly subscriber: Subscriber;
  readonly handler: (a: unknown, b: unknown, c: unknown) => void;
}

/** The last node a selector's listener was called for: the carriers of the other subscribers skip it. */
interface Slot {
  node: unknown;
}

/** A selector the carriers listen to, with the pass's own listener for it and its slot. */
interface Carried {
  readonly selector: string;
  /** Dropped when the lint is over, with the pass's state it holds. */
  listener: ((node: TSESTree.Node) => void) | undefined;
  readonly slot: Slot;
}

const NO_ENTRIES: readonly Entry[] = Object.freeze([]);

/**
 * How many subscribers carry the pass's listeners. Two, so that the pass goes on when the host stops calling one
 * failed rule (see `Run.carrier`); each carrier more costs every node of the pass's selectors one more call.
 */
const CARRIERS = 2;

/** The selectors every subscriber carries: the lint's start and end. */
const LIFECYCLE = ['Program', 'Program:exit'];

/** Whether ESLint is timing each rule (`TIMING=…`), read once as ESLint itself does. */
let separate = typeof process === 'object' && typeof process.env === 'object' && !!process.env.TIMING;

/**
 * Runs each subscriber's pass on its own (`true`, what `TIMING` does) or shares one pass per lint (`false`). For
 * tests; not part of the plugin's configuration.
 */
export function setSeparatePasses(on: boolean): void {
  separate = on;
}

/**
 * One lint's pass: its subscribers, the listeners that do the work, and which subscriber carries them.
 */
class Run<H extends PassHandlers> {
  readonly subscribers: Subscriber[] = [];
  /** Subscribers' handlers by channel, in subscription order. */
  private channels = new Map<string, Entry[]>();
  /** How many subscribers still running have a handler, by channel. */
  private live = new Map<string, number>();
  /** The selectors the pass's carriers listen to, with the pass's listeners, made at the first subscription. */
  private selectors: readonly Carried[] | undefined;
  /** The first subscriber whose listeners the host may still call: those before it have stopped. */
  private lead = 0;
  /** The event being handled, for saying where a handler threw. */
  private selector = '';
  private node: unknown;
  /** Set when the pass's own listener threw: it does nothing more in this lint. */
  private failed = false;

  constructor(
    private readonly definition: SharedPassDefinition<H>,
    private readonly sourceCode: SourceCode,
    /** Called when the lint's traversal begins: no rule subscribes to this run any more. */
    private readonly onStart: () => void,
  ) {}

  /** `PassRun.emit`, with the (at most three) arguments as parameters rather than an array made per call. */
  emit(channel: string, a?: unknown, b?: unknown, c?: unknown): void {
    const entries = this.channels.get(channel) ?? NO_ENTRIES;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.subscriber.stopped) {
        continue;
      }
      try {
        entry.handler(a, b, c);
      } catch (error) {
        this.stop(
          entry.subscriber,
          annotate(
            error,
            `rule "${entry.subscriber.id}" failed on a value of the shared pass "${this.definition.name}" ` +
              `(${this.where()})`,
          ),
        );
      }
    }
  }

  listening(channel: string): boolean {
    return (this.live.get(channel) ?? 0) > 0;
  }

  /**
   * Makes the pass's listeners for this lint (at the first subscription): the selectors to carry, the lifecycle
   * ones first, each with the pass's listener (if it has one) and its slot.
   */
  private start(): readonly Carried[] {
    const listeners = this.definition.listeners(this.sourceCode, this as unknown as PassRun<H>);
    const carried: Carried[] = [];
    for (const selector of new Set([...LIFECYCLE, ...Object.keys(listeners)])) {
      const listener = listeners[selector as keyof TSESLint.RuleListener] as unknown;
      carried.push({
        selector,
        listener: typeof listener === 'function' ? (listener as (node: TSESTree.Node) => void) : undefined,
        slot: { node: undefined },
      });
    }
    return carried;
  }

  /** Adds a rule's handlers; returns the listeners it is to return to ESLint. */
  subscribe(id: string, handlers: H): TSESLint.RuleListener {
    const subscriber: Subscriber = { id, index: this.subscribers.length, stopped: false, failure: undefined };
    this.subscribers.push(subscriber);
    for (const [channel, handler] of Object.entries(handlers)) {
      if (typeof handler === 'function') {
        let entries = this.channels.get(channel);
        if (!entries) {
          entries = [];
          this.channels.set(channel, entries);
        }
        entries.push({ subscriber, handler: handler as Entry['handler'] });
        this.live.set(channel, (this.live.get(channel) ?? 0) + 1);
      }
    }
    const selectors = (this.selectors ??= this.start());
    const carriers: Record<string, (node: TSESTree.Node) => void> = {};
    // Every subscriber carries `Program` and `Program:exit` (where a failure is rethrown at the latest); the pass's
    // other selectors are carried by the first `CARRIERS` subscribers only.
    const count = subscriber.index < CARRIERS ? selectors.length : LIFECYCLE.length;
    for (let i = 0; i < count; i++) {
      carriers[selectors[i]!.selector] = this.carrier(subscriber, selectors[i]!);
    }
    return carriers as TSESLint.RuleListener;
  }

  /**
   * The listener a subscriber returns for one selector. The first `CARRIERS` subscribers have one for each of the
   * pass's selectors, so that the pass goes on when the host stops calling a rule that failed (the extension stops
   * every listener of a rule that threw); the first of them called for a node does the work, the others see the
   * node was handled and return. Every subscriber has one for `Program` and `Program:exit`.
   */
  private carrier(subscriber: Subscriber, carried: Carried): (node: TSESTree.Node) => void {
    const { selector, slot } = carried;
    return (node: TSESTree.Node): void => {
      if (slot.node !== node) {
        slot.node = node;
        if (subscriber.index > this.lead) {
          // ESLint calls the rules' listeners in the order the rules were created, which is the order they
          // subscribed: the subscribers before this one were not called for this node, so the host stopped them.
          this.stopBefore(subscriber.index);
        }
        this.selector = selector;
        this.node = node;
        if (selector === 'Program') {
          this.onStart();
        }
        const listener = carried.listener;
        if (listener && !this.failed) {
          try {
            listener(node);
          } catch (error) {
            this.fail(annotate(error, `the shared pass "${this.definition.name}" failed (${this.where()})`));
          }
        }
        if (selector === 'Program:exit') {
          this.release();
        }
      }
      if (subscriber.failure !== undefined) {
        const failure = subscriber.failure;
        subscriber.failure = undefined;
        throw failure;
      }
    };
  }

  private where(): string {
    const loc = (this.node as Partial<TSESTree.Node> | undefined)?.loc;
    return loc ? `${this.selector} at line ${loc.start.line}, column ${loc.start.column + 1}` : this.selector;
  }

  private stop(subscriber: Subscriber, failure: unknown): void {
    if (subscriber.stopped) {
      return;
    }
    subscriber.stopped = true;
    subscriber.failure = failure;
    for (const [channel, entries] of this.channels) {
      if (entries.some(entry => entry.subscriber === subscriber)) {
        this.live.set(channel, (this.live.get(channel) ?? 1) - 1);
      }
    }
  }

  private stopBefore(index: number): void {
    for (let i = this.lead; i < index; i++) {
      this.stop(this.subscribers[i]!, undefined);
    }
    this.lead = index;
  }

  /** The pass itself threw: every subscriber depends on it, so each rethrows the error. */
  private fail(error: unknown): void {
    this.failed = true;
    for (const subscriber of this.subscribers) {
      this.stop(subscriber, error);
    }
  }

  /** The lint is over: let go of the handlers and the pass's state (and through them, the file's syntax tree). */
  private release(): void {
    this.channels = new Map();
    this.live = new Map();
    for (const carried of this.selectors ?? []) {
      carried.listener = undefined;
    }
  }
}

/** Adds where it happened to an error's message (the error itself is rethrown, with its stack); wraps other values. */
function annotate(error: unknown, where: string): unknown {
  if (error instanceof Error) {
    error.message += `\n(${where})`;
    return error;
  }
  return new Error(`${String(error)}\n(${where})`, { cause: error });
}

/**
 * Defines analysis that several rules share within one lint: the work is done once per lint (one traversal's
 * worth of listeners, not one per rule) and each result is handed to every subscribing rule.
 *
 * Lifecycle. State is per lint of a `SourceCode`: ESLint creates every rule of a lint before it visits the first
 * node, so the rules that subscribe until then share one run; a new lint of the same `SourceCode` starts afresh. The
 * runs being set up are found through a `WeakMap` keyed by the `SourceCode`, whose entry goes as soon as the
 * traversal begins (`Program`): a `WeakMap` entry whose value reaches its key (the handlers reach the rules'
 * contexts, and those the `SourceCode`) keeps the file's syntax tree alive until the next full garbage collection.
 * At `Program:exit` the run lets go of the handlers and of the pass's state.
 *
 * Failures. Each subscriber's handler runs in its own try/catch. A handler that throws stops that subscriber alone:
 * the others keep getting every value. The error (the same object, its message saying which pass and which node) is
 * rethrown from a listener the failing rule itself registered, the next one the host calls (at the latest its
 * `Program:exit`), so that ESLint's `Rule: "…"` and the extension's per-rule guard both name that rule. The first
 * two subscribers return the pass's listeners (the others only its `Program` and `Program:exit`) and the first one
 * called for a node does the work: when the extension stops calling the listeners of a rule that threw (from its
 * own listener or from a handler), the other carrier carries the pass on, and the stopped rule's handlers are not
 * called again. (Should both carriers fail in one lint, the pass does no more per-node work until `Program:exit`,
 * and the other rules get what it found until then.) If the pass's own listener throws, every subscriber depends on
 * it: each rethrows that error and the pass does nothing more in that lint.
 *
 * Cost. The second carrier costs one call and one comparison per node of the pass's selectors; nothing is
 * allocated per node. The closures are made once per rule per lint.
 *
 * `TIMING`. When ESLint times rules (`TIMING` set in the environment), each subscriber gets a pass of its own, so
 * that each rule is charged exactly what it costs alone (the findings are the same). Charging the first subscriber
 * for all of it (as sharing would) makes the rule that happens to be first look slow and the others free, and
 * charging shares of it is not possible through ESLint's timer, which charges a listener's time to the rule that
 * registered it. The sum of the rules' times then counts the shared work once per rule: more than a lint without
 * `TIMING` costs.
 */
export function defineSharedPass<H extends PassHandlers>(definition: SharedPassDefinition<H>): SharedPass<H> {
  const pending = new WeakMap<SourceCode, Run<H>>();
  return {
    subscribe(context, handlers) {
      const { sourceCode } = context;
      if (separate) {
        return new Run(definition, sourceCode, () => {}).subscribe(context.id, handlers);
      }
      let run = pending.get(sourceCode);
      // A rule subscribes once per lint: a run it is already in belongs to an earlier lint that never began.
      if (!run || run.subscribers.some(subscriber => subscriber.id === context.id)) {
        const created: Run<H> = new Run(definition, sourceCode, () => {
          if (pending.get(sourceCode) === created) {
            pending.delete(sourceCode);
          }
        });
        run = created;
        pending.set(sourceCode, run);
      }
      return run.subscribe(context.id, handlers);
    },
    isPending(sourceCode) {
      return pending.has(sourceCode);
    },
  };
}
