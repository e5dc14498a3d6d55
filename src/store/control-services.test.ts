import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { StateSnapshot } from '../octoprint/types.ts';
import { testServices } from '../testing/services.ts';
import { awaitState } from './command-state.ts';
import { terminalSubscription } from './control-services.ts';

function snap(logs: string[]): StateSnapshot {
  const flags = { operational: true, printing: false, paused: false, ready: true, closedOrError: false };
  return {
    state: { text: 'Operational', flags, error: '' },
    job: { file: {} },
    progress: {},
    currentZ: null,
    offsets: {},
    serverTime: null,
    temps: [],
    logs,
    messages: [],
    markings: [],
    busyFiles: [],
  } as unknown as StateSnapshot;
}

afterEach(() => vi.useRealTimers());

describe('control services', () => {
  it('applies only the newest of overlapping file refreshes', async () => {
    const { controls, rest } = testServices();
    let resolveSlow: (v: unknown) => void = () => {};
    rest.answers.push(new Promise((r) => (resolveSlow = r)), {
      files: [{ name: 'new.gcode', path: 'new.gcode', origin: 'local', type: 'machinecode' }],
    });
    const slow = controls.refreshFiles();
    await controls.refreshFiles();
    resolveSlow({ files: [{ name: 'old.gcode', path: 'old.gcode', origin: 'local', type: 'machinecode' }] });
    await slow;
    expect(controls.files.getState().files.map((f) => f.name)).toEqual(['new.gcode']);
    expect(controls.files.getState().status).toBe('loaded');
  });

  it('does not list files without the permission', async () => {
    const { controls, rest } = testServices({ keys: ['STATUS'] });
    await controls.refreshFiles();
    expect(rest.sent).toEqual([]);
  });

  it('refreshes the list once for a burst of file events', async () => {
    vi.useFakeTimers();
    const { controls, rest } = testServices();
    controls.onEvent('FileAdded');
    controls.onEvent('UpdatedFiles');
    controls.onEvent('PrinterStateChanged');
    await vi.advanceTimersByTimeAsync(200);
    expect(rest.sent.map((r) => r.path)).toEqual(['/api/files?recursive=true']);
  });

  it('shows no line twice at the join of a history and the current after it (the backlog repeats its lines)', () => {
    const { controls } = testServices();
    controls.feedHistory(snap(['Send: M105', 'Recv: ok T:21.3', 'Send: G28', 'Recv: ok']));
    controls.feed([snap(['Send: G28', 'Recv: ok', 'Send: M114'])]);
    expect(controls.terminal.lines()).toEqual(['Send: M105', 'Recv: ok T:21.3', 'Send: G28', 'Recv: ok', 'Send: M114']);
    // Only the first current after a history is checked: later repeats are real lines.
    controls.feed([snap(['Send: M114'])]);
    expect(controls.terminal.lines().slice(-2)).toEqual(['Send: M114', 'Send: M114']);
  });

  it('keeps a repeated line after the first history of a connection: no backlog existed to repeat it', () => {
    const { controls } = testServices();
    controls.feedHistory(snap(['Send: M105', 'Recv: ok']), true);
    controls.feed([snap(['Recv: ok', 'Send: M105'])]);
    expect(controls.terminal.lines()).toEqual(['Send: M105', 'Recv: ok', 'Recv: ok', 'Send: M105']);
  });

  it('delivers plugin messages and every event: parts left out of a subscription mean off', () => {
    for (const open of [false, true]) expect(terminalSubscription(open)).toMatchObject({ events: true, plugins: true });
  });

  it('keeps events and plugins when it turns log lines off', () => {
    expect(terminalSubscription(false)).toEqual({
      state: { logs: false, messages: false },
      events: true,
      plugins: true,
    });
    expect(terminalSubscription(true).state).toEqual({ logs: true, messages: false });
  });
});

describe('awaitState', () => {
  it('resolves when the state shows the effect and rejects with a message after the timeout', async () => {
    vi.useFakeTimers();
    const s = createStore<{ v: number }>()(() => ({ v: 0 }));
    const ok = awaitState(s, (x) => x.v === 2, 1000);
    s.setState({ v: 2 });
    await expect(ok).resolves.toBeUndefined();
    const late = awaitState(s, (x) => x.v === 3, 5000, 'target 3');
    const check = expect(late).rejects.toThrow('the printer did not report target 3 within 5 s');
    await vi.advanceTimersByTimeAsync(5000);
    await check;
  });
});
