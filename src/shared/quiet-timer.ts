// A timeout that fires once a stream of pokes has been quiet for its delay, without a timer call per poke.

/**
 * `poke()` only records the time; the one pending timeout re-arms itself for what remains when it finds a later poke.
 * A clear and a set on every message cost the page more than the message's own store write (about 30 µs each at
 * full speed, inside the update the meter prices); this costs a timeout a delay while pokes keep coming.
 */
export class QuietTimer {
  private handle: ReturnType<typeof setTimeout> | null = null;
  private last = 0;

  constructor(
    private readonly delayMs: number,
    private readonly fire: () => void,
  ) {}

  poke(): void {
    this.last = Date.now();
    if (this.handle === null) this.arm(this.delayMs);
  }

  /** When the last poke came (epoch ms), 0 before the first. */
  get lastPoke(): number {
    return this.last;
  }

  cancel(): void {
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
  }

  private arm(ms: number): void {
    this.handle = setTimeout(() => {
      this.handle = null;
      const quiet = Date.now() - this.last;
      if (quiet < this.delayMs) this.arm(this.delayMs - quiet);
      else this.fire();
    }, ms);
  }
}
