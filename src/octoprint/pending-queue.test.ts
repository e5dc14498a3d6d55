import { describe, expect, it, vi } from 'vitest';
import { immediateScheduler, manualScheduler } from './frame-scheduler.ts';
import { PendingQueue } from './pending-queue.ts';
import type { Message, StateSnapshot } from './types.ts';

const snap = (n: number): StateSnapshot => ({
  state: { text: `S${n}`, flags: {} as StateSnapshot['state']['flags'], error: null },
  job: {
    file: { name: `f${n}`, path: null, origin: null, size: null, date: null },
    estimatedPrintTime: null,
    lastPrintTime: null,
    filament: null,
    user: null,
  },
  progress: { completion: n, filepos: null, printTime: null, printTimeLeft: null, printTimeLeftOrigin: null },
  currentZ: n,
  offsets: { tool0: n },
  serverTime: n,
  temps: [{ time: n, heaters: {} }],
  logs: [`l${n}`],
  messages: [`m${n}`],
  markings: [{ type: 'print', label: `${n}`, time: n }],
  busyFiles: [{ origin: 'local', path: `${n}` }],
});
const cur = (n: number): Message => ({ key: 'current', data: snap(n) });
const ev = (type: string): Message => ({ key: 'event', data: { type, payload: null } });

function setup(maxPending = 100) {
  const frames = manualScheduler();
  const out: Message[] = [];
  const q = new PendingQueue({
    scheduler: frames,
    maxPending,
    immediate: new Set(['history']),
    deliver: (m) => out.push(m),
  });
  return { frames, out, q };
}

describe('PendingQueue', () => {
  it('merges a run of currents: latest wins, temps/logs/messages concatenated in order', () => {
    const { frames, out, q } = setup();
    const first = cur(1);
    for (const m of [first, cur(2), cur(3)]) q.push(m);
    expect(q.pendingCount).toBe(1);
    expect(frames.pending).toBe(1);
    frames.frame();
    expect(out).toHaveLength(1);
    const d = (out[0] as { data: StateSnapshot }).data;
    expect(d.temps.map((t) => t.time)).toEqual([1, 2, 3]);
    expect(d.logs).toEqual(['l1', 'l2', 'l3']);
    expect(d.messages).toEqual(['m1', 'm2', 'm3']);
    const { temps: _t, logs: _l, messages: _m, ...rest } = d;
    const { temps: _t3, logs: _l3, messages: _m3, ...latest } = snap(3);
    expect(rest).toEqual(latest);
    expect(q.coalesced).toBe(2);
    // The received message itself is never changed (an extension may have kept it).
    expect((first as { data: StateSnapshot }).data.temps).toHaveLength(1);
  });

  it('keeps other messages in place between runs of currents', () => {
    const { frames, out, q } = setup();
    for (const m of [cur(1), ev('A'), cur(2), cur(3), ev('B')]) q.push(m);
    frames.frame();
    expect(out.map((m) => (m.key === 'event' ? (m.data as { type: string }).type : m.key))).toEqual([
      'current',
      'A',
      'current',
      'B',
    ]);
  });

  it('flushes waiting messages before an immediate one and delivers it at once', () => {
    const { frames, out, q } = setup();
    q.push(cur(1));
    q.push({ key: 'history', data: snap(9) });
    expect(out.map((m) => m.key)).toEqual(['current', 'history']);
    expect(frames.pending).toBe(0);
  });

  it('drops the oldest non-current beyond maxPending, counts it and re-merges the currents it separated', () => {
    const { frames, out, q } = setup(1);
    for (const m of [cur(1), ev('A'), cur(2), ev('B')]) q.push(m);
    expect(q.dropped).toBe(1);
    expect(q.pendingCount).toBe(2);
    frames.frame();
    expect(out).toHaveLength(2);
    expect((out[0] as { data: StateSnapshot }).data.temps.map((t) => t.time)).toEqual([1, 2]);
    expect(out[1]).toEqual(ev('B'));
  });

  it('never drops currents, however many wait', () => {
    const { frames, out, q } = setup(1);
    for (let i = 0; i < 50; i++) q.push(i % 2 ? ev(`E${i}`) : cur(i));
    frames.frame();
    const temps = out
      .filter((m) => m.key === 'current')
      .flatMap((m) => (m.data as StateSnapshot).temps.map((t) => t.time));
    expect(temps).toEqual(Array.from({ length: 25 }, (_, i) => i * 2));
  });

  it('delivers synchronously with the immediate scheduler and can be cleared', () => {
    const deliver = vi.fn();
    const q = new PendingQueue({ scheduler: immediateScheduler, maxPending: 10, immediate: new Set(), deliver });
    q.push(cur(1));
    q.push(cur(2));
    expect(deliver).toHaveBeenCalledTimes(2);
    const { frames, out, q: q2 } = setup();
    q2.push(cur(1));
    q2.clear();
    frames.frame();
    expect(out).toEqual([]);
    expect(q2.pendingCount).toBe(0);
  });
});
