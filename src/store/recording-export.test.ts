import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { frameMessage, parseRecordingText } from '../octoprint/recording/format.ts';
import type { FrameRow } from './recorder-db.ts';
import { gzipText, recordingFileName, recordingText, selectSpan } from './recording-export.ts';

const row = (t: number, m: unknown): FrameRow => {
  const j = JSON.stringify(m);
  return { s: 'http://p', t, j, n: j.length };
};
const ev = (type: string) => ({ event: { type, payload: {} } });
const rows = [
  row(0, { connected: { version: '1.11.8', plugin_hash: 'ph', config_hash: 'ch' } }),
  row(60_000, ev('PrintStarted')),
  row(120_000, { current: {} }),
  row(180_000, ev('PrintDone')),
  row(240_000, { current: {} }),
  row(900_000, ev('PrintStarted')),
  row(960_000, { current: {} }),
];

describe('recording export', () => {
  it('picks the span: last 10 minutes, last hour, the current or last print, everything', () => {
    expect(selectSpan(rows, 'last10m', 960_000).map((r) => r.t)).toEqual([900_000, 960_000]);
    expect(selectSpan(rows, 'last1h', 960_000)).toHaveLength(7);
    expect(selectSpan(rows, 'all', 0)).toHaveLength(7);
    // The current print runs to the newest frame, after the hello that names the server.
    expect(selectSpan(rows, 'print', 0).map((r) => r.t)).toEqual([0, 900_000, 960_000]);
    expect(selectSpan(rows.slice(0, 5), 'print', 0).map((r) => r.t)).toEqual([0, 60_000, 120_000, 180_000]);
    expect(selectSpan(rows.slice(2, 3), 'print', 0)).toEqual([]);
  });

  it('writes a header with the server facts and one line per message, which reads back the same (gzip)', async () => {
    const text = recordingText(rows, 'http://p', 'all');
    const gz = Buffer.from(await (await gzipText(text)).arrayBuffer());
    const back = parseRecordingText(gunzipSync(gz).toString('utf8'));
    expect(back.header).toMatchObject({
      server: 'http://p',
      octoprintVersion: '1.11.8',
      pluginHash: 'ph',
      configHash: 'ch',
      start: 0,
      end: 960_000,
      messages: 7,
    });
    expect(back.frames.map(frameMessage)).toEqual(rows.map((r) => JSON.parse(r.j)));
    expect(recordingFileName('http://printer.local:5000/octo', Date.UTC(2026, 11, 2, 3, 4))).toBe(
      'recording-printer.local-5000-octo-2026-12-02-03-04.jsonl.gz',
    );
  });
});
