// The real wiring against a real SockJS server: a handler that throws does not stop the others, nor the socket.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPushServer, until, type PushServer } from '../octoprint/testing/push-server.ts';
import { connectDashboard, type DashboardConnection } from './connect-dashboard.ts';

let server: PushServer;
let dash: DashboardConnection | null = null;

const point = (time: number, actual: number) => ({
  time,
  tool0: { actual, target: 200 },
  bed: { actual: 60, target: 60 },
});
const snapshot = (text: string, temps: unknown[]) => ({
  state: { text, flags: { operational: true, printing: text === 'Printing' }, error: '' },
  job: { file: {} },
  progress: {},
  temps,
  logs: [],
  messages: [],
});

beforeEach(async () => {
  // The render-cost meter in the wiring asks for animation frames; Node has none, so a 16 ms timer stands in.
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 16));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  server = await startPushServer();
});

afterEach(async () => {
  dash?.dispose();
  dash = null;
  await server.close();
  vi.unstubAllGlobals();
});

describe('connectDashboard under a throwing handler', () => {
  it('runs the other handlers, stays ready, and counts the errors for the UI', async () => {
    dash = connectDashboard({ baseUrl: server.url, apiKey: 'KEY' });
    const { socket, services } = dash;
    // '*' handlers run before the wiring's own; one more throws after them.
    socket.onMessage('*', () => {
      throw new Error('a broken plug-in handler');
    });
    socket.onMessage('current', () => {
      throw new Error('another one');
    });
    dash.start();
    await until(() => !!server.connections[0]?.received.some((m) => 'auth' in m), 'auth');
    server.latest().send({ history: snapshot('Operational', [point(100, 20), point(102, 21)]) });
    await until(() => socket.state === 'ready', 'ready');
    server.latest().send({ current: snapshot('Printing', [point(104, 22), point(104, 22.5)]) });
    await until(() => services.series.length === 4, 'four points');

    expect(Array.from(services.series.view().times)).toEqual([100, 102, 104, 104]);
    expect(services.dashboard.getState().printer.text).toBe('Printing');
    expect(services.dashboard.getState().heaters.tool0).toEqual({ actual: 22.5, target: 200 });
    expect(socket.state).toBe('ready');
    expect(socket.stats.reconnects).toBe(0);
    expect(server.connections).toHaveLength(1);
    // connected and history: '*' threw; current: '*' and the extra one threw.
    expect(socket.stats.handlerErrors).toBe(4);
    // The UI's counter follows on the next message.
    server.latest().send({ current: snapshot('Printing', [point(106, 23)]) });
    await until(() => services.dashboard.getState().counters.handlerErrors === 6, 'counters in the store');
  });
});
