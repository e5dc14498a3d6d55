// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { fidelityAt } from '../../perf/fidelity.ts';
import { renderWithServices } from '../../testing/render.tsx';
import { PerfHud } from './perf-hud.tsx';

afterEach(cleanup);

function setup() {
  const { services, pins } = renderWithServices(<PerfHud />);
  return { store: services.perf.store, pins };
}

describe('PerfHud', () => {
  it('shows rate, cost, factor and fidelity in the chip, and the reason when opened', async () => {
    const { store } = setup();
    const chip = screen.getByRole('button', { name: /^Render cost/ });
    expect(chip.textContent).toBe('0.0 msg/s · –/– ms · ×1 · full');
    act(() =>
      store.setState({
        rate: 2,
        p50: 3.2,
        p95: 34,
        factor: 2,
        fidelity: fidelityAt(1),
        lastDecision: {
          at: 0,
          factor: 2,
          fidelity: 1,
          direction: 'up',
          reason: 'p95 34 ms over the 25 ms budget at ×1, so ×2',
        },
        costHistory: [3, 34, 20],
        factorHistory: [1, 2, 2],
      }),
    );
    expect(chip.textContent).toBe('2.0 msg/s · 3.2/34 ms · ×2 · animations off');
    expect(document.documentElement.dataset.animations).toBe('off');
    fireEvent.click(chip);
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect((await screen.findByTestId('hud-reason')).textContent).toBe('p95 34 ms over the 25 ms budget at ×1, so ×2');
    expect(screen.getByRole('img', { name: /Cost per update/ }).querySelector('polyline')).not.toBeNull();
  });

  it('pins a factor and returns to auto through the select', async () => {
    const { pins } = setup();
    fireEvent.click(screen.getByRole('button', { name: /^Render cost/ }));
    const select = await screen.findByRole('combobox', { name: 'Throttle' });
    fireEvent.change(select, { target: { value: '3' } });
    fireEvent.change(select, { target: { value: 'auto' } });
    expect(pins).toEqual([3, null]);
  });

  it('does not re-render the closed chip for snapshots that change nothing it shows', () => {
    let commits = 0;
    const { services } = renderWithServices(
      <Profiler id="hud" onRender={() => commits++}>
        <PerfHud />
      </Profiler>,
    );
    const store = services.perf.store;
    const mounted = commits;
    act(() => store.setState({ coalesced: 5, pending: 1, costHistory: [1, 2] }));
    expect(commits).toBe(mounted);
    act(() => store.setState({ factor: 2 }));
    expect(commits).toBe(mounted + 1);
  });

  it('in a closed menu, follows the factor but not each new rate and cost, and shows fresh ones when shown', () => {
    let commits = 0;
    const hud = (shown: boolean) => (
      <Profiler id="hud" onRender={() => commits++}>
        <PerfHud shown={shown} />
      </Profiler>
    );
    const { services, view } = renderWithServices(hud(false));
    const store = services.perf.store;
    const chip = () => screen.getByRole('button', { name: /^Render cost/ });
    const mounted = commits;
    act(() => store.setState({ rate: 2, p50: 1.5, p95: 3 }));
    act(() => store.setState({ rate: 2.1, p50: 1.6, p95: 3.3 }));
    expect(commits).toBe(mounted);
    act(() => store.setState({ factor: 3 }));
    expect(commits).toBe(mounted + 1);
    expect(chip().textContent).toContain('×3');
    view.rerender(hud(true));
    expect(chip().textContent).toBe('2.1 msg/s · 1.6/3.3 ms · ×3 · full');
    act(() => store.setState({ p95: 4 }));
    expect(chip().textContent).toBe('2.1 msg/s · 1.6/4.0 ms · ×3 · full');
  });
});
