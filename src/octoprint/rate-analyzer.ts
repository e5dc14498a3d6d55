// OctoPrint.socket's analyzeTiming: a sliding window of processing times against 500 ms × throttle (protocol §4).

export interface RateVerdict {
  verdict: 'too-high' | 'too-low' | 'ok';
  measured: number;
  limit: number;
}

export class RateAnalyzer {
  private window: number[] = [];

  constructor(
    private readonly size: number,
    private readonly baseMs: number,
  ) {}

  /** Adds one measurement taken at throttle `factor` and says whether the rate should change. */
  analyze(measurement: number, factor: number): RateVerdict {
    while (this.window.length >= this.size) this.window.shift();
    this.window.push(measurement);
    const limit = factor * this.baseMs;
    if (measurement > limit) return { verdict: 'too-high', measured: measurement, limit };
    if (factor > 1) {
      const max = Math.max(...this.window);
      const lower = (factor - 1) * this.baseMs;
      if (max < lower) return { verdict: 'too-low', measured: max, limit: lower };
    }
    return { verdict: 'ok', measured: measurement, limit };
  }

  reset(): void {
    this.window = [];
  }

  get samples(): readonly number[] {
    return this.window;
  }
}
