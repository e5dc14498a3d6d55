import { describe, expect, it } from 'vitest';
import { say } from '../../shared/i18n.ts';
import { normaliseUrl, probeServer } from './probe-server.ts';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

describe('probeServer', () => {
  it('accepts a working server and reads its name', async () => {
    const f = (async (url: string) =>
      String(url).endsWith('/api/version')
        ? json(200, { server: '1.11.8' })
        : json(200, { appearance: { name: 'Prusa' } })) as unknown as typeof fetch;
    expect(await probeServer('http://p', 'K', f)).toEqual({ ok: true, name: 'Prusa', version: '1.11.8' });
  });

  it("does not mistake a static host's index.html for OctoPrint", async () => {
    const f = (async () => new Response('<!doctype html><html></html>', { status: 200 })) as unknown as typeof fetch;
    expect(await probeServer('', null, f)).toMatchObject({ ok: false, reason: 'not-octoprint' });
  });

  it('says the key is wrong on 403', async () => {
    const f = (async () => json(403, { error: 'nope' })) as unknown as typeof fetch;
    expect(await probeServer('http://p', 'bad', f)).toMatchObject({ ok: false, reason: 'key' });
  });

  it('tells a CORS block from an unreachable server', async () => {
    const cors = (async (_u: string, init?: RequestInit) => {
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const r = await probeServer('http://p', 'K', cors);
    expect(r).toMatchObject({ ok: false, reason: 'cors' });
    expect(r.ok ? '' : say(r.message)).toContain('api.allowCrossOrigin');
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await probeServer('http://p', 'K', down)).toMatchObject({ ok: false, reason: 'unreachable' });
  });

  it('normalises addresses', () => {
    expect(normaliseUrl(' octopi.local/ ')).toBe('http://octopi.local');
    expect(normaliseUrl('https://x/octoprint/')).toBe('https://x/octoprint');
    expect(normaliseUrl('')).toBe('');
  });
});
