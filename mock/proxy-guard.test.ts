import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GuardPolicy } from './origin-guard.ts';
import { checkListenHost, guardBypass, wasAllowed } from './proxy-guard.ts';

const POLICY: GuardPolicy = { allowRemote: false, allowedHosts: [] };

function request(headers: Record<string, string>, written: string[] = []): IncomingMessage {
  const socket = {
    remoteAddress: '127.0.0.1',
    end: (data: string) => written.push(data),
    on: () => socket,
    destroy: () => {},
  };
  return {
    method: 'POST',
    url: '/api/job',
    headers: { host: '127.0.0.1:5173', ...headers },
    socket,
  } as unknown as IncomingMessage;
}

function response() {
  const res = { status: 0, body: '', writeHead: (s: number) => (res.status = s), end: (b: string) => (res.body = b) };
  return res;
}

afterEach(() => vi.restoreAllMocks());

describe('proxy bypass hook', () => {
  it('marks an own-origin request allowed and lets Vite proxy it', () => {
    const req = request({ origin: 'http://127.0.0.1:5173' });
    const res = response();
    expect(guardBypass(() => POLICY)(req, res as unknown as ServerResponse, {})).toBeUndefined();
    expect(wasAllowed(req)).toBe(true);
    expect(res.status).toBe(0);
  });

  it('answers a foreign request 403 with the reason, and tells Vite not to proxy it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const req = request({ origin: 'http://evil.example' });
    const res = response();
    expect(guardBypass(() => POLICY)(req, res as unknown as ServerResponse, {})).toBe('/api/job');
    expect(wasAllowed(req)).toBe(false);
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toEqual({ error: expect.stringContaining('Origin: http://evil.example') });
  });

  it('refuses a WebSocket upgrade (no response object) on the raw socket with a 403 status line', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const written: string[] = [];
    const req = request({ origin: 'http://evil.example', upgrade: 'websocket' }, written);
    expect(guardBypass(() => POLICY)(req, undefined, {})).toBe('/api/job');
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^HTTP\/1\.1 403 Forbidden\r\n[^]*\r\n\r\n\{"error":"Refused: /);
    expect(wasAllowed(req)).toBe(false);
  });
});

describe('listening beyond this machine with a key', () => {
  it('refuses without the opt-in, naming it', () => {
    expect(() => checkListenHost(true, true, {})).toThrow(/OCTOPRINT_PROXY_ALLOW_REMOTE=1/);
    expect(() => checkListenHost('0.0.0.0', true, {})).toThrow(/every device that can reach this port/);
  });

  it('starts on loopback, or without a key, silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => checkListenHost(undefined, true, {})).not.toThrow();
    expect(() => checkListenHost('127.0.0.1', true, {})).not.toThrow();
    expect(() => checkListenHost(true, false, {})).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
  });

  it("with the opt-in starts, warning that everyone who reaches the port acts as the key's user", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => checkListenHost(true, true, { OCTOPRINT_PROXY_ALLOW_REMOTE: '1' })).not.toThrow();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining("Everyone who can reach this port acts as that key's OctoPrint user"),
    );
  });
});
