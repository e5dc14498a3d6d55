import { describe, expect, it } from 'vitest';
import type { RecordedFrame } from '../octoprint/recording/format.ts';
import { ReplayPlayer } from './replay-player.ts';

/** A hand-driven clock and timer queue: time moves only when the test says. */
function harness(frames: RecordedFrame[], costPerFeedMs = 0) {
  let t = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const dashboards: { fed: [unknown, boolean][] }[] = [];
  const player = new ReplayPlayer(frames, {
    reset() {
      const d = { fed: [] as [unknown, boolean][] };
      dashboards.push(d);
      return {
        feed: (raw, now) => {
          d.fed.push([raw, now]);
          t += costPerFeedMs;
        },
      };
    },
    clock: () => t,
    schedule: (fn, ms) => {
      const timer = { at: t + ms, fn };
      timers.push(timer);
      return timer;
    },
    cancel: (id) => {
      const i = timers.indexOf(id as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
  });
  const advance = (ms: number) => {
    const end = t + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > end) break;
      timers.shift();
      t = Math.max(t, next.at);
      next.fn();
    }
    t = end;
  };
  return { player, dashboards, advance, pending: () => timers.length };
}

const frames = (n: number, stepMs: number): RecordedFrame[] =>
  Array.from({ length: n }, (_, i) => ({
    t: 10_000 + i * stepMs,
    line: JSON.stringify({ t: 10_000 + i * stepMs, m: { n: i } }),
  }));

describe('ReplayPlayer', () => {
  it('plays at the recorded pace times the speed, through the frame queue', () => {
    const h = harness(frames(61, 1000));
    h.player.seek(0);
    expect(h.dashboards[0]?.fed).toEqual([[{ n: 0 }, true]]);
    h.player.setSpeed(10);
    h.player.play();
    // The first tick finds nothing due and waits for frame 1 (100 ms at 10×); then batches every 200 ms.
    h.advance(100);
    expect(h.dashboards[0]?.fed.length).toBe(2);
    h.advance(900);
    expect(h.dashboards[0]?.fed.length).toBe(10);
    expect(h.dashboards[0]?.fed[9]).toEqual([{ n: 9 }, false]);
    expect(h.player.now).toBe(19_000);
    h.player.pause();
    h.advance(10_000);
    expect(h.dashboards[0]?.fed.length).toBe(10);
    h.player.setSpeed(60);
    h.player.play();
    h.advance(1100);
    expect(h.dashboards[0]?.fed.length).toBe(61);
    expect(h.player.state.getState()).toMatchObject({ playing: false, position: 60_000, applied: 61 });
    expect(h.pending()).toBe(0);
  });

  it('a frame due before the next batch (history right after connected) is fed when due, not at the next batch', () => {
    const h = harness([
      ...frames(1, 0),
      { t: 10_050, line: '{"t":10050,"m":{"n":"history"}}' },
      ...frames(3, 1000).slice(1),
    ]);
    h.player.seek(0);
    h.player.play();
    h.advance(60);
    expect(h.dashboards[0]?.fed.map(([m]) => (m as { n: unknown }).n)).toEqual([0, 'history']);
  });

  it('seeking back starts a fresh dashboard and catches up at once; forward only adds', () => {
    const h = harness(frames(100, 1000));
    h.player.seek(50_000);
    expect(h.dashboards).toHaveLength(1);
    expect(h.dashboards[0]?.fed).toHaveLength(51);
    h.player.seek(70_000);
    expect(h.dashboards).toHaveLength(1);
    expect(h.dashboards[0]?.fed).toHaveLength(71);
    h.player.seek(20_000);
    expect(h.dashboards).toHaveLength(2);
    expect(h.dashboards[1]?.fed.map(([m]) => (m as { n: number }).n)).toEqual(Array.from({ length: 21 }, (_, i) => i));
  });

  it('a long catch-up runs in slices of a few ms, never one long task', () => {
    const h = harness(frames(10_000, 100), 0.01);
    h.player.seek(Number.MAX_SAFE_INTEGER);
    const first = h.dashboards[0]?.fed.length ?? 0;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(1000);
    expect(h.player.state.getState().seeking).toBe(true);
    h.advance(1000);
    expect(h.dashboards[0]?.fed).toHaveLength(10_000);
    expect(h.player.state.getState()).toMatchObject({ seeking: false, applied: 10_000 });
  });

  it('play at the end starts over; dispose stops and lets the dashboard go', () => {
    const h = harness(frames(3, 1000));
    h.player.seek(5000);
    h.player.play();
    expect(h.dashboards).toHaveLength(2);
    h.player.dispose();
    expect(h.pending()).toBe(0);
    expect(h.player.state.getState().playing).toBe(false);
  });
});
