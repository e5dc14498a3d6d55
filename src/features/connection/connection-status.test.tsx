// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithServices } from '../../testing/render.tsx';
import { setLink, testServices } from '../../testing/services.ts';
import { ConnectionStatus } from './connection-status.tsx';
import { ReloadNotice } from './reload-notice.tsx';
import { RetryNow } from './retry-now.tsx';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function setup(onRender: () => void = () => {}) {
  const kit = testServices({ start: 'fresh' });
  renderWithServices(
    <>
      <Profiler id="status" onRender={onRender}>
        <ConnectionStatus />
      </Profiler>
      <ReloadNotice />
      <RetryNow />
    </>,
    kit,
  );
  return kit;
}

describe('ConnectionStatus', () => {
  it('counts down to the next attempt and retries now on request', () => {
    const { services, calls } = setup();
    act(() => setLink(services, { state: 'backoff', retryAt: Date.now() + 4000, attempt: 2 }));
    expect(screen.getByTestId('link-state').textContent).toBe('Reconnecting in 4 s');
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.getByTestId('link-state').textContent).toBe('Reconnecting in 2 s');
    fireEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(calls.map((c) => c.name)).toEqual(['retryNow']);
  });

  it('shows the transport in use, and while waiting why, with the last error', () => {
    const { services } = setup();
    act(() => setLink(services, { state: 'ready', transport: 'xhr-streaming' }));
    expect(screen.getByTestId('link-details').textContent).toBe('via xhr streaming');
    const waitReason =
      'the link closed 1.0 s after it went live, 3 short-lived links in a row: waiting longer each time so as not to load the printer';
    act(() =>
      setLink(services, {
        state: 'backoff',
        transport: 'xhr-streaming',
        retryAt: Date.now() + 5000,
        waitReason: { closed: 'Server lost session', attempt: 0, brief: 3, livedMs: 1000 },
        lastError: {
          code: 'auth.loginFailed',
          cause: { code: 'rest.timeout', values: { what: 'POST /api/login', seconds: 15 } },
        },
      }),
    );
    expect(screen.getByTestId('link-wait-reason').textContent).toBe(` · Waiting because ${waitReason}`);
    expect(screen.getByTestId('link-last-error').textContent).toBe(
      ' · Last error: login failed: POST /api/login timed out after 15 s',
    );
  });

  it('says how old the data is and marks it stale when the stream goes silent', () => {
    const { services } = setup();
    act(() => setLink(services, { state: 'ready' }, { lastUpdateAt: Date.now() }));
    const region = screen.getByRole('region', { name: 'Connection' });
    expect(screen.getByTestId('freshness').textContent).toBe('Updated 0 s ago');
    expect(region.dataset.stale).toBe('false');
    act(() => vi.advanceTimersByTime(7000));
    expect(screen.getByTestId('freshness').textContent).toBe('Updated 7 s ago');
    expect(region.dataset.stale).toBe('true');
  });

  it('keeps a quiet link with an offline printer live, not stale, while heartbeats come', () => {
    const { services } = setup();
    const printer = { ...services.dashboard.getState().printer, text: 'Offline', off: true };
    act(() => setLink(services, { state: 'ready' }, { lastUpdateAt: Date.now(), printer }));
    const region = screen.getByRole('region', { name: 'Connection' });
    for (let i = 0; i < 4; i++) {
      act(() => vi.advanceTimersByTime(25_000));
      act(() => services.dashboard.setState({ lastBeatAt: Date.now() }));
    }
    act(() => vi.advanceTimersByTime(10_000));
    expect(region.dataset.stale).toBe('false');
    expect(screen.getByTestId('freshness').textContent).toBe('Printer off · link alive, heard 10 s ago');
    expect(screen.getByTestId('link-state').textContent).toBe('Live');
  });

  it('does not grey the data out while it logs in again on the open socket', () => {
    const { services } = setup();
    act(() => setLink(services, { state: 'ready' }, { lastUpdateAt: Date.now() }));
    act(() => setLink(services, { state: 'authenticating' }));
    const region = screen.getByRole('region', { name: 'Connection' });
    expect(region.dataset.stale).toBe('false');
    act(() => vi.advanceTimersByTime(6000));
    expect(region.dataset.stale).toBe('true');
  });

  it('does not re-render for messages or clock ticks that leave the shown age at 0 s', () => {
    let renders = 0;
    const { services } = setup(() => renders++);
    act(() => setLink(services, { state: 'ready' }, { lastUpdateAt: Date.now() }));
    const after = renders;
    for (let i = 0; i < 10; i++) {
      act(() => vi.advanceTimersByTime(500));
      act(() => services.dashboard.setState({ lastUpdateAt: Date.now() }));
    }
    expect(renders).toBe(after);
    act(() => vi.advanceTimersByTime(1500));
    expect(screen.getByTestId('freshness').textContent).toBe('Updated 1 s ago');
    expect(renders).toBe(after + 1);
  });

  it('wakes about once a second, not on every message, while messages come every half second', () => {
    const { services } = setup();
    act(() => setLink(services, { state: 'ready' }, { lastUpdateAt: Date.now() }));
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    for (let i = 0; i < 20; i++) {
      act(() => vi.advanceTimersByTime(500));
      act(() => services.dashboard.setState({ lastUpdateAt: Date.now() }));
    }
    // An exact tick re-arms on each wake, and each wake finds a message half a second old: 20 in these 10 s.
    expect(timeouts.mock.calls.length).toBeLessThanOrEqual(10);
    timeouts.mockRestore();
  });

  it('counts down every second from the moment the link drops, even right after data flowed', () => {
    const { services } = setup();
    act(() => setLink(services, { state: 'ready' }, { lastUpdateAt: Date.now() }));
    // A message just before the tick makes it re-arm, late, for well past a second after the link drops.
    act(() => vi.advanceTimersByTime(900));
    act(() => services.dashboard.setState({ lastUpdateAt: Date.now() }));
    act(() => vi.advanceTimersByTime(200));
    act(() => setLink(services, { state: 'backoff', retryAt: Date.now() + 5000, attempt: 1 }));
    const seen = [screen.getByTestId('link-state').textContent];
    for (let i = 0; i < 4; i++) {
      act(() => vi.advanceTimersByTime(1000));
      seen.push(screen.getByTestId('link-state').textContent);
    }
    expect(seen).toEqual([5, 4, 3, 2, 1].map((n) => `Reconnecting in ${n} s`));
  });

  it('keeps its structure whether live, stale or reconnecting: only words and colours change', () => {
    const { services } = setup();
    act(() => setLink(services, { state: 'ready' }, { lastUpdateAt: Date.now() }));
    const region = screen.getByRole('region', { name: 'Connection' });
    const shape = () =>
      Array.from(region.querySelectorAll('*'), (e) => e.tagName + e.className)
        .filter((t) => !t.startsWith('SPANlink-details'))
        .join();
    const live = shape();
    act(() => vi.advanceTimersByTime(7000));
    expect(region.dataset.stale).toBe('true');
    expect(shape()).toBe(live);
    act(() => setLink(services, { state: 'backoff', retryAt: Date.now() + 3000 }));
    expect(region.dataset.link).toBe('backoff');
    expect(shape()).toBe(live);
  });

  it('shows the reload notice naming what changed', () => {
    const { services } = setup();
    expect(screen.queryByTestId('reload-notice')).toBeNull();
    act(() =>
      services.dashboard.setState({
        server: { version: '1.11.8', pluginHash: 'b', configHash: 'c', changed: ['plugin_hash', 'config_hash'] },
      }),
    );
    expect(screen.getByTestId('reload-notice').textContent).toContain(
      'restarted with changes to the installed plugins (plugin_hash) and the server settings (config_hash)',
    );
    act(() =>
      services.dashboard.setState({
        server: { version: '1.11.8', pluginHash: 'b', configHash: 'c', changed: ['config_hash'] },
      }),
    );
    expect(screen.getByTestId('reload-notice').textContent).toContain(
      'The server settings (config_hash) changed while this page was disconnected.',
    );
    expect(screen.getByTestId('reload-notice').textContent).not.toContain('restarted');
    expect(screen.getByRole('button', { name: 'Reload page' })).toBeTruthy();
  });
});
