import { describe, expect, it, vi } from 'vitest';
import { createRestClient, csrfCookie, RestError } from './rest-client.ts';

const reply = (status: number, body: string, statusText = '') =>
  vi.fn(async () => new Response(body || null, { status, statusText }));

describe('createRestClient', () => {
  it('sends the API key in a header and JSON bodies, and parses JSON replies', async () => {
    const fetch = reply(200, '{"ok":true}');
    const rest = createRestClient({ baseUrl: 'http://octopi.local/', apiKey: 'KEY', fetch });
    await expect(rest.post('/api/printer/bed', { command: 'target', target: 60 })).resolves.toEqual({ ok: true });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://octopi.local/api/printer/bed');
    expect(init.headers).toEqual({ 'X-Api-Key': 'KEY', 'Content-Type': 'application/json' });
    expect(init.body).toBe('{"command":"target","target":60}');
    expect(init.credentials).toBe('omit');
    await expect(createRestClient({ baseUrl: '', fetch: reply(204, '') }).get('/api/version')).resolves.toBeNull();
    await expect(createRestClient({ baseUrl: '', fetch: reply(200, 'plain') }).get('/x')).resolves.toBe('plain');
  });

  it("turns errors into RestError with OctoPrint's {error} text or the status text", async () => {
    const e1 = await createRestClient({ baseUrl: '', fetch: reply(409, '{"error":"Printer is not operational"}') })
      .post('/api/job')
      .catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(RestError);
    expect(e1).toMatchObject({ status: 409, message: '409 Printer is not operational' });
    const e2 = await createRestClient({ baseUrl: '', fetch: reply(500, 'oops', 'Internal') })
      .get('/x')
      .catch((e: unknown) => e);
    expect(e2).toMatchObject({ status: 500, message: '500 Internal' });
  });

  it('reports network errors and timeouts as status 0', async () => {
    const down = createRestClient({
      baseUrl: '',
      fetch: vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    });
    await expect(down.get('/x')).rejects.toMatchObject({
      status: 0,
      message: 'network error: TypeError: fetch failed',
    });
    const hang = vi.fn(
      (_u: string, init?: RequestInit) =>
        new Promise<Response>((_r, rej) => init?.signal?.addEventListener('abort', () => rej(new Error('aborted')))),
    );
    const slow = createRestClient({ baseUrl: '', fetch: hang as unknown as typeof fetch, timeoutMs: 10 });
    await expect(slow.get('/x?recursive=true')).rejects.toMatchObject({
      status: 0,
      message: 'GET /x timed out after 0.01 s',
    });
  });

  it('times out a body that stalls after the headers, and says so', async () => {
    vi.useFakeTimers();
    try {
      // Headers and half a JSON body, then nothing: what a stalling proxy does. Aborting errors the body, as in a browser.
      const stalled = vi.fn((_u: string, init?: RequestInit) => {
        const stream = new ReadableStream<Uint8Array>({
          start(c) {
            c.enqueue(new TextEncoder().encode('{"files": ['));
            init?.signal?.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
          },
        });
        return Promise.resolve(new Response(stream, { status: 200 }));
      });
      const rest = createRestClient({ baseUrl: '', fetch: stalled as unknown as typeof fetch, timeoutMs: 15_000 });
      const outcome = rest.get('/api/files?recursive=true').catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(14_999);
      expect(stalled).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      await expect(outcome).resolves.toMatchObject({
        status: 0,
        message: 'GET /api/files: the answer timed out after 15 s while its body was being read',
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('passiveLogin returns the session and refuses an anonymous answer', async () => {
    const ok = createRestClient({
      baseUrl: '',
      fetch: reply(
        200,
        '{"name":"alice","session":"s","groups":["users",1],"needs":{"role":["status"]},"admin":false}',
      ),
    });
    await expect(ok.passiveLogin()).resolves.toMatchObject({
      name: 'alice',
      session: 's',
      groups: ['users'],
      needs: { role: ['status'] },
      admin: false,
    });
    const anon = createRestClient({ baseUrl: '', fetch: reply(200, '{"needs":{}}') });
    await expect(anon.passiveLogin()).rejects.toMatchObject({ status: 403 });
  });
});

describe('csrfCookie', () => {
  it("reads OctoPrint's CSRF cookie for the double-submit header", () => {
    expect(csrfCookie('session=abc; csrf_token_P5000=tok%3D1; other=x')).toBe('tok=1');
    expect(csrfCookie('session=abc')).toBeNull();
  });
});
