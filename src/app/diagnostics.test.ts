// The diagnostics hook and the liveness knob exist only with ?diagnostics=1, and hand out copies only.
import { describe, expect, it } from 'vitest';
import { OctoPrintSocket } from '../octoprint/socket-client.ts';
import { createDashboardStore } from '../store/dashboard-store.ts';
import { TemperatureSeries } from '../store/temperature-series.ts';
import { createDiagnostics, diagnosticsEnabled, livenessOverride } from './diagnostics.ts';

const q = (s: string) => new URLSearchParams(s);

describe('diagnostics', () => {
  it('is enabled only by diagnostics=1', () => {
    expect(diagnosticsEnabled(q('?diagnostics=1'))).toBe(true);
    expect(diagnosticsEnabled(q('?diagnostics=true'))).toBe(false);
    expect(diagnosticsEnabled(q(''))).toBe(false);
    expect(diagnosticsEnabled(null)).toBe(false);
  });

  it('takes the liveness knob only with diagnostics, and only a sane value', () => {
    expect(livenessOverride(q('?livenessTimeout=3000'))).toBeUndefined();
    expect(livenessOverride(q('?diagnostics=1&livenessTimeout=3000'))).toBe(3000);
    expect(livenessOverride(q('?diagnostics=1&livenessTimeout=10'))).toBeUndefined();
    expect(livenessOverride(q('?diagnostics=1&livenessTimeout=abc'))).toBeUndefined();
  });

  it('reports copies: changing them changes nothing in the page', () => {
    const series = new TemperatureSeries();
    series.append([{ time: 10, heaters: { tool0: { actual: 20, target: 0 } } }]);
    const socket = new OctoPrintSocket({ watchWindow: false });
    const d = createDiagnostics(socket, createDashboardStore(), series);
    const s = d.series();
    expect(s).toMatchObject({ times: [10], heaters: { tool0: { actual: [20], target: [0] } } });
    s.times[0] = 99;
    s.counts.accepted = 99;
    expect(series.times[0]).toBe(10);
    expect(series.counts.accepted).toBe(1);
    const k = d.socket();
    k.stats.received = 99;
    expect(socket.stats.received).toBe(0);
    expect(Object.isFrozen(d)).toBe(true);
    expect(JSON.stringify(d.store())).not.toMatch(/api.?key/i);
  });
});
