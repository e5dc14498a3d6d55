import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { splitConnectOptions } from './connect-options.ts';
import type { OctoPrintSocket } from './socket-client.ts';
import { makeReady, record, testSocket, useFakeClock, waitFor } from './testing/harness.ts';
import { startPushServer, type PushServer } from './testing/push-server.ts';
import { loadSockJS } from './transport.ts';

let server: PushServer;
let socket: OctoPrintSocket | null = null;

beforeEach(async () => {
  server = await startPushServer();
  // Loaded before the clock is faked, so that no attempt waits on a real import while fake time runs.
  await loadSockJS();
  useFakeClock();
});

afterEach(async () => {
  socket?.dispose();
  socket = null;
  vi.restoreAllMocks();
  vi.useRealTimers();
  await server.close();
});

describe('connect options (OctoPrint.socket.connect)', () => {
  it('takes connectTimeout and transportTimeout out and gives SockJS its `timeout`', () => {
    const defaults = { connectTimeout: 30_000, transportTimeout: 4000 };
    expect(splitConnectOptions({}, defaults)).toEqual({ connectTimeout: 30_000, sockjs: { timeout: 4000 } });
    expect(
      splitConnectOptions({ connectTimeout: 0, transportTimeout: 9000, transports: ['xhr-streaming'] }, defaults),
    ).toEqual({
      connectTimeout: 0,
      sockjs: { timeout: 9000, transports: ['xhr-streaming'] },
    });
    // SockJS's own name is accepted too; junk values fall back to the defaults.
    expect(splitConnectOptions({ timeout: 6000, connectTimeout: -1 }, defaults)).toEqual({
      connectTimeout: 30_000,
      sockjs: { timeout: 6000 },
    });
  });

  it('honours connect({connectTimeout}) for this and later attempts', async () => {
    server.options.blackhole = true;
    socket = testSocket(server, { timeouts: [10] });
    const log = record(socket, ['error']);
    socket.connect({ connectTimeout: 2000 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(log.names).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(log.payloads).toEqual([
      {
        kind: 'transport',
        message: 'connect timed out after 2000 ms',
        problem: { code: 'socket.connectTimeout', values: { seconds: 2 } },
      },
    ]);
    await vi.advanceTimersByTimeAsync(10_000 + 2000);
    expect(log.payloads).toHaveLength(2);
  });

  it('waits 30 s by default, room for SockJS to fall back from a swallowed WebSocket', async () => {
    // A WebSocket that never opens nor fails, like one whose upgrade a proxy swallowed.
    class NeverOpens {
      onopen = null;
      onclose = null;
      onmessage = null;
      send(): void {}
      close(): void {}
    }
    socket = testSocket(server, {
      timeouts: [60],
      transport: 'websocket',
      webSocket: NeverOpens as unknown as typeof WebSocket,
    });
    const log = record(socket, ['error']);
    socket.connect();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(log.payloads).not.toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^connect timed out/) }),
    );
    await vi.advanceTimersByTimeAsync(1);
    expect(log.payloads).toContainEqual({
      kind: 'transport',
      message: 'connect timed out after 30000 ms',
      problem: { code: 'socket.connectTimeout', values: { seconds: 30 } },
    });
  });

  it('closes an open socket before opening the next, leaving no live session on the server', async () => {
    socket = testSocket(server);
    socket.connect();
    await makeReady(server, socket);
    socket.connect();
    await waitFor(
      () => server.connections.length === 2 && !!server.connections[0]?.closed,
      'first closed, second opened',
    );
    await makeReady(server, socket, 2);
    expect(server.connections.filter((c) => !c.closed)).toHaveLength(1);
  });
});

describe('open to live deadline', () => {
  it('reopens a socket that opened but got no history within 15 s, saying why', async () => {
    socket = testSocket(server, { timeouts: [0, 1] });
    const log = record(socket, ['error', 'disconnected', 'backoff']);
    socket.connect();
    await waitFor(() => socket?.state === 'authenticating', 'login sent');
    await vi.advanceTimersByTimeAsync(14_900);
    expect(socket.state).toBe('authenticating');
    await vi.advanceTimersByTimeAsync(200);
    expect(log.names).toEqual(['error', 'disconnected', 'backoff']);
    expect(log.payloads[0]).toEqual({
      kind: 'transport',
      message: 'no data 15 s after the socket opened (a stalled login, or a user without the STATUS permission)',
      problem: { code: 'socket.noData', values: { seconds: 15 } },
    });
    expect(log.payloads[2]).toMatchObject({ delayMs: 0, reason: 'no data after the socket opened' });
    await makeReady(server, socket, 2);
  });
});

describe('brief-link guard', () => {
  it('spaces a server that drops every link 1 s after history, and Retry now still goes at once', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const s = testSocket(server);
    socket = s;
    const waits: { delayMs: number; reason: string }[] = [];
    s.on('backoff', (p) => waits.push(p));
    /** Live on the server's nth connection for `ms`, then dropped by the server; the wait that follows. */
    const liveThenDropped = async (nth: number, ms: number) => {
      await makeReady(server, s, nth);
      await vi.advanceTimersByTimeAsync(ms);
      server.connections[nth - 1]?.close(3000, 'Go away!');
      await waitFor(() => waits.length === nth, `backoff ${nth}`);
      return waits[nth - 1] as { delayMs: number; reason: string };
    };
    s.connect();
    expect((await liveThenDropped(1, 1000)).delayMs).toBe(0);
    expect((await liveThenDropped(2, 1000)).delayMs).toBe(2500);
    await vi.advanceTimersByTimeAsync(2500);
    const third = await liveThenDropped(3, 1000);
    expect(third.delayMs).toBe(5000);
    expect(third.reason).toBe(
      'the link closed 1.0 s after it went live, 3 short-lived links in a row: waiting longer each time so as not to load the printer',
    );
    expect(s.state).toBe('backoff');
    s.retryNow();
    // Live for 30 s: the guard forgets, and the next drop reconnects at once.
    expect((await liveThenDropped(4, 30_000)).delayMs).toBe(0);
  });
});
