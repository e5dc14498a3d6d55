// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices } from '../../testing/services.ts';
import { TemperatureReadouts } from './temperature-readouts.tsx';

afterEach(cleanup);

type Heaters = Record<string, { actual: number | null; target: number | null }>;
/** The readouts on fresh services holding `heaters`; returns the services, to change the store afterwards. */
function showHeaters(heaters: Heaters, control?: (id: string) => ReactNode) {
  const kit = testServices({ start: 'fresh' });
  kit.services.dashboard.setState({ heaters, heaterIds: Object.keys(heaters) });
  renderWithServices(<TemperatureReadouts control={control} />, kit);
  return kit.services;
}

describe('TemperatureReadouts', () => {
  it('shows no temperatures and says the printer is off while OctoPrint has no link to it', () => {
    const services = showHeaters({ tool0: { actual: 21.3, target: 0 } });
    expect(screen.getByTestId('tool0-actual').textContent).toBe('21.3 °C');
    expect(screen.getByTestId('tool0-target').textContent).toBe('off');
    const printer = { ...services.dashboard.getState().printer, text: 'Offline', off: true };
    act(() => services.dashboard.setState({ printer, heaters: { tool0: { actual: null, target: null } } }));
    expect(screen.getByTestId('tool0-actual').textContent).toBe('–');
    expect(screen.getByTestId('tool0-target').textContent).toBe('–');
    expect(screen.getByRole('status').textContent).toContain('Printer off or not connected (Offline)');
  });

  it('reads a target of 0 as the heater off, and any other target as a temperature', () => {
    const services = showHeaters({ tool0: { actual: 180.2, target: 0.5 } });
    expect(screen.getByTestId('tool0-target').textContent).toBe('0.5 °C');
    act(() => services.dashboard.setState({ heaters: { tool0: { actual: 180.2, target: 200 } } }));
    expect(screen.getByTestId('tool0-target').textContent).toBe('200.0 °C');
    act(() => services.dashboard.setState({ heaters: { tool0: { actual: 180.2, target: 0 } } }));
    expect(screen.getByTestId('tool0-target').textContent).toBe('off');
  });

  it("puts each heater's control in its reading's row, and a new temperature re-renders only that reading", () => {
    let listRenders = 0;
    const control = (id: string) => {
      listRenders++;
      return <button type="button">{`set ${id}`}</button>;
    };
    const services = showHeaters({ tool0: { actual: 20, target: 0 }, bed: { actual: 20, target: 0 } }, control);
    const line = screen.getByRole('button', { name: 'set bed' }).closest('.heater-line');
    expect(line?.querySelector('[data-testid="bed-actual"]')).toBeTruthy();
    const before = listRenders;
    act(() => services.dashboard.setState((s) => ({ heaters: { ...s.heaters, tool0: { actual: 25, target: 0 } } })));
    expect(screen.getByTestId('tool0-actual').textContent).toBe('25.0 °C');
    expect(listRenders).toBe(before);
  });
});
