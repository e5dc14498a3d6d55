// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RestError } from '../../octoprint/rest-client.ts';
import { renderWithServices } from '../../testing/render.tsx';
import { operationalFlags, setPrinter, testServices } from '../../testing/services.ts';
import { JobControls } from './job-controls.tsx';

afterEach(cleanup);

function setup(opts: Parameters<typeof testServices>[0] = {}) {
  const t = testServices(opts);
  setPrinter(t.services, { selected: { name: 'cube.gcode', path: 'cube.gcode', origin: 'local' } });
  renderWithServices(<JobControls />, t);
  return t;
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const printing = { ...operationalFlags, printing: true, ready: false };

describe('JobControls', () => {
  it('starts once on a double click and is done when the printer reports printing', async () => {
    const t = setup();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    await act(async () => {
      fireEvent.click(button('Print'));
      fireEvent.click(button('Print'));
    });
    expect(t.rest.sent).toEqual([{ method: 'POST', path: '/api/job', body: { command: 'start' } }]);
    expect(screen.getByRole('status', { name: 'Job command status' }).textContent).toBe('Sending…');
    await act(async () => setPrinter(t.services, { flags: printing }));
    expect(screen.getByRole('status', { name: 'Job command status' }).textContent).toBe('Done');
    // Pause takes Print's place, Cancel appears beside it.
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
    expect(button('Pause').disabled).toBe(false);
    expect(button('Cancel').disabled).toBe(false);
    await act(async () => setPrinter(t.services, { flags: { ...printing, printing: false, paused: true } }));
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    expect(button('Resume').disabled).toBe(false);
  });

  it('offers nothing to start while the printer is off, and asks for a file when none is selected', () => {
    const t = setup({ flags: { ...operationalFlags, operational: false, ready: false } });
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
    act(() => setPrinter(t.services, { flags: operationalFlags, selected: null }));
    expect(button('Print').disabled).toBe(true);
    expect(screen.getByText('select a file to print')).toBeTruthy();
  });

  it('asks before cancelling when OctoPrint says so, and not when it does not', async () => {
    const t = setup({ flags: printing });
    fireEvent.click(button('Cancel'));
    expect(t.rest.sent).toEqual([]);
    expect(screen.getByRole('alertdialog', { name: 'Cancel the print?' })).toBeTruthy();
    fireEvent.click(button('Keep printing'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(button('Cancel'));
    await act(async () => {
      fireEvent.click(button('Yes, cancel print'));
    });
    expect(t.rest.sent).toEqual([{ method: 'POST', path: '/api/job', body: { command: 'cancel' } }]);
    await act(async () => setPrinter(t.services, { flags: operationalFlags }));
    expect(screen.getByRole('status', { name: 'Job command status' }).textContent).toBe('Done');
    act(() => t.services.serverSettings.setState({ printCancelConfirmation: false }));
    act(() => setPrinter(t.services, { flags: printing }));
    await act(async () => {
      fireEvent.click(button('Cancel'));
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(t.rest.sent).toHaveLength(2);
  });

  it('shows a 409 as a failure', async () => {
    const t = setup({ flags: { ...operationalFlags, paused: true } });
    t.rest.answers.push(new RestError(409, '409 Printer is not operational'));
    await act(async () => {
      fireEvent.click(button('Resume'));
    });
    expect(t.rest.sent[0]?.body).toEqual({ command: 'pause', action: 'resume' });
    expect(screen.getByRole('status', { name: 'Job command status' }).textContent).toBe(
      'Failed: 409 Printer is not operational',
    );
  });

  it('needs the Print permission', () => {
    setup({ keys: ['STATUS'] });
    expect(button('Print').disabled).toBe(true);
    expect(screen.getByText('needs the Print permission')).toBeTruthy();
  });
});
