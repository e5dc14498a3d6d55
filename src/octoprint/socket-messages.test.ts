import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manualScheduler } from './frame-scheduler.ts';
import type { OctoPrintSocket } from './socket-client.ts';
import { makeReady, SNAPSHOT, testSocket, useFakeClock, waitFor } from './testing/harness.ts';
import { startPushServer, type PushServer } from './testing/push-server.ts';
import type { Message } from './types.ts';

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

const current = (time: number, extra: Record<string, unknown> = {}) => ({
  current: {
    ...SNAPSHOT,
    temps: [{ time, tool0: { actual: time, target: 200 } }],
    logs: [`log ${time}`],
    messages: [`msg ${time}`],
    ...extra,
  },
});

async function ready(options: Parameters<typeof testSocket>[1] = {}): Promise<OctoPrintSocket> {
  socket = testSocket(server, options);
  socket.connect();
  await makeReady(server, socket);
  return socket;
}

describe('validation', () => {
  it('reports and counts malformed messages, never hands them to handlers, and stays up', async () => {
    const s = await ready();
    const seen: string[] = [];
    s.onMessage('*', (m) => seen.push(m.key));
    const errors: unknown[] = [];
    s.on('error', (e) => errors.push(e));
    server.latest().send({ current: 'not a snapshot' });
    server.latest().send({ a: 1, b: 2 });
    server.latest().send({ event: { type: 'PrintStarted', payload: { name: 'x.gcode' } } });
    await waitFor(() => seen.length === 1, 'event');
    expect(seen).toEqual(['event']);
    expect(s.stats.malformed).toBe(2);
    expect(errors).toEqual([
      {
        kind: 'parse',
        message: 'invalid current payload',
        problem: { code: 'socket.badMessage', values: { detail: 'invalid current payload' } },
        type: 'current',
      },
      {
        kind: 'parse',
        message: 'message has 2 keys, expected 1',
        problem: { code: 'socket.badMessage', values: { detail: 'message has 2 keys, expected 1' } },
      },
    ]);
    expect(s.state).toBe('ready');
  });

  it('narrows every known type and passes unknown types through as such', async () => {
    const s = await ready();
    const seen: Message[] = [];
    s.onMessage('*', (m) => seen.push(m));
    const sent = [
      { slicingProgress: { slicer: 'prusa', source_path: 'a.stl', progress: 42.5 } },
      { plugin: { plugin: 'psucontrol', data: { isPSUOn: true } } },
      { timelapse: null },
      { renderProgress: { progress: 10 } },
      { brandNewType: { x: 1 } },
    ];
    for (const m of sent) server.latest().send(m);
    await waitFor(() => seen.length === sent.length, 'all messages');
    expect(seen.map((m) => m.key)).toEqual([
      'slicingProgress',
      'plugin',
      'timelapse',
      'renderProgress',
      'brandNewType',
    ]);
    expect(seen[0]).toMatchObject({ data: { slicer: 'prusa', progress: 42.5, dest_path: '' } });
    expect(seen[4]).toEqual({ key: 'brandNewType', data: { x: 1 }, unknown: true });
    expect(s.stats.unknown).toBe(1);
  });
});

describe('handlers', () => {
  it('calls * then typed handlers with {key, data}; unsubscribing stops them', async () => {
    const s = await ready();
    const calls: string[] = [];
    s.onMessage('*', (m) => calls.push(`* ${m.key}`));
    const off = s.onMessage('event', ({ key, data }) => calls.push(`${key} ${data.type}`));
    server.latest().send({ event: { type: 'Connected', payload: null } });
    await waitFor(() => calls.length === 2, 'two calls');
    off();
    server.latest().send({ event: { type: 'Disconnected', payload: null } });
    await waitFor(() => calls.length === 3, 'third call');
    expect(calls).toEqual(['* event', 'event Connected', '* event']);
  });

  it('catches a throwing handler, reports it with the type, runs the others and keeps the socket', async () => {
    const s = await ready();
    const errors: unknown[] = [];
    s.on('error', (e) => errors.push(e));
    s.onMessage('event', () => {
      throw new Error('boom');
    });
    const after = vi.fn();
    s.onMessage('event', after);
    server.latest().send({ event: { type: 'X', payload: null } });
    await waitFor(() => after.mock.calls.length === 1, 'second handler');
    expect(errors).toEqual([
      {
        kind: 'handler',
        message: 'handler for event threw: Error: boom',
        problem: { code: 'socket.handlerThrew', values: { type: 'event', error: 'Error: boom' } },
        type: 'event',
      },
    ]);
    expect(s.stats.handlerErrors).toBe(1);
    expect(s.state).toBe('ready');
  });
});

