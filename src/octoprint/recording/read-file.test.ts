import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { frameMessage, headerLine, parseRecordingText, RecordingError } from './format.ts';
import { readRecordingFile } from './read-file.ts';
import { serverLabel } from './server-label.ts';

const frames = [
  { t: 1000, m: { connected: { version: '1.11.8' } } },
  { t: 1500, m: { current: { temps: [{ time: 1, tool0: { actual: 20, target: 0 } }] } } },
  { t: 2000, m: { event: { type: 'PrintStarted', payload: { name: '<img src=x onerror=alert(1)>' } } } },
];

function text(fs: readonly { t: number; m: unknown }[] = frames, messages = fs.length): string {
  const h = headerLine({
    server: 'http://p',
    octoprintVersion: '1.11.8',
    pluginHash: null,
    configHash: null,
    start: 1000,
    end: 2000,
    span: 'all',
    messages,
    app: 'test',
  });
  return `${[h, ...fs.map((f) => JSON.stringify(f))].join('\n')}\n`;
}

const gz = (s: string) => new Blob([gzipSync(Buffer.from(s))]);

async function failure(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RecordingError);
  return (err as Error).message;
}

describe('reading a recording file', () => {
  it('reads a gzip recording and a plain one the same', async () => {
    const a = await readRecordingFile(gz(text()));
    const b = await readRecordingFile(new Blob([text()]));
    expect(a.header).toEqual(b.header);
    expect(b.frames.map((f) => ({ t: f.t, m: frameMessage(f) }))).toEqual(frames);
    expect(a.frames.map((f) => ({ t: f.t, m: frameMessage(f) }))).toEqual(frames);
    expect(a.header.octoprintVersion).toBe('1.11.8');
  });

  it('keeps hostile strings as inert data, exactly as written', async () => {
    const r = await readRecordingFile(gz(text()));
    expect((frameMessage(r.frames[2]!) as { event: { payload: { name: string } } }).event.payload.name).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('says a truncated gzip file is cut off', async () => {
    const bytes = gzipSync(Buffer.from(text()));
    expect(await failure(readRecordingFile(new Blob([bytes.subarray(0, bytes.length - 12)])))).toMatch(
      /cut off or corrupt/,
    );
  });

  it('grows its buffer past a size hint that is too small, and is not fooled by one that is too large', async () => {
    // 1.5 MB of text packs a hundredfold: more than the hint's cap of 64 times the file, so the buffer must grow.
    const many = Array.from({ length: 300 }, (_, i) => ({
      t: 1000 + i,
      m: { current: { n: i, pad: 'x'.repeat(5000) } },
    }));
    const bytes = Buffer.from(gzipSync(Buffer.from(text(many))));
    bytes.writeUInt32LE(10, bytes.length - 4);
    // gzip checks its own trailer: a wrong size is corruption, named as such (the hint never allocated 4 GB).
    expect(await failure(readRecordingFile(new Blob([bytes])))).toMatch(/cut off or corrupt/);
    bytes.writeUInt32LE(0xffffffff, bytes.length - 4);
    expect(await failure(readRecordingFile(new Blob([bytes])))).toMatch(/cut off or corrupt/);
    const r = await readRecordingFile(gz(text(many)));
    expect(r.frames).toHaveLength(300);
    expect(frameMessage(r.frames[299]!)).toEqual(many[299]!.m);
  });

  it('says a corrupted gzip file is corrupt', async () => {
    const bytes = Buffer.from(gzipSync(Buffer.from(text())));
    for (let i = 20; i < 40; i++) bytes[i] = (bytes[i] as number) ^ 0xff;
    expect(await failure(readRecordingFile(new Blob([bytes])))).toMatch(/damaged/);
  });

  it('says a foreign file is not a recording', async () => {
    expect(await failure(readRecordingFile(new Blob(['<html><body>hello</body></html>'])))).toMatch(/not a recording/);
    expect(await failure(readRecordingFile(gz('{"kind":"something-else"}\n')))).toMatch(
      /not a recording made by this dashboard/,
    );
    expect(await failure(readRecordingFile(new Blob([])))).toMatch(/empty/);
  });

  it('refuses a huge file before reading it, and a small one that unpacks to too much', async () => {
    const big = { size: 300 * 1024 * 1024, slice: () => new Blob([]) } as unknown as Blob;
    expect(await failure(readRecordingFile(big))).toMatch(/too large: 300 MB/);
    const bomb = gz(`${text()}${' '.repeat(2_000_000)}`);
    expect(await failure(readRecordingFile(bomb, { maxFileBytes: 1e9, maxTextBytes: 1_000_000 }))).toMatch(
      /unpacks to more than/,
    );
  });

  it('says a plain file cut off mid-line or short of its messages is incomplete', async () => {
    const t = text();
    expect(() => parseRecordingText(t.slice(0, t.length - 10))).toThrow(/line 4 is not complete JSON/);
    // Cut where the last line still ends in a brace.
    const cut = t.slice(0, t.indexOf('}', t.lastIndexOf('{"t"')) + 1);
    expect(() => parseRecordingText(cut)).toThrow(/line 4 is not complete JSON/);
    expect(() => parseRecordingText(text(frames.slice(0, 2), 3))).toThrow(/says 3 messages but holds 2/);
  });

  it('a line inside that is no JSON is played as the malformed frame it is', () => {
    const r = parseRecordingText(
      text([
        { t: 5, m: 1 },
        { t: 6, m: 2 },
      ] as never).replace('"m":1}', '"m":1,]}'),
    );
    expect(frameMessage(r.frames[0]!)).toBe('{"t":5,"m":1,]}');
    expect(frameMessage(r.frames[1]!)).toBe(2);
  });

  it('names damaged lines: not a frame, backwards in time, a wrong format, no messages', () => {
    expect(() => parseRecordingText(text([{ x: 1 } as never]))).toThrow(/line 2 is not a recorded message/);
    expect(() => parseRecordingText(text([frames[1]!, frames[0]!]))).toThrow(/goes back in time/);
    expect(() => parseRecordingText('{"kind":"octoprint-live-recording","format":9}')).toThrow(/format 9/);
    expect(() => parseRecordingText('{"kind":"octoprint-live-recording","format":1}')).toThrow(/first line is damaged/);
    expect(() => parseRecordingText(text([]))).toThrow(/no messages/);
  });
});

describe('serverLabel', () => {
  it('keeps scheme, host and path, never credentials or a query', () => {
    expect(serverLabel('http://user:secret@printer.local:5000/octo/?apikey=K#x')).toBe(
      'http://printer.local:5000/octo/',
    );
    expect(serverLabel('')).toBe('this page');
    expect(serverLabel('/octoprint')).toBe('/octoprint');
    expect(serverLabel('http://[bad')).toBe('unknown server');
  });
});
