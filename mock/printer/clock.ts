// The virtual printer's clock: real time scaled by --speed, so a long print or a day-long soak runs in minutes.

export class PrinterClock {
  private realStart = Date.now();
  private epochStart: number;

  /** The server clock's step from the simulated time (a Raspberry Pi without a real-time clock, then NTP). */
  offsetMs = 0;

  constructor(
    public speed = 1,
    epochStart = Date.now(),
  ) {
    this.epochStart = epochStart;
  }

  /** The simulation's own time in epoch milliseconds: monotonic, so a clock step neither stalls nor races it. */
  simNow(): number {
    return this.epochStart + (Date.now() - this.realStart) * this.speed;
  }

  /** Runs on at `speed` from now: the simulated time so far is kept, so nothing jumps (a bench fills a chart window
   * fast, then measures a print in real time). */
  setSpeed(speed: number): void {
    this.epochStart = this.simNow();
    this.realStart = Date.now();
    this.speed = speed;
  }

  /** The server's clock in epoch milliseconds, as serverTime, temperature times and markings report it. */
  now(): number {
    return this.simNow() + this.offsetMs;
  }

  /** Steps the server's clock by `seconds` (negative: back). */
  step(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }

  /** Printer time in epoch seconds (float), like OctoPrint's serverTime. */
  seconds(): number {
    return this.now() / 1000;
  }
}

/** A small seeded PRNG (mulberry32) so runs with the same --seed repeat. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
