// sockjs-client loads in its own chunk: a socket asked for before it has loaded opens once it has, or is closed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPushServer, type PushServer } from './testing/push-server.ts';

let server: PushServer;
beforeEach(async () => {
  server = await startPushServer();
  // A fresh transport module each time: the library is not loaded yet.
  vi.resetModules();
});
afterEach(() => server.close());

describe('openSockJS before sockjs-client has loaded', () => {
  it('opens the socket as soon as the library arrives', async () => {
    const { openSockJS } = await import('./transport.ts');
    const sock = openSockJS(server.url, {});
    const frames: unknown[] = [];
    sock.onmessage = (d) => frames.push(d);
    const opened = new Promise<void>((resolve) => (sock.onopen = resolve));
    await opened;
    await vi.waitFor(() => expect(frames.length).toBeGreaterThan(0));
    expect(JSON.stringify(frames[0])).toContain('connected');
    sock.close(1000, 'done');
  });

  it('a close before the library arrives reports the close and never opens', async () => {
    const { openSockJS, loadSockJS } = await import('./transport.ts');
    const sock = openSockJS(server.url, {});
    let opened = false;
    sock.onopen = () => (opened = true);
    const closed = new Promise<[number, string]>(
      (resolve) => (sock.onclose = (code, reason) => resolve([code, reason])),
    );
    sock.close(4000, 'changed my mind');
    expect(await closed).toEqual([4000, 'changed my mind']);
    await loadSockJS();
    await new Promise((r) => setTimeout(r, 200));
    expect(opened).toBe(false);
  });
});
