// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices } from '../../testing/services.ts';
import { TerminalPanel } from './terminal-panel.tsx';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function setup(opts: Parameters<typeof testServices>[0] = {}) {
  const t = testServices(opts);
  t.services.serverSettings.setState({
    terminalFilters: [{ name: 'Suppress temperature messages', regex: 'M105|T:\\d' }],
  });
  const view = renderWithServices(<TerminalPanel />, t);
  return { ...t, view };
}

describe('TerminalPanel', () => {
  it('asks for log lines only while open, and remembers that it is open', () => {
    const t = setup();
    expect(t.subscriptions).toEqual([false]);
    fireEvent.click(screen.getByRole('button', { name: 'Open terminal' }));
    expect(t.subscriptions).toEqual([false, true]);
    fireEvent.click(screen.getByRole('button', { name: 'Close terminal' }));
    expect(t.subscriptions).toEqual([false, true, false]);
    fireEvent.click(screen.getByRole('button', { name: 'Open terminal' }));
    cleanup();
    const again = setup();
    expect(again.subscriptions).toEqual([true]);
  });

  it('shows lines as plain text with a count, and filters that are remembered', () => {
    const t = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Open terminal' }));
    act(() => t.controls.terminal.append(['Send: M105', 'Recv: ok T:21.0', '<b>bold</b>', 'Recv: ok']));
    const out = screen.getByLabelText('Terminal output');
    expect(out.textContent).toBe('Send: M105\nRecv: ok T:21.0\n<b>bold</b>\nRecv: ok');
    expect(out.querySelector('b')).toBeNull();
    expect(screen.getByTestId('terminal-count').textContent).toBe('4 of 4 lines shown (keeps the last 2000)');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Suppress temperature messages' }));
    expect(out.textContent).toBe('<b>bold</b>\nRecv: ok');
    expect(screen.getByTestId('terminal-count').textContent).toBe('2 of 4 lines shown (keeps the last 2000)');
    cleanup();
    setup();
    expect((screen.getByRole('checkbox', { name: 'Suppress temperature messages' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('sends commands and walks the remembered history with the arrow keys', async () => {
    const t = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Open terminal' }));
    const input = screen.getByRole('textbox', { name: 'G-code command' }) as HTMLInputElement;
    for (const line of ['M115', 'G28']) {
      fireEvent.change(input, { target: { value: line } });
      await act(async () => fireEvent.submit(input));
    }
    // The sends come after the control calls' lazy load (lazy-api.ts), which a cold module cache makes later.
    await waitFor(() =>
      expect(t.rest.sent.map((r) => r.body)).toEqual([{ commands: ['M115'] }, { commands: ['G28'] }]),
    );
    expect(input.value).toBe('');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.value).toBe('G28');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.value).toBe('M115');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.value).toBe('');
    expect(JSON.parse(localStorage.getItem('octoprint-live.terminal.history') ?? '[]')).toEqual(['M115', 'G28']);
  });

  it('stays closed, with a reason, for a user without the Terminal permission', () => {
    localStorage.setItem('octoprint-live.terminal.open', 'true');
    const t = setup({ keys: ['STATUS'] });
    expect(t.subscriptions).toEqual([false]);
    expect((screen.getByRole('button', { name: 'Open terminal' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('needs the Terminal permission')).toBeTruthy();
  });
});
