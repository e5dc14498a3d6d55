import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeAck, targetIs, type MessageSource } from './ack.ts';
import type { OctoPrintSocket } from './socket-client.ts';
import { makeReady, SNAPSHOT, testSocket, useFakeClock } from './testing/harness.ts';
import { startPushServer, type PushServer } from './testing/push-server.ts';
import type { Message } from './types.ts';

function source() {
  const handlers = new Set<(m: Message) => void>();
  const src: MessageSource = {
    onMessage: (_type, h) => (handlers.add(h), () => handlers.delete(h)),
  };
  return { src, push: (m: Message) => handlers.forEach((h) => h(m)), count: () => handlers.size };
}

const temp = (target: number): Message => ({
  key: 'current',
  data: { ...(SNAPSHOT as object), temps: [{ time: 1, heaters: { tool0: { actual: 20, target } } }] } as never,
});

afterEach(() => vi.useRealTimers());

describe('observeAck', () => {
  it('is done only when the REST call succeeded and the push shows the effect, in either order', async () => {
    const { src, push, count } = source();
    let reply!: () => void;
    const statuses: string[] = [];
    const ack = observeAck(src, {
      request: () => new Promise<void>((r) => (reply = r)),
      effect: targetIs('tool0', 200),
      onStatus: (s) => statuses.push(s),
    });
    push(temp(0));
    push(temp(200));
    expect(ack.status).toBe('pending');
    reply();
    await ack.done;
    expect(ack.status).toBe('done');
    expect(statuses).toEqual(['pending', 'done']);
    expect(count()).toBe(0);

    const ack2 = observeAck(src, { request: async () => {}, effect: targetIs('tool0', 210) });
    await Promise.resolve();
    push(temp(210.0));
    await expect(ack2.done).resolves.toBeUndefined();
  });

  it('fails with the REST error', async () => {
    const { src } = source();
    const ack = observeAck(src, { request: () => Promise.reject(new Error('409 Printer is not operational')), effect: () => true });
    await expect(ack.done).rejects.toThrow('409 Printer is not operational');
    expect(ack.status).toBe('failed');
    expect(ack.error).toBe('409 Printer is not operational');
  });

  it('fails when the effect does not show within the timeout, and on cancel', async () => {
    vi.useFakeTimers();
    const { src, push } = source();
    const ack = observeAck(src, { request: async () => {}, effect: targetIs('bed', 60), timeoutMs: 5000 });
    push(temp(60));
    await Promise.resolve();
    vi.advanceTimersByTime(5000);
    await expect(ack.done).rejects.toThrow('no effect seen within 5000 ms');
    const slow = observeAck(src, { request: () => new Promise(() => {}), effect: () => true, timeoutMs: 5000 });
    vi.advanceTimersByTime(5000);
    await expect(slow.done).rejects.toThrow('the server did not answer within 5000 ms');
    const ack2 = observeAck(src, { request: async () => {}, effect: () => false });
    ack2.cancel();
    expect(ack2.status).toBe('failed');
    expect(ack2.error).toBe('cancelled');
  });

  it('targetIs looks at current and history temps only', () => {
    expect(targetIs('tool0', 200)({ key: 'event', data: { type: 'X', payload: null } })).toBe(false);
    expect(targetIs('tool0', 200)({ key: 'x', data: null, unknown: true })).toBe(false);
    expect(targetIs('tool1', 200)(temp(200))).toBe(false);
  });
});

describe('observeAck over the socket', () => {
  let server: PushServer;
  let socket: OctoPrintSocket;
  beforeEach(async () => {
    server = await startPushServer();
    useFakeClock();
  });
  afterEach(async () => {
    socket.dispose();
    vi.useRealTimers();
    await server.close();
  });

  it('resolves when the pushed temperature point shows the new target', async () => {
    socket = testSocket(server);
    socket.connect();
    await makeReady(server, socket);
    const ack = observeAck(socket, {
      request: async () => server.latest().send({ current: { ...SNAPSHOT, temps: [{ time: 2, tool0: { actual: 21, target: 215 } }] } }),
      effect: targetIs('tool0', 215),
    });
    const deadline = setTimeout(() => ack.cancel(), 2000);
    while (ack.status === 'pending') await vi.advanceTimersByTimeAsync(1);
    clearTimeout(deadline);
    expect(ack.status).toBe('done');
  });
});
