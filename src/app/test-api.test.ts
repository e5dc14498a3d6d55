// @vitest-environment jsdom
// The test API and its knobs exist only with ?test, and hand out copies only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OctoPrintSocket } from '../octoprint/socket-client.ts';
import type { MeterSample } from '../perf/render-meter.ts';
import { createDashboardStore } from '../store/dashboard-store.ts';
import { createPerfStore } from '../store/perf-store.ts';
import { TemperatureSeries } from '../store/temperature-series.ts';
import { createTestApi, installTestApi } from './test-api.ts';
import { testKnobs } from './test-knobs.ts';

function fakeMeter() {
  const listeners: ((s: MeterSample) => void)[] = [];
  return {
    pending: 3,
    onSample(l: (s: MeterSample) => void) {
      listeners.push(l);
      return () => {};
    },
    emit(costMs: number) {
      for (const l of listeners) l({ at: 0, costMs, frameMs: costMs, messages: 1, latencyMs: 0, frameIntervalMs: 16 });
    },
  };
}

function setup() {
  const series = new TemperatureSeries();
  series.append([{ time: 10, heaters: { tool0: { actual: 20, target: 0 } } }]);
  const socket = new OctoPrintSocket({ watchWindow: false });
  const meter = fakeMeter();
  const perfStore = createPerfStore();
  const api = createTestApi({ socket, store: createDashboardStore(), series, meter, perfStore });
  return { api, series, socket, meter, perfStore };
}

describe('test API', () => {
  afterEach(() => {
    delete window.__octoprintLiveTest;
  });

  it('is switched on by ?test alone, and its knobs only with it', () => {
    expect(testKnobs('')).toBeNull();
    expect(testKnobs('?renderLoad=50&livenessTimeout=3000')).toBeNull();
    expect(testKnobs('?diagnostics=1')).toBeNull();
    expect(testKnobs('?test')).toEqual({ renderLoadMs: 0 });
    expect(testKnobs('?test&renderLoad=50&livenessTimeout=3000')).toEqual({
      renderLoadMs: 50,
      livenessTimeoutMs: 3000,
    });
  });

  it('takes only a sane liveness timeout', () => {
    expect(testKnobs('?test&livenessTimeout=10')).toEqual({ renderLoadMs: 0 });
    expect(testKnobs('?test&livenessTimeout=abc')).toEqual({ renderLoadMs: 0 });
  });

  it('reports copies: changing them changes nothing in the page', () => {
    const { api, series, socket } = setup();
    const s = api.series();
    expect(s).toMatchObject({ times: [10], heaters: { tool0: { actual: [20], target: [0] } } });
    s.times[0] = 99;
    s.counts.accepted = 99;
    expect(series.times[0]).toBe(10);
    expect(series.counts.accepted).toBe(1);
    const k = api.socket();
    k.stats.received = 99;
    expect(socket.stats.received).toBe(0);
    expect(Object.isFrozen(api)).toBe(true);
    expect(JSON.stringify(api.store())).not.toMatch(/api.?key/i);
  });

  it("keeps the meter's cost samples and pending count for the bench", () => {
    const { api, meter } = setup();
    meter.emit(1.5);
    meter.emit(2.5);
    const costs = api.costs();
    expect(costs).toEqual([1.5, 2.5]);
    costs.push(9);
    expect(api.costs()).toHaveLength(2);
    expect(api.pending()).toBe(3);
  });

  it('sets the render-load knob within 0..2000 ms', () => {
    const { api, perfStore } = setup();
    api.setRenderLoad(150);
    expect(perfStore.getState().renderLoadMs).toBe(150);
    api.setRenderLoad(1e9);
    expect(perfStore.getState().renderLoadMs).toBe(2000);
    api.setRenderLoad(-5);
    expect(perfStore.getState().renderLoadMs).toBe(0);
  });

  it("pauses the recorder's tap, writing what it holds, and resumes the same tap", () => {
    const series = new TemperatureSeries();
    const socket = new OctoPrintSocket({ watchWindow: false });
    const recorder = { flush: vi.fn(() => Promise.resolve()) };
    const api = createTestApi({
      socket,
      store: createDashboardStore(),
      series,
      meter: fakeMeter(),
      perfStore: createPerfStore(),
      recorder,
    });
    const tap = vi.fn();
    socket.tap = tap;
    api.setRecording(false);
    expect(socket.tap).toBeNull();
    expect(recorder.flush).toHaveBeenCalledTimes(1);
    api.setRecording(false);
    expect(recorder.flush).toHaveBeenCalledTimes(1);
    api.setRecording(true);
    expect(socket.tap).toBe(tap);
    api.setRecording(true);
    expect(socket.tap).toBe(tap);
  });

  it('has no tap to resume on a page that never recorded', () => {
    const { api, socket } = setup();
    api.setRecording(true);
    expect(socket.tap).toBeNull();
  });

  it('is on window, read-only, until removed', () => {
    const { api } = setup();
    const remove = installTestApi(api);
    expect(window.__octoprintLiveTest).toBe(api);
    expect(() => {
      (window as unknown as Record<string, unknown>).__octoprintLiveTest = null;
    }).toThrow();
    remove();
    expect(window.__octoprintLiveTest).toBeUndefined();
  });
});
