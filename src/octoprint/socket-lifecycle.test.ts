import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OctoPrintSocket } from './socket-client.ts';
import { makeReady, record, SNAPSHOT, testSocket, useFakeClock, waitFor } from './testing/harness.ts';
import { startPushServer, type PushServer } from './testing/push-server.ts';

let server: PushServer;
let socket: OctoPrintSocket | null = null;

beforeEach(async () => {
  server = await startPushServer();
  useFakeClock();
});

afterEach(async () => {
  socket?.dispose();
  socket = null;
  vi.unstubAllGlobals();
  vi.useRealTimers();
  await server.close();
});

describe('lifecycle', () => {
  it('emits connecting, connected, the messages and then ready; subscribe goes before auth', async () => {
    socket = testSocket(server, { subscription: { state: { logs: false, messages: false }, events: true } });
    const log = record(socket, [
      'connecting',
      'connected',
      'ready',
      'message',
      'closing',
      'closed',
      'disconnected',
      'backoff',
    ]);
    socket.connect();
    await makeReady(server, socket);
    expect(log.names).toEqual(['connecting', 'connected', 'message', 'message', 'ready']);
    expect(log.payloads[0]).toMatchObject({ attempt: 0, transport: 'sockjs', url: `${server.url}/sockjs` });
    expect(log.payloads[1]).toEqual({ transport: 'websocket' });
    expect(log.payloads[4]).toEqual({ user: 'alice', relogin: false });
    expect(server.latest().received).toEqual([
      { subscribe: { state: { logs: false, messages: false }, events: true } },
      { auth: 'alice:sess-1' },
    ]);
  });

  it('disconnect() closes cleanly and never reconnects', async () => {
    socket = testSocket(server);
    socket.connect();
    await makeReady(server, socket);
    const log = record(socket, ['closing', 'closed', 'disconnected', 'backoff', 'connecting']);
    socket.disconnect();
    expect(log.names).toEqual(['closing', 'closed', 'disconnected']);
    expect(log.payloads[2]).toEqual({ graceful: true, code: 1000, reason: 'Normal closure' });
    await waitFor(() => server.latest().closed, 'server sees the close');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(log.names).toEqual(['closing', 'closed', 'disconnected']);
    expect(socket.state).toBe('closed');
    expect(server.connections).toHaveLength(1);
  });

  it('reconnects after the server drops the link, re-sending subscribe, auth and the throttle factor', async () => {
    socket = testSocket(server, { subscription: { events: true }, timeouts: [0, 1] });
    socket.connect();
    await makeReady(server, socket);
    socket.setThrottle(3);
    await waitFor(() => server.latest().received.length === 3, 'throttle');
    expect(server.latest().received.at(-1)).toEqual({ throttle: 3 });
    const log = record(socket, ['closed', 'disconnected', 'backoff']);
    server.latest().close(3000, 'Go away!');
    await waitFor(
      () => socket?.state === 'connecting' || socket?.state === 'open' || server.connections.length === 2,
      'second attempt',
    );
    expect(log.payloads).toEqual([
      { code: 3000, reason: 'Go away!' },
      { graceful: false, code: 3000, reason: 'Go away!' },
      expect.objectContaining({ attempt: 1, delayMs: 0 }),
    ]);
    await makeReady(server, socket, 2);
    await waitFor(() => server.latest().received.length === 3, 'throttle re-sent');
    expect(server.connections).toHaveLength(2);
    expect(server.latest().received).toEqual([
      { subscribe: { events: true } },
      { auth: 'alice:sess-1' },
      { throttle: 3 },
    ]);
  });

  it('reconnects even after a normal-closure code from the server: only our own close is final', async () => {
    socket = testSocket(server);
    socket.connect();
    await makeReady(server, socket);
    const log = record(socket, ['disconnected']);
    server.latest().close(1000, 'Normal closure');
    await waitFor(() => server.connections.length === 2, 'reconnect');
    expect(log.payloads).toEqual([{ graceful: true, code: 1000, reason: 'Normal closure' }]);
  });

  it('reconnect() closes and connects again at once', async () => {
    socket = testSocket(server);
    socket.connect();
    await makeReady(server, socket);
    socket.reconnect();
    await makeReady(server, socket, 2);
    expect(server.connections).toHaveLength(2);
  });

  it('keeps a 1-based back-off schedule from an explicit list and waits it out', async () => {
    socket = testSocket(server, { timeouts: [0, 5] });
    socket.connect();
    await makeReady(server, socket);
    server.latest().close();
    await waitFor(() => server.connections.length === 2, 'immediate first retry');
    // Not ready yet (no history): the attempt counter is not reset, so the next delay is the list's second entry.
    const log = record(socket, ['backoff', 'connecting']);
    server.latest().close();
    await waitFor(() => log.names.includes('backoff'), 'backoff');
    expect(log.payloads[0]).toMatchObject({ attempt: 2, delayMs: 5000 });
    await vi.advanceTimersByTimeAsync(socket.retryAt - Date.now() - 1);
    expect(log.names).toEqual(['backoff']);
    await vi.advanceTimersByTimeAsync(1);
    expect(log.names).toEqual(['backoff', 'connecting']);
  });

  it('retryNow() skips the back-off wait', async () => {
    socket = testSocket(server, { timeouts: [100] });
    socket.connect();
    await makeReady(server, socket);
    server.latest().close();
    await waitFor(() => socket?.state === 'backoff', 'backoff');
    expect(socket.retryAt - Date.now()).toBeGreaterThan(99_000);
    socket.retryNow();
    await makeReady(server, socket, 2);
    expect(server.connections).toHaveLength(2);
  });

  it('retries at once on online, visible and pageshow while the link is down', async () => {
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
    vi.stubGlobal('window', win);
    vi.stubGlobal('document', doc);
    socket = testSocket(server, { timeouts: [100], watchWindow: true });
    socket.connect();
    await makeReady(server, socket);
    const kicks: [string, () => void][] = [
      ['online', () => win.dispatchEvent(new Event('online'))],
      ['pageshow', () => win.dispatchEvent(new Event('pageshow'))],
      [
        'visible',
        () => {
          doc.visibilityState = 'visible';
          doc.dispatchEvent(new Event('visibilitychange'));
        },
      ],
    ];
    for (const [name, kick] of kicks) {
      const before = server.connections.length;
      server.latest().close();
      await waitFor(() => socket?.state === 'backoff', `backoff before ${name}`);
      doc.visibilityState = 'hidden';
      doc.dispatchEvent(new Event('visibilitychange'));
      expect(socket.state).toBe('backoff');
      kick();
      expect(socket.state).toBe('connecting');
      await waitFor(() => server.connections.length === before + 1, `reconnect on ${name}`);
    }
    socket.dispose();
    // Disposed: the listeners are gone.
    win.dispatchEvent(new Event('online'));
    expect(socket.state).toBe('closed');
  });

  it("drops a live link at once on the browser's offline event, and reconnects on online", async () => {
    const win = new EventTarget();
    vi.stubGlobal('window', win);
    vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
    socket = testSocket(server, { timeouts: [60_000], watchWindow: true });
    const log = record(socket, ['disconnected']);
    socket.connect();
    await makeReady(server, socket);
    win.dispatchEvent(new Event('offline'));
    expect(socket.state).toBe('backoff');
    expect(log.payloads).toEqual([{ graceful: false, code: 4002, reason: 'browser offline' }]);
    win.dispatchEvent(new Event('online'));
    await makeReady(server, socket, 2);
    socket.dispose();
  });

  it('treats a connect attempt that does not open within connectTimeout as failed', async () => {
    server.options.blackhole = true;
    socket = testSocket(server, { connectTimeout: 5000, timeouts: [10] });
    const log = record(socket, ['error', 'disconnected', 'backoff']);
    socket.connect();
    await vi.advanceTimersByTimeAsync(4999);
    expect(socket.state).toBe('connecting');
    await vi.advanceTimersByTimeAsync(1);
    expect(log.names).toEqual(['error', 'disconnected', 'backoff']);
    expect(log.payloads[0]).toEqual({
      kind: 'transport',
      message: 'connect timed out after 5000 ms',
      problem: { code: 'socket.connectTimeout', values: { seconds: 5 } },
    });
    expect(log.payloads[1]).toEqual({ graceful: false, code: 2007, reason: 'connect timeout' });
  });

  it('never gives up by default: exponential back-off with jitter, capped', async () => {
    server.options.blackhole = true;
    vi.spyOn(Math, 'random').mockReturnValue(1);
    socket = testSocket(server, {
      connectTimeout: 1000,
      timeouts: { initialMs: 100, factor: 2, maxMs: 1000, jitter: 0.5 },
    });
    const delays: number[] = [];
    socket.on('backoff', ({ delayMs }) => delays.push(delayMs));
    const failed = vi.fn();
    socket.on('reconnect-failed', failed);
    socket.connect();
    for (let i = 0; i < 12; i++) await vi.advanceTimersByTimeAsync(3000);
    // random() = 1 puts each delay at base + 50 %; the base doubles from 100 ms and stops at 1 s.
    expect(delays.slice(0, 7)).toEqual([0, 150, 300, 600, 1200, 1500, 1500]);
    expect(delays.length).toBeGreaterThan(10);
    expect(failed).not.toHaveBeenCalled();
    expect(['connecting', 'backoff']).toContain(socket.state);
  });

  it('gives up after an explicit list only when asked to (OctoPrint behaviour)', async () => {
    server.options.blackhole = true;
    socket = testSocket(server, { connectTimeout: 1000, timeouts: [0, 1], giveUp: true });
    const failed = vi.fn();
    socket.on('reconnect-failed', failed);
    socket.connect();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(failed).toHaveBeenCalledWith({ attempts: 2 });
    expect(socket.state).toBe('closed');
  });
});

