import { describe, expect, it } from 'vitest';
import { TemperatureSeries } from '../../store/temperature-series.ts';
import { summarize } from './summary-text.ts';

describe('chart summary', () => {
  it('says each heater now, its target, and the trend over the last minutes', () => {
    const s = new TemperatureSeries(64);
    for (let t = 0; t <= 600; t += 60) {
      s.append([
        {
          time: 1000 + t,
          heaters: {
            tool0: { actual: 20 + t / 3, target: 220 },
            bed: { actual: 60, target: 60 },
            chamber: { actual: null, target: null },
          },
        },
      ]);
    }
    expect(summarize(s, 5)).toBe(
      'Tool 0 220.0 °C, target 220.0 °C, up from 120.0 °C 5 minutes ago. Bed 60.0 °C, target 60.0 °C, steady over the last 5 minutes.',
    );
    expect(summarize(s, 5, ['tool0'])).toMatch(/^Bed/);
  });

  it('says how far back the trend reaches when the history is shorter than asked for', () => {
    const s = new TemperatureSeries(64);
    for (let t = 0; t <= 40; t += 2)
      s.append([{ time: 1000 + t, heaters: { tool0: { actual: 20 + t, target: 200 } } }]);
    expect(summarize(s, 5)).toBe('Tool 0 60.0 °C, target 200.0 °C, up from 20.0 °C 40 seconds ago.');
    const fresh = new TemperatureSeries(8);
    fresh.append([{ time: 1000, heaters: { tool0: { actual: 20, target: 0 } } }]);
    expect(summarize(fresh, 5)).toBe('Tool 0 20.0 °C, heater off.');
  });

  it('says when there is no data', () => {
    expect(summarize(new TemperatureSeries(8), 5)).toBe('No temperature data yet.');
    const off = new TemperatureSeries(8);
    off.append([
      { time: 1000, heaters: { tool0: { actual: 20, target: 0 } } },
      { time: 1001, heaters: {} },
    ]);
    expect(summarize(off, 5)).toBe('No temperatures: the printer is off or not connected.');
  });
});
