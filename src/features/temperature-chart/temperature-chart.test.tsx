// @vitest-environment jsdom
import { act, cleanup } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applySnapshots } from '../../store/apply-snapshot.ts';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices } from '../../testing/services.ts';
import { TemperatureChart } from './temperature-chart.tsx';

// jsdom has no canvas: the controller (which owns uPlot) is replaced by a recorder; the component is under test.
const created = vi.hoisted(() => ({ count: 0, destroyed: 0 }));
vi.mock('./chart-controller.ts', () => ({
  ChartController: class {
    constructor() {
      created.count++;
    }
    destroy() {
      created.destroyed++;
    }
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
vi.mock('./temperature-chart.css', () => ({}));

afterEach(cleanup);

describe('TemperatureChart', () => {
  it('renders once and creates one controller, however much data and state arrive', async () => {
    const kit = testServices({ start: 'fresh' });
    const { services } = kit;
    let renders = 0;
    const {
      view: { unmount },
    } = renderWithServices(
      <Profiler id="chart" onRender={() => renders++}>
        <TemperatureChart />
      </Profiler>,
      kit,
    );
    // The controller's chunk loads after the first render.
    await vi.waitFor(() => expect(created.count).toBe(1));
    for (let t = 0; t < 50; t++) {
      act(() => {
        services.series.append([{ time: 1000 + t, heaters: { tool0: { actual: 20 + t, target: 200 } } }]);
        applySnapshots(services.dashboard, [snapshot(1000 + t, 20 + t)], t * 500);
        services.preferences.setState({ chartMinutes: t % 2 ? 5 : 15 });
      });
    }
    expect(renders).toBe(1);
    expect(created.count).toBe(1);
    unmount();
    expect(created.destroyed).toBe(1);
  });
});

function snapshot(time: number, actual: number) {
  return {
    state: { text: 'Operational', flags: {} as never, error: null },
    job: {
      file: { name: null, path: null, origin: null, size: null, date: null },
      estimatedPrintTime: null,
      lastPrintTime: null,
      filament: null,
      user: null,
    },
    progress: { completion: null, filepos: null, printTime: null, printTimeLeft: null, printTimeLeftOrigin: null },
    currentZ: null,
    offsets: {},
    serverTime: time + 0.5,
    temps: [{ time, heaters: { tool0: { actual, target: 200 } } }],
    logs: [],
    messages: [],
    markings: [{ type: 'connected', label: 'Connected', time: 900 }],
    busyFiles: [],
  };
}