describe('liveness', () => {
  it('declares a silent link dead after livenessTimeout and reopens it', async () => {
    socket = testSocket(server, { livenessTimeout: 35_000 });
    socket.connect();
    await makeReady(server, socket);
    const log = record(socket, ['error', 'closing', 'closed', 'disconnected', 'backoff']);
    await vi.advanceTimersByTimeAsync(socket.lastFrameAt + 35_000 - Date.now() - 1);
    expect(log.names).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log.names).toEqual(['error', 'closing', 'closed', 'disconnected', 'backoff']);
    expect(log.payloads[3]).toEqual({ graceful: false, code: 4001, reason: 'liveness timeout' });
    await waitFor(() => server.connections.length === 2, 'reopened');
  });

  it('keeps the link on SockJS heartbeats and on messages', async () => {
    await server.close();
    server = await startPushServer({ heartbeatMs: 25_000 });
    socket = testSocket(server, { livenessTimeout: 35_000 });
    const beats = vi.fn();
    const errors = vi.fn();
    socket.on('heartbeat', beats);
    socket.on('error', errors);
    socket.connect();
    await makeReady(server, socket);
    for (let i = 1; i <= 3; i++) {
      await vi.advanceTimersByTimeAsync(25_000);
      await waitFor(() => beats.mock.calls.length === i, `heartbeat ${i}`);
    }
    // Messages count too: 30 s of `current` every 20 s without heartbeats would also do.
    server.latest().send({ current: SNAPSHOT });
    await waitFor(() => socket !== null && socket.stats.received === 3, 'current');
    expect(errors).not.toHaveBeenCalled();
    expect(socket.state).toBe('ready');
    expect(server.connections).toHaveLength(1);
  });
});

describe('events', () => {
  it('accepts subscribers to unknown event names and survives a throwing listener', async () => {
    socket = testSocket(server);
    const off = socket.on('no-such-event', () => {
      throw new Error('never called');
    });
    socket.on('connected', () => {
      throw new Error('listener bug');
    });
    const errors: unknown[] = [];
    socket.on('error', (e) => errors.push(e));
    socket.connect();
    await makeReady(server, socket);
    off();
    expect(errors).toEqual([
      {
        kind: 'listener',
        message: 'listener of connected threw: Error: listener bug',
        problem: { code: 'socket.listenerThrew', values: { event: 'connected', error: 'Error: listener bug' } },
      },
    ]);
  });
});
