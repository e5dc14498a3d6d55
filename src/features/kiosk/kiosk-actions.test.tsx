// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithServices } from '../../testing/render.tsx';
import { operationalFlags, setPrinter } from '../../testing/services.ts';
import { KioskActions } from './kiosk-actions.tsx';

afterEach(cleanup);

const setup = () => renderWithServices(<KioskActions />);

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const printing = { ...operationalFlags, printing: true, ready: false };

describe('KioskActions', () => {
  it('asks before pausing: "No" sends nothing, "Yes" sends the pause', async () => {
    const t = setup();
    await act(async () => setPrinter(t.services, { flags: printing }));
    fireEvent.click(button('Pause'));
    expect(screen.getByRole('alertdialog', { name: 'Pause the print?' })).toBeTruthy();
    fireEvent.click(button('No, keep printing'));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(t.rest.sent).toEqual([]);
    fireEvent.click(button('Pause'));
    await act(async () => fireEvent.click(button('Yes, pause')));
    // The job's REST calls load with their first use (lazy-api.ts): on a cold module cache the send comes a tick later.
    await waitFor(() =>
      expect(t.rest.sent).toEqual([{ method: 'POST', path: '/api/job', body: { command: 'pause', action: 'pause' } }]),
    );
  });

  it('drops a question left open when the print ends, so the next print does not show it', async () => {
    const t = setup();
    await act(async () => setPrinter(t.services, { flags: printing }));
    fireEvent.click(button('Cancel'));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    await act(async () => setPrinter(t.services, { flags: operationalFlags }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await act(async () => setPrinter(t.services, { flags: printing }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(t.rest.sent).toEqual([]);
  });
});
