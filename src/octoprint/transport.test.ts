import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OctoPrintSocket } from './socket-client.ts';
import { makeReady, record, testSocket, useFakeClock, waitFor } from './testing/harness.ts';
import { startPushServer, type PushServer } from './testing/push-server.ts';
import { rawWebSocketUrl, sockjsUrl } from './transport.ts';

// Node 20 has no global WebSocket; faye-websocket (sockjs-client's Node driver) has the same interface.
const FayeWebSocket = (createRequire(import.meta.url)('faye-websocket') as { Client: typeof WebSocket }).Client;

let server: PushServer;
let socket: OctoPrintSocket | null = null;

beforeEach(async () => {
  server = await startPushServer();
  useFakeClock();
});

afterEach(async () => {
  socket?.dispose();
  socket = null;
  vi.useRealTimers();
  await server.close();
});

describe('transport choice', () => {
  it('builds the SockJS and raw WebSocket URLs from the base URL', () => {
    expect(sockjsUrl('http://octopi.local/')).toBe('http://octopi.local/sockjs');
    expect(rawWebSocketUrl('https://octopi.local/print')).toBe('wss://octopi.local/print/sockjs/websocket');
    expect(rawWebSocketUrl('http://127.0.0.1:5000')).toBe('ws://127.0.0.1:5000/sockjs/websocket');
  });

  it("uses OctoPrint's raw /sockjs/websocket (unframed JSON text) when asked", async () => {
    socket = testSocket(server, { transport: 'websocket', webSocket: FayeWebSocket });
    const log = record(socket, ['connecting', 'connected']);
    socket.connect();
    await makeReady(server, socket);
    expect(log.payloads).toEqual([
      { attempt: 0, transport: 'websocket', url: rawWebSocketUrl(server.url) },
      { transport: 'websocket-raw' },
    ]);
    server.latest().send({ event: { type: 'Home', payload: null } });
    await waitFor(() => socket?.stats.received === 3, 'event over raw');
    expect(socket.stats.malformed).toBe(0);
  });

  it('falls back to SockJS when the raw WebSocket cannot be opened', async () => {
    class Broken {
      constructor() {
        throw new Error('WebSocket is not supported');
      }
    }
    socket = testSocket(server, { transport: 'websocket', webSocket: Broken as unknown as typeof WebSocket });
    const log = record(socket, ['connecting', 'error']);
    socket.connect();
    await makeReady(server, socket);
    expect(log.payloads).toEqual([
      expect.objectContaining({ transport: 'websocket' }),
      {
        kind: 'transport',
        message: 'could not open socket: Error: WebSocket is not supported',
        problem: { code: 'socket.openFailed', values: { error: 'Error: WebSocket is not supported' } },
      },
      expect.objectContaining({ transport: 'sockjs' }),
    ]);
  });

  it('falls back to SockJS when the raw WebSocket does not open in time', async () => {
    socket = testSocket(server, {
      transport: 'websocket',
      webSocket: FayeWebSocket,
      baseUrl: `${server.url}/nothing-here`,
      connectTimeout: 100,
    });
    const log = record(socket, ['connecting', 'disconnected']);
    socket.connect();
    await waitFor(() => log.names.filter((n) => n === 'connecting').length === 2, 'second attempt');
    expect(log.payloads[2]).toEqual(expect.objectContaining({ transport: 'sockjs' }));
  });

  it('tries the raw WebSocket again when SockJS failed too (the server was away, not the raw endpoint)', async () => {
    socket = testSocket(server, {
      transport: 'websocket',
      webSocket: FayeWebSocket,
      baseUrl: `${server.url}/nothing-here`,
      connectTimeout: 100,
    });
    const log = record(socket, ['connecting']);
    socket.connect();
    await waitFor(() => log.names.length === 3, 'third attempt');
    expect(log.payloads.map((p) => (p as { transport: string }).transport)).toEqual([
      'websocket',
      'sockjs',
      'websocket',
    ]);
  });

  it('passes SockJS constructor options from connect(opts), e.g. a transport list', async () => {
    socket = testSocket(server, { transports: null });
    socket.connect({ transports: ['xhr-polling'] });
    await makeReady(server, socket);
    const log = record(socket, ['connected']);
    socket.reconnect();
    await makeReady(server, socket, 2);
    // Kept for reconnects, as OctoPrint's client keeps them.
    expect(log.payloads).toEqual([{ transport: 'xhr-polling' }]);
  });
});
