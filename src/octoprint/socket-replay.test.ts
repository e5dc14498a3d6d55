import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manualScheduler } from './frame-scheduler.ts';
import { OctoPrintSocket } from './socket-client.ts';
import { makeReady, SNAPSHOT, testSocket, useFakeClock, waitFor } from './testing/harness.ts';
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
  vi.useRealTimers();
  await server.close();
});

describe('recording tap and replay', () => {
  it('the tap sees every SockJS frame as received, as its text, bad messages too, before parsing', async () => {
    socket = testSocket(server);
    const seen: unknown[] = [];
    socket.tap = (raw, frame) => {
      // Over SockJS the tap gets each data frame's text (`a[…]`), never the messages parsed from it.
      expect(frame).toBe(true);
      expect(raw).toMatch(/^a\[/);
      seen.push(...(JSON.parse((raw as string).slice(1)) as unknown[]));
    };
    socket.connect();
    await makeReady(server, socket);
    server.connections[0]?.send({ current: SNAPSHOT });
    server.connections[0]?.send({ bogus: 1, extra: 2 });
    await waitFor(() => seen.length >= 4, 'frames');
    const keys = seen.map((r) => Object.keys((typeof r === 'string' ? JSON.parse(r) : r) as object).join('+'));
    expect(keys).toEqual(['connected', 'history', 'current', 'bogus+extra']);
  });

  it('replayFrame drives handlers with no link, through the frame queue or at once', () => {
    const scheduler = manualScheduler();
    socket = new OctoPrintSocket({ baseUrl: 'http://nowhere.invalid', watchWindow: false, scheduler });
    const seen: string[] = [];
    socket.onMessage('*', (m) => seen.push(m.key));
    socket.replayFrame({ current: SNAPSHOT });
    socket.replayFrame({ current: SNAPSHOT });
    expect(seen).toEqual([]);
    scheduler.frame();
    // Coalesced per frame, as live.
    expect(seen).toEqual(['current']);
    socket.replayFrame(JSON.stringify({ event: { type: 'PrintStarted', payload: {} } }), true);
    socket.replayFrame('{not json', true);
    expect(seen).toEqual(['current', 'event']);
    expect(socket.stats.malformed).toBe(1);
    expect(socket.state).toBe('idle');
  });
});
