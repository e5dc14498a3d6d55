// Probes injected with page.addInitScript before the app loads: they watch the page from outside its code.
// React commits through a stand-in DevTools hook, `current` frames through a WebSocket subclass, chart draws through
// the hook the app's chart calls after each data draw (the naive page's data-points attribute), long tasks and long
// animation frames through PerformanceObserver, frame times through a rAF sampler, and click-to-next-frame through
// input listeners.

export interface PageProbeData {
  commits: number[];
  currentFrames: number[];
  currentMessages: number;
  draws: number[];
  points: number;
  /** When the chart first drew any point (ms since navigation start). */
  firstPointsAt: number | null;
  timeOrigin: number;
  longTasks: { start: number; duration: number }[];
  longFrames: { start: number; duration: number; blockingDuration: number }[];
  frames: number[];
  /** Messages received between consecutive frames, the most seen (the pending queue seen from outside). */
  maxPerFrame: number;
  /** The app's own pending count (render-cost meter, via its test API), the most seen at a frame; null without it. */
  maxPending: number | null;
  clicks: number[];
  liveAt: number[];
}

declare global {
  interface Window {
    __bench: PageProbeData & { startFrames(): void; stopFrames(): void; watchLink(): void };
  }
}

/** Runs in the page (serialized by Playwright): it must not reference anything outside its own body. */
export function installPageProbes(): void {
  const now = () => performance.now();
  let sinceFrame = 0;
  let sampling = false;
  const b: Window['__bench'] = {
    commits: [],
    currentFrames: [],
    currentMessages: 0,
    draws: [],
    points: 0,
    firstPointsAt: null,
    timeOrigin: performance.timeOrigin,
    longTasks: [],
    longFrames: [],
    frames: [],
    maxPerFrame: 0,
    maxPending: null,
    clicks: [],
    liveAt: [],
    startFrames() {
      if (sampling) return;
      sampling = true;
      sinceFrame = 0;
      let last = 0;
      const tick = (t: number) => {
        if (!sampling) return;
        if (last) b.frames.push(t - last);
        last = t;
        if (sinceFrame > b.maxPerFrame) b.maxPerFrame = sinceFrame;
        const app = window.__octoprintLiveTest;
        if (app) b.maxPending = Math.max(b.maxPending ?? 0, app.pending());
        sinceFrame = 0;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      sampling = false;
    },
    watchLink() {
      let wasLive = false;
      const check = () => {
        const el = document.querySelector('[data-testid="link-state"]');
        const live = el?.textContent === 'Live';
        if (live && !wasLive) b.liveAt.push(Date.now());
        wasLive = live;
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
      check();
    },
  };
  window.__bench = b;

  // React calls these from production builds too (that is how the DevTools extension attaches).
  const hook = {
    renderers: new Map<number, unknown>(),
    supportsFiber: true,
    isDisabled: false,
    inject(renderer: unknown) {
      const id = hook.renderers.size + 1;
      hook.renderers.set(id, renderer);
      return id;
    },
    onCommitFiberRoot() {
      b.commits.push(now());
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    setStrictMode() {},
    checkDCE() {},
  };
  (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = hook;

  const Native = window.WebSocket;
  class ProbedWebSocket extends Native {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      // Named: each call is a FunctionCall `benchMessage` in a CDP trace, the message's arrival there (cdp-trace.ts).
      // No performance.mark: under tracing one cost 0.2 ms at 1×, 4 % of the page's own time while printing.
      // The probe's own time counts as the page's in every per-second row: `e.data` is read once (each read of a
      // MessageEvent's text can hand out a fresh string) and only frames of messages are searched.
      this.addEventListener('message', function benchMessage(e: MessageEvent) {
        const data: unknown = e.data;
        if (typeof data !== 'string' || data.charCodeAt(0) !== 97 || data.charCodeAt(1) !== 91) return;
        let n = 0;
        for (let at = data.indexOf('{"current":', 2); at >= 0; at = data.indexOf('{"current":', at + 11)) n++;
        if (n === 0) return;
        b.currentFrames.push(now());
        b.currentMessages += n;
        sinceFrame += n;
      });
    }
  }
  window.WebSocket = ProbedWebSocket;

  const drawn = (points: number) => {
    b.draws.push(now());
    b.points = points;
    if (points > 0 && b.firstPointsAt === null) b.firstPointsAt = now();
  };
  // The app's chart calls this hook after each data draw (no DOM write of its own); the naive page sets data-points.
  window.__octoprintLiveChartDrawn = drawn;
  new MutationObserver((records) => {
    for (const r of records) drawn(Number((r.target as HTMLElement).dataset.points ?? 0));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-points'] });

  for (const type of ['longtask', 'long-animation-frame']) {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.entryType === 'longtask') b.longTasks.push({ start: e.startTime, duration: e.duration });
          else
            b.longFrames.push({
              start: e.startTime,
              duration: e.duration,
              blockingDuration: (e as unknown as { blockingDuration: number }).blockingDuration,
            });
        }
      }).observe({ type, buffered: true });
    } catch {
      // Not supported in this browser: the report says so through empty lists and the browser version.
    }
  }

  addEventListener(
    'pointerdown',
    (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => b.clicks.push(now() - t0), 0));
    },
    true,
  );
}
