// A timeout that fires once a stream of pokes has been quiet for its delay, without a timer call per poke.

/**
 * `poke()` only records the time; the one pending timeout re-arms itself for what remains when it finds a later poke.
 * A clear and a set on every message cost the page more than the message's own store write (about 30 µs each at
 * full speed, inside the update the meter prices); this costs a timeout a delay while pokes keep coming.
 *
 * `lateMs` lets the callback run up to that much after its delay. Without it, pokes every half second against a
 * one-second delay wake the timer every half second (each wake finds a poke half a delay old and re-arms for the
 * other half): a task of its own each time, which cost the page more than the calls it saved. A re-arm adds
 * `lateMs`, so a wake comes at most once per delay plus `lateMs` less the pokes' spacing. A function is asked at each
 * re-arm (a lateness that is fine in one state may not be in another).
 */
export class QuietTimer {
  private handle: ReturnType<typeof setTimeout> | null = null;
  private last = 0;

  constructor(
    private readonly delayMs: number,
    private readonly fire: () => void,
    private readonly lateMs: number | (() => number) = 0,
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
      if (quiet < this.delayMs)
        this.arm(this.delayMs - quiet + (typeof this.lateMs === 'number' ? this.lateMs : this.lateMs()));
      else this.fire();
    }, ms);
  }
}
