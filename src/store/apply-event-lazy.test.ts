import { afterEach, describe, expect, it, vi } from 'vitest';

// Each test gets fresh modules: the event words not loaded yet, as on a page's start.
async function fresh() {
  vi.resetModules();
  const events = await import('./apply-event.ts');
  const { createActivityStore, addFeed } = await import('./activity-store.ts');
  return { ...events, store: createActivityStore(), addFeed };
}

const done = { type: 'PrintDone', payload: { name: 'cube.gcode', path: 'cube.gcode', time: 42 } };
const started = { type: 'PrintStarted', payload: { name: 'cube.gcode', path: 'cube.gcode' } };

afterEach(() => {
  vi.doUnmock('./describe-event.ts');
});

describe('events that come before their words', () => {
  it('wait, then go to the feed and toasts in time order, worded, once the words load', async () => {
    const { applyEvent, loadEventWords, store, addFeed } = await fresh();
    applyEvent(store, started, 1_000);
    applyEvent(store, done, 2_000);
    // Something else noted meanwhile, later than both: it stays after them.
    addFeed(store, { at: 3_000, type: 'link:lost', category: 'connection', text: () => 'Connection lost' });
    expect(store.getState().feed.map((e) => e.type)).toEqual(['link:lost']);
    await loadEventWords();
    const s = store.getState();
    expect(s.feed.map((e) => e.type)).toEqual(['PrintStarted', 'PrintDone', 'link:lost']);
    expect(s.feed[0]?.text).toBe('Print started: cube.gcode');
    expect(s.toasts.map((t) => t.title)).toEqual(['Print done']);
    // Loaded: the next event is worded at once.
    applyEvent(store, started, 4_000);
    expect(store.getState().feed).toHaveLength(4);
  });

  it('go to the feed by name when the words cannot load, and the next event tries again', async () => {
    vi.doMock('./describe-event.ts', () => {
      throw new Error('chunk failed to load');
    });
    const { applyEvent, loadEventWords, store } = await fresh();
    applyEvent(store, started, 1_000);
    await loadEventWords();
    expect(store.getState().feed.map((e) => [e.type, e.text, e.category])).toEqual([
      ['PrintStarted', 'PrintStarted', 'other'],
    ]);
    vi.doUnmock('./describe-event.ts');
    applyEvent(store, done, 2_000);
    await loadEventWords();
    const s = store.getState();
    expect(s.feed.map((e) => e.text)).toEqual(['PrintStarted', expect.stringMatching(/^Print done: cube\.gcode/)]);
    expect(s.toasts.map((t) => t.title)).toEqual(['Print done']);
  });
});
