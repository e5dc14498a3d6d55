// The terminal's lines in a bounded ring outside React: appends are O(1); readers subscribe to a version number.

export class TerminalBuffer {
  private readonly ring: string[];
  private start = 0;
  private size = 0;
  private listeners = new Set<() => void>();
  /** Bumped on every change; React reads it with useSyncExternalStore. */
  version = 0;
  /** Lines ever received since the last reset, including those the ring has dropped. */
  received = 0;

  constructor(readonly capacity = 2000) {
    this.ring = new Array<string>(capacity);
  }

  get length(): number {
    return this.size;
  }

  append(lines: readonly unknown[]): void {
    let added = 0;
    for (const l of lines) {
      if (typeof l !== 'string') continue;
      const end = (this.start + this.size) % this.capacity;
      this.ring[end] = l;
      if (this.size < this.capacity) this.size++;
      else this.start = (this.start + 1) % this.capacity;
      added++;
    }
    if (added === 0) return;
    this.received += added;
    this.changed();
  }

  /** Replaces the content, e.g. with a fresh `history` (which repeats OctoPrint's last 300 lines). */
  reset(lines: readonly unknown[] = []): void {
    this.start = 0;
    this.size = 0;
    this.received = 0;
    this.append(lines);
    if (this.received === 0) this.changed();
  }

  lines(): string[] {
    const out = new Array<string>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.ring[(this.start + i) % this.capacity] as string;
    return out;
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  getVersion = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const fn of this.listeners) fn();
  }
}
