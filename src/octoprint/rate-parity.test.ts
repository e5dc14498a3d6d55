import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SocketRateParity } from './rate-parity.ts';
import type { OctoPrintSocket } from './socket-client.ts';
import { makeReady, record, testSocket, useFakeClock, waitFor } from './testing/harness.ts';
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

async function ready(): Promise<OctoPrintSocket> {
  socket = testSocket(server);
  socket.connect();
  await makeReady(server, socket);
  return socket;
}

describe('SocketRateParity over the socket client', () => {
  it('reportProcessingTime drives onRateTooHigh / onRateTooLow, whose defaults send {"throttle": N}', async () => {
    const s = await ready();
    const rate = new SocketRateParity(s);
    const log = record(s, ['throttle']);
    rate.reportProcessingTime(600);
    expect(s.throttle).toBe(2);
    rate.reportProcessingTime(1200);
    expect(s.throttle).toBe(3);
    // The window still holds 1200 ms, over the next lower limit of (3 - 1) × 500 ms: no step back yet.
    rate.reportProcessingTime(5);
    expect(s.throttle).toBe(3);
    await waitFor(() => server.latest().received.length === 3, 'throttles');
    expect(server.latest().received.slice(1)).toEqual([{ throttle: 2 }, { throttle: 3 }]);
    expect(log.payloads).toEqual([
      { factor: 2, reason: 'decreaseRate' },
      { factor: 3, reason: 'decreaseRate' },
    ]);
  });

  it("steps back down while the window's slowest sample is under the next lower limit, and never below 1", async () => {
    const s = await ready();
    const rate = new SocketRateParity(s, { rateSlidingWindowSize: 2 });
    s.setThrottle(3);
    rate.reportProcessingTime(10);
    expect(s.throttle).toBe(2);
    rate.reportProcessingTime(10);
    expect(s.throttle).toBe(1);
    rate.reportProcessingTime(10);
    expect(s.throttle).toBe(1);
    rate.increaseRate();
    expect(s.throttle).toBe(1);
    await waitFor(() => server.latest().received.length === 4, 'throttles');
    expect(server.latest().received.slice(1)).toEqual([{ throttle: 3 }, { throttle: 2 }, { throttle: 1 }]);
  });

  it('lets the hooks be overridden, as OctoPrint.socket does', async () => {
    const s = await ready();
    const rate = new SocketRateParity(s);
    const high = vi.fn();
    rate.onRateTooHigh = high;
    rate.reportProcessingTime(900);
    expect(high).toHaveBeenCalledWith(900, 500);
    expect(s.throttle).toBe(1);
    s.setThrottle(4);
    const low = vi.fn();
    rate.onRateTooLow = low;
    rate.reportProcessingTime(100);
    expect(low).toHaveBeenCalledWith(900, 1500);
  });

  it('honours rateBase', () => {
    const owner = { throttle: 1, setThrottle: vi.fn() };
    const rate = new SocketRateParity(owner, { rateBase: 1000 });
    rate.reportProcessingTime(900);
    expect(owner.setThrottle).not.toHaveBeenCalled();
    rate.reportProcessingTime(1001);
    expect(owner.setThrottle).toHaveBeenCalledWith(2, 'decreaseRate');
  });
});
