import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRecordingDb, readTotals } from './recorder-db.ts';
import { redactedLine, saveLimits } from './recorder-write.ts';
import { createRecorder } from './recorder.ts';
import { readFrames } from './recording-export.ts';

const current = (i: number) => ({
  current: { state: { text: 'Printing' }, temps: [{ time: i, tool0: { actual: 200 + i, target: 210 } }] },
});

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) } as Storage;
}

describe('recorder', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps frames in memory on the hot path and writes them in one transaction per batch', async () => {
    const factory = new IDBFactory();
    const rec = createRecorder('http://printer', { factory, flushMs: 60_000 });
    const db = await rec.db();
    const spy = vi.spyOn(db, 'transaction');
    for (let i = 0; i < 500; i++) rec.note(current(i));
    expect(spy).not.toHaveBeenCalled();
    await rec.flush();
    expect(spy).toHaveBeenCalledTimes(1);
    const rows = await readFrames(db, 'http://printer');
    expect(rows).toHaveLength(500);
    expect(JSON.parse(rows[499]!.j)).toEqual(current(499));
    expect(rec.status.getState().count).toBe(500);
    expect((await readTotals(db)).count).toBe(500);
  });

  it('keeps a SockJS frame as its text and counts each message in it once written', async () => {
    const factory = new IDBFactory();
    const rec = createRecorder('http://printer', { factory, flushMs: 60_000 });
    const frame = `a${JSON.stringify([current(1), current(2)])}`;
    const stringify = vi.spyOn(JSON, 'stringify');
    rec.note(frame, true);
    // The hot path serialises nothing: the writer splits the frame later.
    expect(stringify).not.toHaveBeenCalled();
    stringify.mockRestore();
    rec.note(current(3));
    await rec.flush();
    const rows = await readFrames(await rec.db(), 'http://printer');
    expect(rows.map((r) => JSON.parse(r.j) as unknown)).toEqual([current(1), current(2), current(3)]);
    expect(rec.status.getState().count).toBe(3);
  });

  it('writes on its own after the batch interval', async () => {
    const factory = new IDBFactory();
    const rec = createRecorder('s', { factory, flushMs: 10 });
    rec.note(current(1));
    // A lone frame's batch is posted by a timer the quiet time (1 s) after the interval: past expect.poll's default 1 s.
    await expect.poll(async () => (await readTotals(await openRecordingDb(factory))).count, { timeout: 5_000 }).toBe(1);
  });

  it('never stores an API key, a session or a password, however deep', () => {
    const line = redactedLine({
      plugin: {
        plugin: 'x',
        data: { apikey: 'K', nested: { session: 'S', password: 'P', 'X-Api-Key': 'H', keep: 'ok' } },
      },
    });
    expect(line).not.toMatch(/"K"|"S"|"P"|"H"/);
    expect(JSON.parse(line)).toEqual({ plugin: { plugin: 'x', data: { nested: { keep: 'ok' } } } });
    expect(redactedLine('{"connected":{"apikey":"K","version":"1"}}')).toBe('{"connected":{"version":"1"}}');
    expect(redactedLine('not json')).toBe('"not json"');
  });

  it('writes a frame without its credentials, whether it came parsed or as text', async () => {
    const rec = createRecorder('s', { factory: new IDBFactory(), flushMs: 60_000 });
    rec.note({ connected: { apikey: 'K', version: '1.11.8' } });
    rec.note('{"plugin":{"data":{"session":"S","keep":1}}}');
    await rec.flush();
    const lines = (await readFrames(await rec.db(), 's')).map((r) => r.j);
    expect(lines).toEqual(['{"connected":{"version":"1.11.8"}}', '{"plugin":{"data":{"keep":1}}}']);
  });

  it('drops the oldest frames beyond the byte bound, and those older than the age bound', async () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    const factory = new IDBFactory();
    let now = 1_000_000;
    const rec = createRecorder('s', { factory, flushMs: 60_000, now: () => now });
    saveLimits({ maxAgeMs: 3600_000, maxBytes: 10_000 }, storage);
    for (let i = 0; i < 200; i++) rec.note(current(i));
    await rec.flush();
    const s = rec.status.getState();
    expect(s.bytes).toBeLessThanOrEqual(10_000);
    const rows = await readFrames(await rec.db(), 's');
    expect(rows.length).toBe(s.count);
    expect(JSON.parse(rows[rows.length - 1]!.j)).toEqual(current(199));
    expect(JSON.parse(rows[0]!.j)).not.toEqual(current(0));
    now += 2 * 3600_000;
    rec.note(current(500));
    await rec.flush();
    expect(rec.status.getState().count).toBe(1);
    expect(rec.status.getState().oldest).toBe(now);
  });

  it('stops with a visible notice when the storage is full, and records nothing more', async () => {
    const factory = new IDBFactory();
    const rec = createRecorder('s', { factory, flushMs: 60_000 });
    const db = await rec.db();
    const real = db.transaction.bind(db);
    vi.spyOn(db, 'transaction').mockImplementation((...args: Parameters<IDBDatabase['transaction']>) => {
      const tx = real(...args);
      const store = tx.objectStore.bind(tx);
      tx.objectStore = (name: string) => {
        const os = store(name);
        os.add = () => {
          throw new DOMException('quota', 'QuotaExceededError');
        };
        return os;
      };
      return tx;
    });
    rec.note(current(1));
    await rec.flush();
    expect(rec.status.getState().stopped).toMatch(/storage is full/);
    rec.note(current(2));
    await rec.flush();
    expect((await readTotals(await openRecordingDb(factory))).count).toBe(0);
  });
});

describe('recorder, off the hot path', () => {
  it('posts a batch from the frame that finds it older than the interval, its totals shown with the next frame', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let clock = 0;
      const rec = createRecorder('s', { factory: new IDBFactory(), flushMs: 10, now: () => clock });
      rec.note(current(1));
      clock = 5;
      rec.note(current(2));
      await vi.advanceTimersByTimeAsync(0);
      expect(rec.status.getState().count).toBe(0);
      clock = 10;
      rec.note(current(3));
      // Written (on the page here, in its idle time), but shown only with the next frame.
      await vi.waitFor(async () => {
        await vi.advanceTimersByTimeAsync(0);
        clock += 1;
        rec.note(current(4));
        expect(rec.status.getState().count).toBe(3);
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it("writes a quiet link's batch on a timer and shows its totals on their own", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const rec = createRecorder('s', { factory: new IDBFactory(), flushMs: 10, now: () => 0 });
      rec.note(current(1));
      await vi.advanceTimersByTimeAsync(500);
      expect(rec.status.getState().count).toBe(0);
      await vi.waitFor(async () => {
        await vi.advanceTimersByTimeAsync(1000);
        expect(rec.status.getState().count).toBe(1);
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes what it holds when the page is hidden', async () => {
    const page = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    vi.stubGlobal('document', page);
    const factory = new IDBFactory();
    const rec = createRecorder('s', { factory, flushMs: 60_000 });
    rec.note(current(1));
    page.dispatchEvent(new Event('visibilitychange'));
    const db = await openRecordingDb(factory);
    await new Promise((r) => setTimeout(r, 50));
    expect((await readTotals(db)).count).toBe(0);
    page.visibilityState = 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
    await expect.poll(async () => (await readTotals(db)).count).toBe(1);
    await rec.close();
  });
});
