import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Connection } from 'sockjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headerLine } from '../src/octoprint/recording/format.ts';
import { loadRecording, serveReplay } from './replay.ts';

function file(frames: { t: number; m: unknown }[], gz = true): string {
  const h = headerLine({
    server: 's',
    octoprintVersion: null,
    pluginHash: null,
    configHash: null,
    start: 0,
    end: 0,
    span: 'all',
    messages: frames.length,
    app: 't',
  });
  const text = `${[h, ...frames.map((f) => JSON.stringify(f))].join('\n')}\n`;
  const path = join(mkdtempSync(join(tmpdir(), 'replay-')), gz ? 'r.jsonl.gz' : 'r.jsonl');
  writeFileSync(path, gz ? gzipSync(text) : text);
  return path;
}

function fakeConn() {
  const handlers: Record<string, (x: string) => void> = {};
  const written: string[] = [];
  const conn = {
    write: (s: string) => written.push(s),
    on: (ev: string, fn: (x: string) => void) => (handlers[ev] = fn),
  } as unknown as Connection;
  return { conn, written, emit: (ev: string, x = '') => handlers[ev]?.(x) };
}

afterEach(() => vi.useRealTimers());

describe('mock --replay', () => {
  const frames = [
    { t: 0, m: { connected: { version: '1.11.8' } } },
    { t: 100, m: { history: { temps: [] } } },
    { t: 1100, m: { current: { temps: [] } } },
    { t: 1100, m: '{broken' },
  ];

  it('sends the hello, waits for the client to log in, then the rest at the recorded pace times the speed', () => {
    vi.useFakeTimers();
    const rec = loadRecording(file(frames));
    expect(loadRecording(file(frames, false))).toEqual(rec);
    const c = fakeConn();
    const truth = { messagesSent: 0 };
    serveReplay(c.conn, rec, 2, truth);
    expect(c.written).toEqual(['{"connected":{"version":"1.11.8"}}']);
    vi.advanceTimersByTime(5000);
    expect(c.written).toHaveLength(1);
    c.emit('data', '{"subscribe":{}}');
    c.emit('data', '{"auth":"u:s"}');
    vi.advanceTimersByTime(1);
    expect(c.written).toHaveLength(2);
    vi.advanceTimersByTime(499);
    expect(c.written).toHaveLength(4);
    expect(c.written[3]).toBe('{broken');
    expect(truth.messagesSent).toBe(4);
  });

  it('stops when the client goes, and refuses a file that is not a recording', () => {
    vi.useFakeTimers();
    const c = fakeConn();
    serveReplay(
      c.conn,
      loadRecording(
        file([
          { t: 0, m: { current: {} } },
          { t: 1000, m: { current: {} } },
        ]),
      ),
      1,
      { messagesSent: 0 },
    );
    c.emit('close');
    vi.advanceTimersByTime(5000);
    expect(c.written).toHaveLength(1);
    const bad = join(mkdtempSync(join(tmpdir(), 'replay-')), 'x.txt');
    writeFileSync(bad, 'hello');
    expect(() => loadRecording(bad)).toThrow(/not a recording/);
  });
});
