// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { testServices } from '../../store/control-test-kit.ts';
import { ServicesProvider } from '../../store/services.tsx';
import { TemperatureControls } from './temperature-controls.tsx';

afterEach(cleanup);

describe('TemperatureControls render cost', () => {
  it('does not re-render when only actual temperatures change, and does when a target changes', () => {
    const t = testServices();
    t.services.store.setState({ heaterIds: ['tool0', 'bed'], heaters: { tool0: { actual: 20, target: 0 }, bed: { actual: 20, target: 0 } } });
    let commits = 0;
    render(
      <ServicesProvider services={t.services}>
        <Profiler id="t" onRender={() => commits++}>
          <TemperatureControls />
        </Profiler>
      </ServicesProvider>,
    );
    const base = commits;
    for (let i = 1; i <= 20; i++) {
      act(() => t.services.store.setState((s) => ({ heaters: { ...s.heaters, tool0: { actual: 20 + i, target: 0 } } })));
    }
    expect(commits).toBe(base);
    act(() => t.services.store.setState((s) => ({ heaters: { ...s.heaters, tool0: { actual: 50, target: 200 } } })));
    expect(commits).toBe(base + 1);
  });
});
