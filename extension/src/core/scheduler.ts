// Per-document debounce (the decorator-sample idiom: clear, then set a timer), one timer per document URI.

/** What the scheduler needs of a document: its URI, as the key of its timer. */
export interface SchedulableDocument {
  readonly uri: { toString(): string };
}

export class LintScheduler<Document extends SchedulableDocument> {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly delayMs: () => number,
    private readonly run: (document: Document) => void,
  ) {}

  /** Lints the document after the debounce delay (restarting it), or right away with `immediate`. */
  schedule(document: Document, options: { immediate?: boolean } = {}): void {
    const key = document.uri.toString();
    this.cancel(key);
    const delay = options.immediate ? 0 : this.delayMs();
    if (delay <= 0) {
      this.run(document);
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.run(document);
      }, delay),
    );
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) {
      clearTimeout(timer);
      this.timers.delete(key);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    this.timers.clear();
  }
}
