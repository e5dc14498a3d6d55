// @vitest-environment jsdom
import { act, cleanup } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices, setPrinter } from '../../testing/services.ts';
import { HeaterControl } from './heater-control.tsx';
import { TemperaturePresets } from './temperature-presets.tsx';

afterEach(cleanup);

describe('Heater controls render cost', () => {
  it('does not re-render when temperatures or targets change (the reading beside it shows them), and does when an offset changes', () => {
    const t = testServices();
    t.services.dashboard.setState({
      heaterIds: ['tool0', 'bed'],
      heaters: { tool0: { actual: 20, target: 0 }, bed: { actual: 20, target: 0 } },
    });
    let commits = 0;
    renderWithServices(
      <Profiler id="t" onRender={() => commits++}>
        <HeaterControl id="tool0" />
        <HeaterControl id="bed" />
        <TemperaturePresets />
      </Profiler>,
      t,
    );
    const base = commits;
    for (let i = 1; i <= 20; i++) {
      act(() =>
        t.services.dashboard.setState((s) => ({
          heaters: { ...s.heaters, tool0: { actual: 20 + i, target: i % 2 ? 200 : 0 } },
        })),
      );
    }
    expect(commits).toBe(base);
    act(() => setPrinter(t.services, { offsets: { tool0: 5 } }));
    expect(commits).toBe(base + 1);
  });
});
