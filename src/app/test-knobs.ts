// The test switch (`?test`) and the knobs that ride on it (`&renderLoad=MS`, `&livenessTimeout=MS`): without it
// the page takes no knob and loads no test API.
import { parseRenderLoad } from '../perf/render-load.ts';

export interface TestKnobs {
  renderLoadMs: number;
  /** Shortens the socket's 35 s liveness watchdog, so a silent link is found in seconds. */
  livenessTimeoutMs?: number;
}

/** The knobs when the page was opened with `?test`, else null (and every knob is ignored). */
export function testKnobs(search: string): TestKnobs | null {
  const params = new URLSearchParams(search);
  if (!params.has('test')) return null;
  const liveness = Number(params.get('livenessTimeout'));
  return {
    renderLoadMs: parseRenderLoad(search),
    ...(params.has('livenessTimeout') && Number.isFinite(liveness) && liveness >= 1000
      ? { livenessTimeoutMs: liveness }
      : {}),
  };
}
