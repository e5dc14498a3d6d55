// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { narrowFileList } from '../../store/file-list.ts';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices, setPrinter } from '../../testing/services.ts';
import { FilesPanel } from './files-panel.tsx';

afterEach(cleanup);

const listing = {
  files: [
    {
      name: 'cube.gcode',
      path: 'cube.gcode',
      origin: 'local',
      type: 'machinecode',
      size: 2048,
      date: 1700000000,
      gcodeAnalysis: { estimatedPrintTime: 3720, filament: { tool0: { length: 2500 } } },
    },
    { name: '<img src=x onerror=alert(1)>.gcode', path: 'evil.gcode', origin: 'local', type: 'machinecode', size: 1 },
    {
      name: 'parts',
      path: 'parts',
      origin: 'local',
      type: 'folder',
      children: [{ name: 'gear.gcode', path: 'parts/gear.gcode', origin: 'local', type: 'machinecode', size: 10 }],
    },
    { name: 'sd.gco', path: 'sd.gco', origin: 'sdcard', type: 'machinecode' },
  ],
};

function setup(opts: Parameters<typeof testServices>[0] = {}) {
  const t = testServices(opts);
  t.controls.files.setState({ status: 'loaded', ...narrowFileList(listing) });
  renderWithServices(<FilesPanel />, t);
  return t;
}

const row = (name: string) => screen.getByRole('listitem', { name });
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('FilesPanel', () => {
  it('lists files with analysis fields, renders names as text only, and opens folders', () => {
    const t = setup();
    expect(within(row('cube.gcode')).getByText(/est\. 1 h 02 min · filament 2\.50 m/)).toBeTruthy();
    expect(row('<img src=x onerror=alert(1)>.gcode')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    fireEvent.click(button('Folder parts'));
    expect(row('gear.gcode')).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: 'cube.gcode' })).toBeNull();
    fireEvent.click(button('⬑ Up'));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search files' }), { target: { value: 'GEAR' } });
    expect(screen.getAllByRole('listitem').map((li) => li.getAttribute('aria-label'))).toEqual(['gear.gcode']);
    expect(t.rest.sent).toEqual([]);
  });

  it('shows the SD card only when it is ready', () => {
    const t = setup({ flags: { sdReady: false } });
    expect(screen.queryByRole('tab', { name: 'SD card' })).toBeNull();
    act(() => setPrinter(t.services, { flags: { ...t.services.dashboard.getState().printer.flags, sdReady: true } }));
    fireEvent.click(screen.getByRole('tab', { name: 'SD card' }));
    expect(row('sd.gco')).toBeTruthy();
  });

  it('selects and prints with one request each, and deletes only after confirmation', async () => {
    const t = setup();
    await act(async () => {
      fireEvent.click(button('Print cube.gcode'));
      fireEvent.click(button('Print cube.gcode'));
    });
    // The REST calls load with the first one (lazy-api.ts).
    await vi.waitFor(() =>
      expect(t.rest.sent).toEqual([
        { method: 'POST', path: '/api/files/local/cube.gcode', body: { command: 'select', print: true } },
      ]),
    );
    fireEvent.click(button('Delete cube.gcode'));
    expect(t.rest.sent).toHaveLength(1);
    await act(async () =>
      fireEvent.click(
        within(screen.getByRole('alertdialog', { name: 'Delete cube.gcode?' })).getByRole('button', {
          name: 'Yes, delete',
        }),
      ),
    );
    expect(t.rest.sent.slice(1).map((r) => `${r.method} ${r.path}`)).toEqual([
      'DELETE /api/files/local/cube.gcode',
      'GET /api/files?recursive=true',
    ]);
  });

  it('locks files the printer is using', () => {
    const t = setup();
    act(() => setPrinter(t.services, { busyFiles: ['local:cube.gcode'] }));
    expect(button('Delete cube.gcode').disabled).toBe(true);
    expect(button('Select cube.gcode').disabled).toBe(true);
    expect(within(row('cube.gcode')).getByText(/in use by the printer/)).toBeTruthy();
    expect(button('Delete <img src=x onerror=alert(1)>.gcode').disabled).toBe(false);
  });

  it('gates each action by its permission', () => {
    setup({ keys: ['FILES_LIST', 'FILES_SELECT'] });
    expect(button('Select cube.gcode').disabled).toBe(false);
    expect(button('Print cube.gcode').disabled).toBe(true);
    expect(button('Delete cube.gcode').disabled).toBe(true);
    expect(screen.getByText('needs the File Upload permission')).toBeTruthy();
    cleanup();
    setup({ keys: ['STATUS'] });
    expect(screen.getByText('needs the File List permission')).toBeTruthy();
  });
});
