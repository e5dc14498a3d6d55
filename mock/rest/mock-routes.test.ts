import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type MockServer } from '../server.ts';

let mock: MockServer;

beforeAll(async () => {
  mock = await startMock({ port: 0, speed: 1 });
});

afterAll(async () => {
  await mock.close();
});

describe('the mock control surface (/mock, no key needed) on the mock server itself', () => {
  it('answers scripts on this machine and its own origin', async () => {
    expect((await fetch(`${mock.url}/mock/truth`)).status).toBe(200);
    expect((await fetch(`${mock.url}/mock/truth`, { headers: { Origin: mock.url } })).status).toBe(200);
  });

  it("refuses another website's page, and its preflight, before any CORS header is added", async () => {
    const foreign = await fetch(`${mock.url}/mock/scenario`, {
      method: 'POST',
      headers: { Origin: 'http://127.0.0.1:1', 'Content-Type': 'application/json' },
      body: '{"name":"restart"}',
    });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: string }).error).toContain('another website');
    const preflight = await fetch(`${mock.url}/mock/scenario`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${mock.url}/mock/truth`, { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    expect(mock.state.down).toBe(false);
  });

  it("leaves OctoPrint's own CORS on /api as recorded", async () => {
    const preflight = await fetch(`${mock.url}/api/job`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://evil.example');
  });
});
