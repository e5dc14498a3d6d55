import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { openRecordingDb } from './recorder-db.ts';
import { createWriteHandler, type WriteReply } from './recorder-worker.ts';
import { createWriter, type WorkerLike } from './recorder-writer.ts';
import { createRecorder } from './recorder.ts';
import { readFrames } from './recording-export.ts';

const current = (i: number) => ({ current: { temps: [{ time: i, tool0: { actual: 200 + i, target: 210 } }] } });

/** A worker in this thread: the handler the real one runs, on a database of the test's. */
function fakeWorker(factory: IDBFactory, fail?: string): WorkerLike {
  const handle = createWriteHandler(() => openRecordingDb(factory));
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(req) {
      const reply = (r: WriteReply) => worker.onmessage?.({ data: r } as MessageEvent<WriteReply>);
      if (fail) reply({ id: req.id, error: { name: fail, message: 'no room' } });
      else void handle(req, reply);
    },
  };
  return worker;
}

describe('recorder with its worker', () => {
  it('posts one message a batch and shows the totals the worker wrote', async () => {
    const factory = new IDBFactory();
    const worker = fakeWorker(factory);
    const posted = vi.spyOn(worker, 'postMessage');
    const rec = createRecorder('s', { writer: createWriter(worker), flushMs: 60_000 });
    for (let i = 0; i < 20; i++) rec.note(current(i));
    await rec.flush();
    expect(posted).toHaveBeenCalledTimes(1);
    expect(rec.status.getState().count).toBe(20);
    const frames = await readFrames(await openRecordingDb(factory), 's');
    expect(frames.map((f) => JSON.parse(f.j) as unknown)).toEqual(Array.from({ length: 20 }, (_, i) => current(i)));
  });

  it('writes on the page when the worker could not run', async () => {
    const factory = new IDBFactory();
    const worker = fakeWorker(factory);
    const posted = vi.spyOn(worker, 'postMessage');
    const rec = createRecorder('s', { writer: createWriter(worker), factory, flushMs: 60_000 });
    worker.onerror?.(new Event('error'));
    rec.note(current(1));
    await rec.flush();
    expect(posted).not.toHaveBeenCalled();
    expect(rec.status.getState()).toMatchObject({ count: 1, stopped: null });
  });

  it('stops with the notice when the worker finds the storage full', async () => {
    const rec = createRecorder('s', { writer: createWriter(fakeWorker(new IDBFactory(), 'QuotaExceededError')) });
    rec.note(current(1));
    await rec.flush();
    expect(rec.status.getState().stopped).toMatch(/storage is full/);
  });
});
