// Browser probes beside the meter: long tasks and long animation frames (with script attribution).

export interface LongFrameInfo {
  durationMs: number;
  blockingMs: number;
  /** Who ran the longest script in the frame (LoAF `scripts[]`: invoker and source), when the browser says. */
  script: string | null;
}

export interface ProbeStats {
  longTasks: number;
  longFrames: number;
  lastLongFrame: LongFrameInfo | null;
}

interface LoafScript {
  duration?: number;
  invoker?: string;
  sourceURL?: string;
  sourceFunctionName?: string;
}

/** The longest script of a LoAF entry as "invoker (source)". Exported for tests. */
export function attribute(scripts: readonly LoafScript[] | undefined): string | null {
  if (!scripts || scripts.length === 0) return null;
  const top = [...scripts].sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0))[0] as LoafScript;
  const where = [top.sourceFunctionName, top.sourceURL?.split('/').pop()].filter(Boolean).join(' @ ');
  return [top.invoker ?? 'script', where ? `(${where})` : ''].join(' ').trim();
}

/** Observes long tasks and long animation frames where supported (Chromium); elsewhere it stays at zero. */
export class LongFrameProbe {
  readonly stats: ProbeStats = { longTasks: 0, longFrames: 0, lastLongFrame: null };
  private observers: PerformanceObserver[] = [];

  start(): void {
    if (typeof PerformanceObserver === 'undefined') return;
    const types = PerformanceObserver.supportedEntryTypes ?? [];
    if (types.includes('longtask')) {
      this.observe('longtask', (list) => {
        this.stats.longTasks += list.getEntries().length;
      });
    }
    if (types.includes('long-animation-frame')) {
      this.observe('long-animation-frame', (list) => {
        for (const e of list.getEntries()) {
          const loaf = e as PerformanceEntry & { blockingDuration?: number; scripts?: LoafScript[] };
          this.stats.longFrames++;
          this.stats.lastLongFrame = {
            durationMs: loaf.duration,
            blockingMs: loaf.blockingDuration ?? 0,
            script: attribute(loaf.scripts),
          };
        }
      });
    }
  }

  stop(): void {
    for (const o of this.observers) o.disconnect();
    this.observers = [];
  }

  private observe(type: string, cb: PerformanceObserverCallback): void {
    try {
      const o = new PerformanceObserver(cb);
      o.observe({ type, buffered: false });
      this.observers.push(o);
    } catch {
      // An entry type the browser lists but refuses: the figure simply stays at zero.
    }
  }
}
