import { describe, expect, it } from 'vitest';
import {
  checkOrigin,
  isHostAllowed,
  isLoopbackAddress,
  isLoopbackHost,
  type GuardPolicy,
  type HeaderBag,
} from './origin-guard.ts';

const LOCAL: GuardPolicy = { allowRemote: false, allowedHosts: [] };
const OPTED_IN: GuardPolicy = { allowRemote: true, allowedHosts: [] };

function verdict(headers: HeaderBag, opts: { method?: string; from?: string; policy?: GuardPolicy } = {}) {
  return checkOrigin(
    { method: opts.method ?? 'POST', headers, remoteAddress: opts.from ?? '127.0.0.1' },
    opts.policy ?? LOCAL,
  );
}

describe('origin check: Origin header', () => {
  it('refuses a foreign Origin, saying which', () => {
    const v = verdict({ host: '127.0.0.1:5173', origin: 'http://127.0.0.1:8080' });
    expect(v.allow).toBe(false);
    if (!v.allow) expect(v.reason).toMatch(/another website \(Origin: http:\/\/127\.0\.0\.1:8080\)/);
  });

  it('refuses Origin "null" (sandboxed frames, file: pages) and a non-http scheme', () => {
    expect(verdict({ host: '127.0.0.1:5173', origin: 'null' }).allow).toBe(false);
    expect(verdict({ host: 'localhost:5173', origin: 'chrome-extension://localhost:5173' }).allow).toBe(false);
  });

  it('allows the own origin under localhost, 127.0.0.1, [::1], any port, and with the default port left out', () => {
    expect(verdict({ host: 'localhost:5173', origin: 'http://localhost:5173' }).allow).toBe(true);
    expect(verdict({ host: '127.0.0.1:41234', origin: 'http://127.0.0.1:41234' }).allow).toBe(true);
    expect(verdict({ host: '[::1]:4173', origin: 'http://[::1]:4173' }).allow).toBe(true);
    expect(verdict({ host: 'localhost', origin: 'http://localhost:80' }).allow).toBe(true);
    expect(verdict({ host: 'LocalHost:5173', origin: 'http://localhost:5173' }).allow).toBe(true);
  });

  it('treats the other loopback name or another port as another origin', () => {
    expect(verdict({ host: '127.0.0.1:5173', origin: 'http://localhost:5173' }).allow).toBe(false);
    expect(verdict({ host: 'localhost:5173', origin: 'http://localhost:5174' }).allow).toBe(false);
  });

  it('refuses a preflight from another origin as such, and without a Host nothing is own', () => {
    const v = verdict(
      { host: 'localhost:5173', origin: 'http://evil.example', 'access-control-request-method': 'POST' },
      { method: 'OPTIONS' },
    );
    expect(v.allow).toBe(false);
    if (!v.allow) expect(v.reason).toContain('a CORS preflight comes from another website');
    expect(verdict({ origin: 'http://localhost:5173' }, { policy: { allowRemote: false } }).allow).toBe(false);
  });
});

describe('origin check: no Origin, no Sec-Fetch-* (curl, scripts)', () => {
  it('allows loopback callers, IPv4, IPv6 and IPv4-mapped', () => {
    for (const from of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])
      expect(verdict({ host: 'localhost:5173' }, { from }).allow).toBe(true);
  });

  it('refuses another machine, naming the opt-in, whatever headers it sends', () => {
    const v = verdict({ host: '192.168.1.5:5173' }, { from: '192.168.1.20' });
    expect(v.allow).toBe(false);
    if (!v.allow) expect(v.reason).toContain('OCTOPRINT_PROXY_ALLOW_REMOTE=1');
    const forged = { host: '192.168.1.5:5173', origin: 'http://192.168.1.5:5173', 'sec-fetch-site': 'same-origin' };
    expect(verdict(forged, { from: '::ffff:192.168.1.20' }).allow).toBe(false);
    expect(verdict({ host: 'x' }, { from: undefined as unknown as string }).allow).toBe(false);
  });

  it('lets another machine in with the opt-in, with its own Origin being the Host it was served under', () => {
    expect(verdict({ host: '192.168.1.5:5173' }, { from: '192.168.1.20', policy: OPTED_IN }).allow).toBe(true);
    expect(
      verdict(
        { host: '192.168.1.5:5173', origin: 'http://192.168.1.5:5173' },
        { from: '192.168.1.20', policy: OPTED_IN },
      ).allow,
    ).toBe(true);
    expect(
      verdict(
        { host: '192.168.1.5:5173', origin: 'http://192.168.1.9:3000' },
        { from: '192.168.1.20', policy: OPTED_IN },
      ).allow,
    ).toBe(false);
  });
});

describe('origin check: Sec-Fetch-Site', () => {
  it('refuses cross-site and same-site (another port of this host is same-site), and unknown values', () => {
    for (const site of ['cross-site', 'same-site', 'Cross-Site', 'bogus']) {
      const v = verdict({ host: 'localhost:5173', 'sec-fetch-site': site });
      expect(v.allow, site).toBe(false);
    }
    const v = verdict({ host: 'localhost:5173', 'sec-fetch-site': 'same-site', origin: 'http://localhost:5173' });
    if (!v.allow) expect(v.reason).toContain('Sec-Fetch-Site: same-site');
    else expect.fail('same-site allowed');
  });

  it('allows same-origin and none (the user typed the address)', () => {
    expect(
      verdict({ host: 'localhost:5173', 'sec-fetch-site': 'same-origin', origin: 'http://localhost:5173' }).allow,
    ).toBe(true);
    expect(verdict({ host: 'localhost:5173', 'sec-fetch-site': 'same-origin' }, { method: 'GET' }).allow).toBe(true);
    expect(verdict({ host: 'localhost:5173', 'sec-fetch-site': 'none' }, { method: 'GET' }).allow).toBe(true);
  });
});

describe('origin check: allowed hosts (DNS rebinding)', () => {
  it('refuses a rebound name even when Origin and Host agree, unless listed', () => {
    const rebound = { host: 'evil.example:5173', origin: 'http://evil.example:5173' };
    const v = verdict(rebound);
    expect(v.allow).toBe(false);
    if (!v.allow) expect(v.reason).toContain('DNS rebinding');
    expect(verdict(rebound, { policy: { allowRemote: false, allowedHosts: ['evil.example'] } }).allow).toBe(true);
    expect(verdict(rebound, { policy: { allowRemote: false, allowedHosts: true } }).allow).toBe(true);
  });

  it('follows Vite: IPs, localhost, *.localhost, names and .suffixes', () => {
    expect(isHostAllowed('10.0.0.2:80', [])).toBe(true);
    expect(isHostAllowed('[::1]:5173', [])).toBe(true);
    expect(isHostAllowed('app.localhost:5173', [])).toBe(true);
    expect(isHostAllowed('printer.lan:5173', ['.lan'])).toBe(true);
    expect(isHostAllowed('lan:5173', ['.lan'])).toBe(true);
    expect(isHostAllowed('printer.lan', ['octopi.lan'])).toBe(false);
    expect(isHostAllowed(undefined, [])).toBe(false);
  });
});

describe('listening address', () => {
  it('counts only loopback addresses and names as this machine', () => {
    expect([undefined, false, 'localhost', '127.0.0.1', '::1', '[::1]'].map((h) => isLoopbackHost(h))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([true, '0.0.0.0', '::', '192.168.1.5', 'octopi.lan'].map((h) => isLoopbackHost(h))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(isLoopbackAddress('128.0.0.1')).toBe(false);
    expect(isLoopbackAddress('::2')).toBe(false);
  });
});
