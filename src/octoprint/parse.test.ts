import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMessage } from './parse.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/octoprint-1.11.8/${name}`, import.meta.url), 'utf8'));

describe('parseMessage', () => {
  it('accepts the recorded connected message as an object, as sockjs-client delivers it', () => {
    const r = parseMessage(fixture('socket-connected-full.json').message);
    expect(r.ok && r.message.key).toBe('connected');
    if (r.ok && !r.message.unknown && r.message.key === 'connected') expect(r.message.data.permissions.length).toBe(37);
  });

  it('rejects a connected message whose identity is garbled, so it cannot pass as a changed server', () => {
    expect(parseMessage({ connected: { version: 42, plugin_hash: 'a', config_hash: 'b' } }).ok).toBe(false);
    expect(parseMessage({ connected: { version: '1.11.8', plugin_hash: null, config_hash: 'b' } }).ok).toBe(false);
    expect(parseMessage({ connected: { version: '1.11.8', plugin_hash: 'a', config_hash: [] } }).ok).toBe(false);
    expect(parseMessage({ connected: { version: '1.11.8' } }).ok).toBe(true);
  });

  it('cuts multi-megabyte texts (state, event type and payload) so they cannot freeze the page', () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const cur = parseMessage({
      current: { state: { text: big, flags: {}, error: big }, job: {}, progress: {}, temps: [] },
    });
    if (!cur.ok || cur.message.unknown || cur.message.key !== 'current') throw new Error('not a current');
    expect(cur.message.data.state.text.length).toBeLessThanOrEqual(4097);
    const ev = parseMessage({ event: { type: big, payload: { name: big, n: 1 } } });
    if (!ev.ok || ev.message.unknown || ev.message.key !== 'event') throw new Error('not an event');
    expect(ev.message.data.type.length).toBeLessThanOrEqual(4097);
    expect(String(ev.message.data.payload?.name).length).toBeLessThanOrEqual(4097);
    expect(ev.message.data.payload?.n).toBe(1);
  });

  it('accepts the raw-websocket form, a JSON string', () => {
    const r = parseMessage('{"timelapse": null}');
    expect(r).toEqual({ ok: true, message: { key: 'timelapse', data: null } });
  });

  it('narrows a current message with int and float numbers, chamber nulls and offline points', () => {
    const r = parseMessage({
      current: {
        state: { text: 'Offline', flags: { closedOrError: true }, error: '' },
        job: { file: {}, filament: null },
        progress: {},
        temps: [
          { time: 1795366972 },
          { time: 1795366973, tool0: { actual: 200, target: 200.0 }, chamber: { actual: null, target: null } },
        ],
        logs: ['a', 3, 'b'],
      },
    });
    expect(r.ok).toBe(true);
    if (!r.ok || r.message.unknown || r.message.key !== 'current') return;
    expect(r.message.data.state.flags.closedOrError).toBe(true);
    expect(r.message.data.temps).toEqual([
      { time: 1795366972, heaters: {} },
      { time: 1795366973, heaters: { tool0: { actual: 200, target: 200 }, chamber: { actual: null, target: null } } },
    ]);
    expect(r.message.data.logs).toEqual(['a', 'b']);
    expect(r.message.data.job.filament).toBeNull();
  });

  it('reports malformed frames instead of throwing', () => {
    for (const bad of ['{oops', '[]', 'null', '"str"', '{"a":1,"b":2}', '{}']) {
      expect(parseMessage(bad).ok).toBe(false);
    }
    expect(parseMessage({ current: 'nope' })).toEqual({
      ok: false,
      error: { error: 'invalid current payload', type: 'current' },
    });
  });

  it('passes unknown types through as unknown', () => {
    const r = parseMessage({ somethingNew: { x: 1 } });
    expect(r).toEqual({ ok: true, message: { key: 'somethingNew', data: { x: 1 }, unknown: true } });
  });

  it('never lets __proto__ keys reach a prototype', () => {
    const r = parseMessage('{"event": {"type": "X", "payload": {"__proto__": {"polluted": true}, "ok": 1}}}');
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (r.ok && !r.message.unknown && r.message.key === 'event')
      expect(r.message.data.payload).toEqual(Object.assign(Object.create(null), { ok: 1 }));
  });
});
