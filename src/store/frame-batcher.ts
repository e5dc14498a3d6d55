// Coalesces bursts of messages into one apply per animation frame; falls back to a timer while the tab is hidden.

export interface FrameScheduler {
  request(cb: () => void): () => void;
}

export const browserScheduler: FrameScheduler = {
  request(cb) {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      cb();
    };
    // rAF never fires in a hidden tab; the timer keeps data (and nothing visual) flowing there.
    const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : 0;
    const timer = setTimeout(run, 250);
    return () => {
      done = true;
      if (raf) cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  },
};

export class FrameBatcher<T> {
  private queue: T[] = [];
  private cancel: (() => void) | null = null;
  /** Highest queue length seen: the pending-count figure of the HUD. */
  maxPending = 0;

  constructor(
    private readonly apply: (items: T[]) => void,
    private readonly scheduler: FrameScheduler = browserScheduler,
  ) {}

  push(item: T): void {
    this.queue.push(item);
    if (this.queue.length > this.maxPending) this.maxPending = this.queue.length;
    this.cancel ??= this.scheduler.request(() => this.flush());
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Applies everything queued now (used before a `history` so order is kept). */
  flush(): void {
    this.cancel?.();
    this.cancel = null;
    if (this.queue.length === 0) return;
    const items = this.queue;
    this.queue = [];
    this.apply(items);
  }

  dispose(): void {
    this.cancel?.();
    this.cancel = null;
    this.queue = [];
  }
}
