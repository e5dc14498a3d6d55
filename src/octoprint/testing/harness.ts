// Test-only helpers: fake timers that leave socket I/O real, a socket client wired for tests, and event recording.
import { vi } from 'vitest';
import { immediateScheduler } from '../frame-scheduler.ts';
import { OctoPrintSocket } from '../socket-client.ts';
import type { SocketOptions } from '../socket-types.ts';
import type { PushServer } from './push-server.ts';
import { until } from './push-server.ts';

/** Fakes the clock the client's back-off, liveness and connect timers use; I/O callbacks (setImmediate) stay real. */
export function useFakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

/** Moves the fake clock 1 ms (Node runs setTimeout(0) after 1 ms), so sockjs-client's deferred steps run. */
export const tick = () => vi.advanceTimersByTimeAsync(1);

/** Waits for `cond` while socket I/O happens, keeping fake zero-delay timers running. */
export function waitFor(cond: () => boolean, what: string): Promise<void> {
  return until(cond, what, 3000, tick);
}

export const ALICE = { name: 'alice', session: 'sess-1' };

export function testSocket(server: PushServer, options: Partial<SocketOptions> = {}): OctoPrintSocket {
  return new OctoPrintSocket({
    baseUrl: server.url,
    watchWindow: false,
    scheduler: immediateScheduler,
    auth: { login: async () => ALICE },
    transports: ['websocket'],
    ...options,
  });
}

/** Records lifecycle event names (and payloads) in order. */
export function record(socket: OctoPrintSocket, names: string[]): { names: string[]; payloads: unknown[] } {
  const log = { names: [] as string[], payloads: [] as unknown[] };
  for (const n of names) {
    socket.on(n, (p: unknown) => {
      log.names.push(n);
      log.payloads.push(p);
    });
  }
  return log;
}

export const SNAPSHOT = {
  state: { text: 'Operational', flags: { operational: true, ready: true }, error: '' },
  job: { file: {} },
  progress: {},
  temps: [],
  logs: [],
  messages: [],
};

/** Brings a test socket to `ready` on the server's `nth` connection: waits for its auth, answers with `history`. */
export async function makeReady(server: PushServer, socket: OctoPrintSocket, nth = 1): Promise<void> {
  await waitFor(
    () => server.connections.length >= nth && !!server.connections[nth - 1]?.received.some((m) => 'auth' in m),
    'auth message',
  );
  server.connections[nth - 1]?.send({ history: SNAPSHOT });
  await waitFor(() => socket.state === 'ready', 'ready');
}
