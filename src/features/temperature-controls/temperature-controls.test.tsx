// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RestError } from '../../octoprint/rest-client.ts';
import type { Services } from '../../store/services.tsx';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices, setPrinter } from '../../testing/services.ts';
import { HeaterControl } from './heater-control.tsx';
import { TemperaturePresets } from './temperature-presets.tsx';

afterEach(cleanup);

function setup(opts: Parameters<typeof testServices>[0] = {}) {
  const t = testServices(opts);
  t.services.dashboard.setState({
    heaterIds: ['tool0', 'bed'],
    heaters: { tool0: { actual: 20, target: 0 }, bed: { actual: 20, target: 0 } },
  });
  t.services.serverSettings.setState({ profiles: [{ name: 'PLA', extruder: 180, bed: 60, chamber: null }] });
  renderWithServices(
    <>
      <HeaterControl id="tool0" />
      <HeaterControl id="bed" />
      <TemperaturePresets />
    </>,
    t,
  );
  return t;
}

const pushTarget = (services: Services, id: string, target: number) =>
  act(() => services.dashboard.setState((s) => ({ heaters: { ...s.heaters, [id]: { actual: 20, target } } })));

describe('Heater controls and presets', () => {
  it('sends a target once on a double click and is done only when the pushed data shows it', async () => {
    const { rest, services } = setup();
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Tool 0 new target' }), { target: { value: '210' } });
    const set = screen.getAllByRole('button', { name: 'Set' })[0] as HTMLElement;
    await act(async () => {
      fireEvent.click(set);
      fireEvent.click(set);
    });
    expect(rest.sent).toEqual([
      { method: 'POST', path: '/api/printer/tool', body: { command: 'target', targets: { tool0: 210 } } },
    ]);
    expect(screen.getByRole('status', { name: 'Tool 0 target status' }).textContent).toBe('Sending…');
    await pushTarget(services, 'tool0', 210);
    expect(screen.getByRole('status', { name: 'Tool 0 target status' }).textContent).toBe('Done');
  });

  it('shows a failure and rolls the input back', async () => {
    const { rest } = setup();
    rest.answers.push(new RestError(409, '409 Printer is not operational'));
    const input = screen.getByRole('spinbutton', { name: 'Bed new target' }) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '60' } });
    fireEvent.change(input, { target: { value: '65' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Bed off' }));
    });
    expect(rest.sent[0]?.body).toEqual({ command: 'target', target: 0 });
    expect(screen.getByRole('status', { name: 'Bed target status' }).textContent).toBe(
      'Failed: 409 Printer is not operational',
    );
    expect(input.value).toBe('65');
  });

  it('applies a preset to every tool and the bed, and all off', async () => {
    const { rest, services } = setup();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'PLA' }));
    });
    expect(rest.sent.map((r) => r.body)).toEqual([
      { command: 'target', targets: { tool0: 180 } },
      { command: 'target', target: 60 },
    ]);
    await pushTarget(services, 'tool0', 180);
    expect(screen.getByRole('status', { name: 'Preset status' }).textContent).toBe('Sending…');
    await pushTarget(services, 'bed', 60);
    expect(screen.getByRole('status', { name: 'Preset status' }).textContent).toBe('Done');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'All off' }));
    });
    expect(rest.sent.slice(2).map((r) => r.body)).toEqual([
      { command: 'target', targets: { tool0: 0 } },
      { command: 'target', target: 0 },
    ]);
  });

  it('sets an offset for every heater (OctoPrint reports {} until one is set), done when the pushed offsets show it', async () => {
    const t = setup();
    const input = screen.getByRole('spinbutton', { name: 'Tool 0 offset' }) as HTMLInputElement;
    expect(input.placeholder).toBe('0');
    expect(screen.getByRole('spinbutton', { name: 'Bed offset' })).toBeTruthy();
    fireEvent.change(input, { target: { value: '5' } });
    const button = screen.getAllByRole('button', { name: 'Offset' })[0] as HTMLElement;
    await act(async () => {
      fireEvent.click(button);
      fireEvent.click(button);
    });
    expect(t.rest.sent).toEqual([
      { method: 'POST', path: '/api/printer/tool', body: { command: 'offset', offsets: { tool0: 5 } } },
    ]);
    expect(screen.getByRole('status', { name: 'Tool 0 offset status' }).textContent).toBe('Sending…');
    await act(async () => setPrinter(t.services, { offsets: { tool0: 5 } }));
    expect(screen.getByRole('status', { name: 'Tool 0 offset status' }).textContent).toBe('Done');
    expect(input.value).toBe('');
    expect(input.placeholder).toBe('+5');
  });

  it('is disabled with a visible reason for a user without Control, and while offline', () => {
    const t = setup({ keys: ['STATUS', 'MONITOR_TERMINAL'] });
    expect((screen.getByRole('button', { name: 'PLA' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getAllByRole('button', { name: 'Set' })[0] as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('needs the Control permission')).toBeTruthy();
    act(() => t.controls.permissions.setState({ keys: ['CONTROL'] }));
    expect((screen.getByRole('button', { name: 'PLA' }) as HTMLButtonElement).disabled).toBe(false);
    act(() =>
      setPrinter(t.services, { flags: { ...t.services.dashboard.getState().printer.flags, operational: false } }),
    );
    expect(screen.getByText('printer not operational')).toBeTruthy();
  });
});
