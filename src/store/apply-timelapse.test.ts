import { beforeAll, describe, expect, it } from 'vitest';
import { createActivityStore } from './activity-store.ts';
import { applyEvent, loadEventWords } from './apply-event.ts';
import { applyRenderEvent, applyRenderProgress, applyTimelapseConfig } from './apply-timelapse.ts';

// The event words are a chunk of their own (apply-event.ts): loaded first, so events are worded as they come.
beforeAll(() => loadEventWords());

const movie = { gcode: 'cube.gcode', movie: '/timelapse/cube_20261201.mp4', movie_basename: 'cube_20261201.mp4' };

describe('timelapse rendering', () => {
  it('shows the render from MovieRendering through renderProgress to MovieDone, with a toast at each end', () => {
    const store = createActivityStore();
    for (const ev of [{ type: 'MovieRendering', payload: movie }]) {
      applyEvent(store, ev, 1);
      applyRenderEvent(store, ev);
    }
    applyRenderProgress(store, 42.4);
    expect(store.getState().render).toEqual({
      movie: 'cube_20261201.mp4',
      progress: 42,
      status: 'rendering',
      detail: '',
    });
    const done = { type: 'MovieDone', payload: movie };
    applyEvent(store, done, 2);
    applyRenderEvent(store, done);
    expect(store.getState().render).toMatchObject({ progress: 100, status: 'done' });
    expect(store.getState().feed.map((e) => e.text)).toEqual([
      'Rendering timelapse: cube_20261201.mp4',
      'Timelapse ready: cube_20261201.mp4',
    ]);
    expect(store.getState().toasts.map((t) => t.title)).toEqual(['Rendering timelapse', 'Timelapse ready']);
  });

  it('says why a render failed', () => {
    const store = createActivityStore();
    const failed = { type: 'MovieFailed', payload: { ...movie, returncode: 1, reason: 'ffmpeg crashed' } };
    applyEvent(store, failed, 1);
    applyRenderEvent(store, failed);
    expect(store.getState().render).toMatchObject({ status: 'failed', detail: 'ffmpeg crashed' });
    expect(store.getState().toasts[0]).toMatchObject({ kind: 'error', body: 'cube_20261201.mp4 — ffmpeg crashed' });
  });

  it('reads the timelapse setting message', () => {
    const store = createActivityStore();
    applyTimelapseConfig(store, null);
    expect(store.getState().timelapseMode).toBe('off');
    applyTimelapseConfig(store, { type: 'timed', options: { interval: 10 } });
    expect(store.getState().timelapseMode).toBe('a frame every 10 s');
    applyTimelapseConfig(store, { type: 'zchange', options: { retractionZHop: 0 } });
    expect(store.getState().timelapseMode).toBe('a frame at every layer change');
  });
});
