import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { FRAMES, openRecordingDb, rowFrames, type StoredRow } from './recorder-db.ts';
import { batchRows, DEFAULT_LIMITS, redactedText, sockjsLines, writeBatch, type Batch } from './recorder-write.ts';
import { readFrames } from './recording-export.ts';

const current = (i: number) => ({ current: { temps: [{ time: i, tool0: { actual: 200 + i, target: 210 } }] } });

function storedRows(db: IDBDatabase): Promise<StoredRow[]> {
  return new Promise((resolve) => {
    const req = db.transaction(FRAMES).objectStore(FRAMES).getAll();
    req.onsuccess = () => resolve(req.result as StoredRow[]);
  });
}

describe('recorder rows', () => {
  it('stores a batch as one row, which reads back as its frames with their own times', async () => {
    const db = await openRecordingDb(new IDBFactory());
    const batch: Batch = {
      times: [10, 20, 30],
      json: [JSON.stringify(current(1)), '{"event":{"type":"x\\ny"}}', 'not json'],
      kind: ['json', 'text', 'text'],
    };
    await writeBatch(db, 'p', batch, DEFAULT_LIMITS, 30);
    const stored = await storedRows(db);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ s: 'p', t: 10, ts: [10, 20, 30] });
    const frames = await readFrames(db, 'p');
    expect(frames.map((f) => f.t)).toEqual([10, 20, 30]);
    expect(frames.map((f) => JSON.parse(f.j) as unknown)).toEqual([
      current(1),
      { event: { type: 'x\ny' } },
      'not json',
    ]);
  });

  it('reads a row written before batching as the one frame it is', () => {
    const old: StoredRow = { s: 'p', t: 5, j: '{"current":{}}', n: 54 };
    expect(rowFrames(old)).toEqual([old]);
  });

  it('splits a batch so that no row outweighs an eighth of the byte bound', () => {
    const frames = Array.from({ length: 100 }, (_, i) => current(i));
    const json = frames.map((f) => JSON.stringify(f));
    const rows = batchRows('p', { times: frames.map((_, i) => i), json, kind: json.map(() => 'json' as const) }, 8000);
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(r.n).toBeLessThanOrEqual(1000);
    expect(rows.flatMap((r) => rowFrames(r).map((f) => f.t))).toEqual(frames.map((_, i) => i));
  });

  it('removes credentials from the text the recorder keeps of a frame, and leaves other frames as they are', () => {
    expect(redactedText('{"connected":{"apikey":"K","v":1,"n":{"session":"S"}}}', false)).toBe(
      '{"connected":{"v":1,"n":{}}}',
    );
    const plain = '{"current":{"logs":["apikey: shown as text"]}}';
    expect(redactedText(plain, false)).toBe(plain);
    expect(redactedText('{"a":{"token":"T"}}', true)).toBe('{"a":{}}');
  });

  it("splits a SockJS frame kept as it came into its messages, each at the frame's time and no credential", async () => {
    const db = await openRecordingDb(new IDBFactory());
    const frame = `a${JSON.stringify([current(1), { connected: { apikey: 'K', version: '1.11.8' } }, 'text'])}`;
    const batch: Batch = {
      times: [10, 20, 30, 40],
      json: [frame, `m${JSON.stringify(current(2))}`, 'a[{"current":', JSON.stringify(current(3))],
      kind: ['sockjs', 'sockjs', 'sockjs', 'json'],
    };
    await writeBatch(db, 'p', batch, DEFAULT_LIMITS, 40);
    const frames = await readFrames(db, 'p');
    expect(frames.map((f) => f.t)).toEqual([10, 10, 10, 20, 40]);
    expect(frames.map((f) => JSON.parse(f.j) as unknown)).toEqual([
      current(1),
      { connected: { version: '1.11.8' } },
      'text',
      current(2),
      current(3),
    ]);
  });

  it('reads a SockJS frame as sockjs-client does: a bad or empty one has no message', () => {
    expect(sockjsLines('a[]')).toEqual([]);
    expect(sockjsLines('a[{"x"')).toEqual([]);
    expect(sockjsLines('a{"x":1}')).toEqual([]);
    expect(sockjsLines('m"hi"')).toEqual(['"hi"']);
  });
});
