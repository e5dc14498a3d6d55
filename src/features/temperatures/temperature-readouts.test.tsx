// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices } from '../../testing/services.ts';
import { TemperatureReadouts } from './temperature-readouts.tsx';

afterEach(cleanup);

describe('TemperatureReadouts', () => {
  it('shows no temperatures and says the printer is off while OctoPrint has no link to it', () => {
    const kit = testServices({ start: 'fresh' });
    const { services } = kit;
    services.dashboard.setState({ heaters: { tool0: { actual: 21.3, target: 0 } }, heaterIds: ['tool0'] });
    renderWithServices(<TemperatureReadouts />, kit);
    expect(screen.getByTestId('tool0-actual').textContent).toBe('21.3 °C');
    expect(screen.getByTestId('tool0-target').textContent).toBe('off');
    const printer = { ...services.dashboard.getState().printer, text: 'Offline', off: true };
    act(() => services.dashboard.setState({ printer, heaters: { tool0: { actual: null, target: null } } }));
    expect(screen.getByTestId('tool0-actual').textContent).toBe('–');
    expect(screen.getByTestId('tool0-target').textContent).toBe('–');
    expect(screen.getByRole('status').textContent).toContain('Printer off or not connected (Offline)');
  });

  it('reads a target of 0 as the heater off, and any other target as a temperature', () => {
    const kit = testServices({ start: 'fresh' });
    const { services } = kit;
    services.dashboard.setState({ heaters: { tool0: { actual: 180.2, target: 0.5 } }, heaterIds: ['tool0'] });
    renderWithServices(<TemperatureReadouts />, kit);
    expect(screen.getByTestId('tool0-target').textContent).toBe('0.5 °C');
    act(() => services.dashboard.setState({ heaters: { tool0: { actual: 180.2, target: 200 } } }));
    expect(screen.getByTestId('tool0-target').textContent).toBe('200.0 °C');
    act(() => services.dashboard.setState({ heaters: { tool0: { actual: 180.2, target: 0 } } }));
    expect(screen.getByTestId('tool0-target').textContent).toBe('off');
  });

  it("puts each heater's control in its reading's row, and a new temperature re-renders only that reading", () => {
    const kit = testServices({ start: 'fresh' });
    const { services } = kit;
    services.dashboard.setState({
      heaters: { tool0: { actual: 20, target: 0 }, bed: { actual: 20, target: 0 } },
      heaterIds: ['tool0', 'bed'],
    });
    let listRenders = 0;
    const control = (id: string) => {
      listRenders++;
      return <button type="button">{`set ${id}`}</button>;
    };
    renderWithServices(<TemperatureReadouts control={control} />, kit);
    const line = screen.getByRole('button', { name: 'set bed' }).closest('.heater-line');
    expect(line?.querySelector('[data-testid="bed-actual"]')).toBeTruthy();
    const before = listRenders;
    act(() => services.dashboard.setState((s) => ({ heaters: { ...s.heaters, tool0: { actual: 25, target: 0 } } })));
    expect(screen.getByTestId('tool0-actual').textContent).toBe('25.0 °C');
    expect(listRenders).toBe(before);
  });
});
