import { describe, expect, it, vi } from 'vitest';
import { requestAppKey } from './appkeys.ts';

function fakeFetch(answers: Record<string, Array<[number, unknown]>>) {
  const calls: string[] = [];
  const f = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${String(url)}`;
    calls.push(key);
    const queue = answers[key];
    const [status, body] = (queue && queue.length > 1 ? queue.shift() : queue?.[0]) ?? [404, {}];
    return new Response(status === 204 ? null : JSON.stringify(body), { status });
  });
  return { f: f as unknown as typeof fetch, calls };
}

const noSleep = async () => {};

describe('requestAppKey', () => {
  it('polls until the user approves and returns the key', async () => {
    const { f, calls } = fakeFetch({
      'GET http://p/plugin/appkeys/probe': [[204, null]],
      'POST http://p/plugin/appkeys/request': [
        [201, { app_token: 'tok123', auth_dialog: 'http://p/plugin/appkeys/auth/tok123' }],
      ],
      'GET http://p/plugin/appkeys/request/tok123': [
        [202, {}],
        [202, {}],
        [200, { api_key: 'KEY' }],
      ],
    });
    const pending = vi.fn();
    const r = await requestAppKey({
      baseUrl: 'http://p/',
      app: 'OctoPrint Live',
      fetch: f,
      sleep: noSleep,
      onPending: pending,
    });
    expect(r).toEqual({ kind: 'granted', apiKey: 'KEY' });
    expect(pending).toHaveBeenCalledWith({ authDialog: 'http://p/plugin/appkeys/auth/tok123' });
    expect(calls.filter((c) => c.includes('request/tok123'))).toHaveLength(3);
  });

  it('reports a denial (404) and a server without the plugin', async () => {
    const denied = fakeFetch({
      'GET http://p/plugin/appkeys/probe': [[204, null]],
      'POST http://p/plugin/appkeys/request': [[201, { app_token: 't' }]],
      'GET http://p/plugin/appkeys/request/t': [[404, {}]],
    });
    expect(await requestAppKey({ baseUrl: 'http://p', app: 'a', fetch: denied.f, sleep: noSleep })).toEqual({
      kind: 'denied',
    });
    const none = fakeFetch({ 'GET http://p/plugin/appkeys/probe': [[404, {}]] });
    expect(await requestAppKey({ baseUrl: 'http://p', app: 'a', fetch: none.f, sleep: noSleep })).toEqual({
      kind: 'unsupported',
    });
  });

  it("reports OctoPrint's request limit (429, as a real 1.11.8 answers the fourth request in a minute)", async () => {
    const limited = fakeFetch({
      'GET http://p/plugin/appkeys/probe': [[204, null]],
      'POST http://p/plugin/appkeys/request': [
        [429, { error: 'You have made too many app key requests. Please try again later.' }],
      ],
    });
    expect(await requestAppKey({ baseUrl: 'http://p', app: 'a', fetch: limited.f, sleep: noSleep })).toEqual({
      kind: 'rate-limited',
      retryAfterS: null,
    });
  });

  it('rejects a token that is not a plain identifier', async () => {
    const evil = fakeFetch({
      'GET http://p/plugin/appkeys/probe': [[204, null]],
      'POST http://p/plugin/appkeys/request': [[201, { app_token: '../../api/logout' }]],
    });
    expect(await requestAppKey({ baseUrl: 'http://p', app: 'a', fetch: evil.f, sleep: noSleep })).toEqual({
      kind: 'unsupported',
    });
  });

  it('stops when aborted', async () => {
    const ctl = new AbortController();
    const { f } = fakeFetch({
      'GET http://p/plugin/appkeys/probe': [[204, null]],
      'POST http://p/plugin/appkeys/request': [[201, { app_token: 't' }]],
      'GET http://p/plugin/appkeys/request/t': [[202, {}]],
    });
    const r = requestAppKey({
      baseUrl: 'http://p',
      app: 'a',
      fetch: f,
      signal: ctl.signal,
      sleep: async () => ctl.abort(),
    });
    expect(await r).toEqual({ kind: 'aborted' });
  });
});
