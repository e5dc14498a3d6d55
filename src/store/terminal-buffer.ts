// The terminal's lines in a bounded ring outside React: appends are O(1); readers subscribe to a version number.

/** How many of a history's last lines the next `current` may repeat: the per-socket backlog of one update or two. */
const JOIN_WINDOW = 50;

/** The longest run that ends `tail` and starts `next`. */
function overlap(tail: readonly string[], next: readonly unknown[]): number {
  for (let k = Math.min(tail.length, next.length); k > 0; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = tail[tail.length - k + i] === next[i];
    if (same) return k;
  }
  return 0;
}

export class TerminalBuffer {
  private readonly ring: string[];
  private start = 0;
  private size = 0;
  private listeners = new Set<() => void>();
  /** Bumped on every change; React reads it with useSyncExternalStore. */
  version = 0;
  /** Lines ever received since the last reset, including those the ring has dropped. */
  received = 0;
  /** The end of the last `history`: the first `current` after it repeats lines that were waiting in its backlog. */
  private joinTail: readonly string[] | null = null;

  constructor(readonly capacity = 2000) {
    this.ring = new Array<string>(capacity);
  }

  get length(): number {
    return this.size;
  }

  append(lines: readonly unknown[]): void {
    const skip = this.joinTail ? overlap(this.joinTail, lines) : 0;
    this.joinTail = null;
    let added = 0;
    for (let i = skip; i < lines.length; i++) {
      const l = lines[i];
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
    this.joinTail = null;
    this.append(lines);
    if (this.received === 0) this.changed();
  }

  /**
   * A `history`'s lines: the next append drops the lines at its start that end this history (docs/octoprint-semantics.md
   * §3), unless it is the first on its connection (sent at registration, before the socket had a backlog to repeat).
   */
  resetFromHistory(lines: readonly unknown[], firstOnConnection = false): void {
    this.reset(lines);
    if (firstOnConnection) return;
    const tail = lines.slice(-JOIN_WINDOW).filter((l): l is string => typeof l === 'string');
    this.joinTail = tail.length ? tail : null;
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
