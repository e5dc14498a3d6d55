import { describe, expect, it } from 'vitest';
import { createActivityStore } from './activity-store.ts';
import { clockStepNotes } from './apply-clock-steps.ts';
import { createDashboardStore } from './dashboard-store.ts';
import { TemperatureSeries } from './temperature-series.ts';

const pt = (time: number, v: number) => ({ time, heaters: { tool0: { actual: v, target: 0 } } });

describe('clock step notes', () => {
  it('marks the chart where the server clock went back 1 h and says so in the feed, once', () => {
    let now = 0;
    const series = new TemperatureSeries(64, 3600, () => now);
    const store = createDashboardStore();
    const activity = createActivityStore();
    const note = clockStepNotes(series, store, activity);
    series.append([pt(10_000, 20)]);
    now = 2000;
    series.append([pt(10_002 - 3600, 21)]);
    note();
    // One point is not a step yet: the next one agrees with it.
    expect(store.getState().markings).toEqual([]);
    now = 4000;
    series.append([pt(10_004 - 3600, 22)]);
    note();
    note();
    expect(store.getState().markings).toEqual([{ type: 'clock', label: 'Clock −1 h', time: 6402 }]);
    expect(activity.getState().feed.map((e) => e.text)).toEqual([
      "The server's clock went back 1 h: the temperature chart started over",
    ]);
    expect(series.length).toBe(2);
  });

  it('says in the feed when a reading was left out for a time that fit no clock, and marks nothing', () => {
    let now = 0;
    const series = new TemperatureSeries(64, 3600, () => now);
    const store = createDashboardStore();
    const activity = createActivityStore();
    const note = clockStepNotes(series, store, activity);
    series.append([pt(10_000, 20)]);
    now = 1000;
    series.append([pt(1e308, 99)]);
    now = 2000;
    series.append([pt(10_002, 21)]);
    note();
    note();
    expect(store.getState().markings).toEqual([]);
    expect(activity.getState().feed.map((e) => e.text)).toEqual([
      "A temperature reading was left out: its time fit neither the server's clock nor the next reading's (1 so far)",
    ]);
    expect(series.length).toBe(2);
  });
});
