// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithServices } from '../../testing/render.tsx';
import { operationalFlags, testServices, setPrinter } from '../../testing/services.ts';
import { PrinterConnection } from './printer-connection.tsx';

afterEach(cleanup);

const offline = { ...operationalFlags, operational: false, ready: false, closedOrError: true };

function setup(opts: Parameters<typeof testServices>[0] = {}) {
  const t = testServices(opts);
  renderWithServices(<PrinterConnection />, t);
  return t;
}

const status = () => screen.getByRole('status', { name: 'Printer connection status' }).textContent;

describe('PrinterConnection', () => {
  it('connects an offline printer once on a double click, done when the printer reports operational', async () => {
    const t = setup({ flags: offline });
    const connect = screen.getByRole('button', { name: 'Connect printer' });
    await act(async () => {
      fireEvent.click(connect);
      fireEvent.click(connect);
    });
    // The REST calls load with the first one (lazy-api.ts).
    await vi.waitFor(() =>
      expect(t.rest.sent).toEqual([{ method: 'POST', path: '/api/connection', body: { command: 'connect' } }]),
    );
    expect(status()).toBe('Sending…');
    await act(async () => setPrinter(t.services, { flags: operationalFlags }));
    expect(status()).toBe('Done');
    expect(screen.getByRole('button', { name: 'Disconnect printer' })).toBeTruthy();
  });

  it('asks before disconnecting, and not at all while printing', async () => {
    const t = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect printer' }));
    expect(t.rest.sent).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Yes, disconnect' }));
    });
    expect(t.rest.sent).toEqual([{ method: 'POST', path: '/api/connection', body: { command: 'disconnect' } }]);
    act(() => setPrinter(t.services, { flags: { ...operationalFlags, printing: true, ready: false } }));
    // While printing the status bar's place belongs to Pause: Disconnect (which would end the print) is not offered.
    expect(screen.queryByRole('button', { name: 'Disconnect printer' })).toBeNull();
  });

  it('needs the Connection permission', () => {
    setup({ flags: offline, keys: ['STATUS', 'CONTROL'] });
    expect((screen.getByRole('button', { name: 'Connect printer' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('needs the Connection permission')).toBeTruthy();
  });
});