describe('extensions', () => {
  it('run in order on incoming messages and may change or drop them', async () => {
    const s = await ready();
    const order: string[] = [];
    s.use({
      name: 'tag',
      incoming: (m) => {
        order.push(`tag ${m.key}`);
        return !m.unknown && m.key === 'event' ? { key: 'event', data: { ...m.data, type: `${m.data.type}!` } } : m;
      },
    });
    s.use({ name: 'drop-plugins', incoming: (m) => (order.push(`drop ${m.key}`), m.key === 'plugin' ? null : m) });
    const removeBroken = s.use({
      name: 'broken',
      incoming: () => {
        throw new Error('ext bug');
      },
    });
    const errors: unknown[] = [];
    s.on('error', (e) => errors.push(e));
    const seen: string[] = [];
    s.onMessage('*', (m) => seen.push(!m.unknown && m.key === 'event' ? m.data.type : m.key));
    server.latest().send({ plugin: { plugin: 'x', data: 1 } });
    server.latest().send({ event: { type: 'Home', payload: null } });
    await waitFor(() => seen.length === 1, 'event');
    expect(seen).toEqual(['Home!']);
    expect(order).toEqual(['tag plugin', 'drop plugin', 'tag event', 'drop event']);
    expect(s.stats.droppedByExtension).toBe(1);
    expect(errors).toEqual([
      {
        kind: 'extension',
        message: 'extension broken threw on incoming event: Error: ext bug',
        problem: { code: 'socket.extensionThrew', values: { name: 'broken', error: 'Error: ext bug' } },
        type: 'event',
      },
    ]);
    removeBroken();
  });

  it('run on outgoing messages and may change or drop them', async () => {
    const s = await ready();
    const remove = s.use({ name: 'no-throttle', outgoing: (m) => ('throttle' in m ? null : m) });
    s.use({ name: 'stamp', outgoing: (m) => ({ ...m }) });
    s.use({
      name: 'broken',
      outgoing: () => {
        throw new Error('out bug');
      },
    });
    expect(s.sendMessage('throttle', 2)).toBe(false);
    remove();
    expect(s.sendMessage('throttle', 2)).toBe(true);
    await waitFor(() => server.latest().received.length === 2, 'throttle arrives');
    expect(server.latest().received[1]).toEqual({ throttle: 2 });
  });
});

describe('pending messages', () => {
  it('coalesces currents per frame (latest wins, temps/logs/messages concatenated) and keeps order with others', async () => {
    const frames = manualScheduler();
    const s = await ready({ scheduler: frames });
    const seen: Message[] = [];
    s.onMessage('*', (m) => seen.push(m));
    const src = server.latest();
    src.send(current(1, { progress: { completion: 1 } }));
    src.send(current(2, { progress: { completion: 2 } }));
    src.send({ event: { type: 'ZChange', payload: null } });
    src.send(current(3, { progress: { completion: 3 } }));
    await waitFor(() => s.stats.received === 6, 'four messages');
    expect(seen).toEqual([]);
    expect(s.pendingCount).toBe(3);
    frames.frame();
    expect(s.pendingCount).toBe(0);
    expect(seen.map((m) => m.key)).toEqual(['current', 'event', 'current']);
    const first = seen[0] as Extract<Message, { key: 'current' }>;
    expect(first.data.temps.map((t) => t.time)).toEqual([1, 2]);
    expect(first.data.logs).toEqual(['log 1', 'log 2']);
    expect(first.data.messages).toEqual(['msg 1', 'msg 2']);
    expect(first.data.progress.completion).toBe(2);
  });

  it('delivers a history at once, after the currents queued before it', async () => {
    const frames = manualScheduler();
    const s = await ready({ scheduler: frames });
    const seen: string[] = [];
    s.onMessage('*', (m) => seen.push(m.key));
    server.latest().send(current(1));
    server.latest().send({ history: SNAPSHOT });
    await waitFor(() => seen.length === 2, 'history');
    expect(seen).toEqual(['current', 'history']);
    expect(frames.pending).toBe(0);
  });

  it('bounds waiting non-current messages and counts the dropped ones', async () => {
    const frames = manualScheduler();
    const s = await ready({ scheduler: frames, maxPending: 2 });
    const seen: string[] = [];
    s.onMessage('event', (m) => seen.push(m.data.type));
    for (const type of ['A', 'B', 'C', 'D']) server.latest().send({ event: { type, payload: null } });
    await waitFor(() => s.stats.received === 6, 'events');
    expect(s.pendingCount).toBe(2);
    expect(s.droppedCount).toBe(2);
    frames.frame();
    expect(seen).toEqual(['C', 'D']);
  });
});

describe('throttle', () => {
  it('remembers a factor set while offline and sends it after authentication', async () => {
    socket = testSocket(server);
    socket.setThrottle(2);
    expect(socket.sendMessage('throttle', 2)).toBe(false);
    socket.connect();
    await makeReady(server, socket);
    await waitFor(() => server.latest().received.length === 2, 'throttle');
    expect(server.latest().received).toEqual([{ auth: 'alice:sess-1' }, { throttle: 2 }]);
  });
});
