// The socket's timers: a replaceable one-shot slot (connect timeout, reconnect wait) and the liveness watchdog.

/** One pending timeout at most: set() replaces the previous one, clear() cancels it. */
export class TimerSlot {
  private handle: ReturnType<typeof setTimeout> | null = null;

  set(ms: number, fn: () => void): void {
    this.clear();
    this.handle = setTimeout(() => {
      this.handle = null;
      fn();
    }, ms);
  }

  clear(): void {
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
  }

  get active(): boolean {
    return this.handle !== null;
  }
}

/**
 * socket.io-style liveness: every frame or heartbeat feeds it; silence longer than the timeout calls onDead once.
 * Feeding only records the time; the single timer re-arms itself for the remainder, so a busy link costs no timers.
 */
export class Watchdog {
  lastFeedAt = 0;
  private readonly slot = new TimerSlot();

  constructor(
    private readonly timeoutMs: number,
    private readonly onDead: () => void,
  ) {}

  feed(): void {
    this.lastFeedAt = Date.now();
    if (!this.slot.active) this.slot.set(this.timeoutMs, () => this.check());
  }

  stop(): void {
    this.slot.clear();
  }

  private check(): void {
    const silent = Date.now() - this.lastFeedAt;
    if (silent < this.timeoutMs) this.slot.set(this.timeoutMs - silent, () => this.check());
    else this.onDead();
  }
}
