import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../octoprint/parse.ts';
import { createActivityStore, type ActivityStore } from './activity-store.ts';
import { applyEvent, linkChangeNotes, applySlicingProgress, loadEventWords } from './apply-event.ts';
import { applyPlugin } from './apply-plugin.ts';

// The event words are a chunk of their own (apply-event.ts): loaded first, so events are worded as they come.
beforeAll(() => loadEventWords());

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/octoprint-1.11.8/${name}`, import.meta.url), 'utf8')) as {
    messages: { msg: unknown }[];
  };

/** Feeds a recorded session's event and plugin messages through the parser into a fresh store. */
function replay(name: string): ActivityStore {
  const store = createActivityStore();
  let now = 1_000;
  for (const { msg } of fixture(name).messages) {
    if (typeof msg !== 'object' || msg === null) continue;
    const r = parseMessage(msg);
    if (!r.ok || r.message.unknown) continue;
    now += 100;
    if (r.message.key === 'event') applyEvent(store, r.message.data, now);
    if (r.message.key === 'plugin') applyPlugin(store, r.message.data, now);
  }
  return store;
}

describe('applyEvent on recorded sessions', () => {
  it('session 1: toasts for two prints done and one pause, and a feed without per-layer noise', () => {
    const s = replay('socket-session1-noncurrent.json').getState();
    expect(s.toasts.map((t) => t.title)).toEqual(['Print done', 'Print paused', 'Print done']);
    expect(s.toasts[0]?.body).toMatch(/^capture_short\.gcode in \d+ s$/);
    expect(s.feed.some((e) => e.type === 'ZChange' || e.type === 'ChartMarked')).toBe(false);
    expect(s.feed.map((e) => e.text)).toContain('Print paused: capture_long.gcode');
    expect(s.feed.map((e) => e.text)).toContain('Printer state: Paused');
  });

  it('session 2: one cancel toast (not a second "failed"), the firmware error, and the notification cleared on disconnect', () => {
    const store = createActivityStore();
    const all = fixture('socket-session2-noncurrent.json').messages;
    let now = 0;
    let notificationsBeforeDisconnect = 0;
    for (const { msg } of all) {
      if (typeof msg !== 'object' || msg === null) continue;
      const r = parseMessage(msg);
      if (!r.ok || r.message.unknown) continue;
      now += 10;
      if (r.message.key === 'event') {
        if (r.message.data.type === 'Disconnected' && notificationsBeforeDisconnect === 0)
          notificationsBeforeDisconnect = store.getState().notifications.length;
        applyEvent(store, r.message.data, now);
      }
      if (r.message.key === 'plugin') applyPlugin(store, r.message.data, now);
    }
    const s = store.getState();
    expect(notificationsBeforeDisconnect).toBe(1);
    expect(s.notifications).toEqual([]);
    // Toasts are capped at four; the cancel, the notification and the error must be among them, and no "failed".
    const titles = s.toasts.map((t) => t.title);
    expect(titles).toEqual(['Print cancelled', 'Printer notification', 'Printer error']);
    expect(s.toasts[2]?.body).toContain('Thermal Runaway');
    expect(s.toasts[2]?.kind).toBe('error');
    expect(s.feed.map((e) => e.text)).toContain('Printer says: Hello from capture');
  });
});

describe('action-command prompt', () => {
  it('shows a prompt with its choices and closes it on action close', () => {
    const store = createActivityStore();
    applyPlugin(
      store,
      {
        plugin: 'action_command_prompt',
        data: { action: 'show', text: 'Filament runout', choices: ['Continue', 'Abort'] },
      },
      1,
    );
    expect(store.getState().prompt).toMatchObject({ text: 'Filament runout', choices: ['Continue', 'Abort'] });
    applyPlugin(store, { plugin: 'action_command_prompt', data: { action: 'close' } }, 2);
    expect(store.getState().prompt).toBeNull();
  });

  it('ignores malformed prompt data and other plugins without throwing', () => {
    const store = createActivityStore();
    applyPlugin(store, { plugin: 'action_command_prompt', data: 'nonsense' }, 1);
    applyPlugin(store, { plugin: 'action_command_prompt', data: { action: 'show', choices: 7 } }, 1);
    applyPlugin(store, { plugin: 'firmware_check', data: { type: 'update' } }, 1);
    expect(store.getState()).toMatchObject({ prompt: null, notifications: [], toasts: [] });
  });
});

describe('slicing', () => {
  const progress = (p: number) => ({
    slicer: 'cura',
    source_location: 'local',
    source_path: 'cube.stl',
    dest_location: 'local',
    dest_path: 'cube.gcode',
    progress: p,
  });

  it('keeps one bar per job that slicingProgress moves and SlicingDone closes', () => {
    const store = createActivityStore();
    applySlicingProgress(store, progress(12.34));
    applySlicingProgress(store, progress(55));
    expect(store.getState().slicing).toEqual([
      expect.objectContaining({ key: 'cube.stl', progress: 55, status: 'running' }),
    ]);
    applyEvent(store, { type: 'SlicingDone', payload: { stl: 'cube.stl', gcode: 'cube.gcode', time: 3.2 } }, 5);
    expect(store.getState().slicing).toEqual([expect.objectContaining({ status: 'done', progress: 100 })]);
    expect(store.getState().toasts.at(-1)?.title).toBe('Slicing done');
  });

  it('closes a failed job with its reason and leaves another job running', () => {
    const store = createActivityStore();
    applySlicingProgress(store, progress(10));
    applySlicingProgress(store, { ...progress(20), source_path: 'other.stl' });
    applyEvent(store, { type: 'SlicingFailed', payload: { stl: 'cube.stl', reason: 'profile missing' } }, 5);
    const jobs = store.getState().slicing;
    expect(jobs.find((j) => j.key === 'cube.stl')).toMatchObject({
      status: 'failed',
      detail: 'profile missing',
      progress: 10,
    });
    expect(jobs.find((j) => j.key === 'other.stl')).toMatchObject({ status: 'running' });
  });

  it('does not write the store for a progress that rounds to the same value', () => {
    const store = createActivityStore();
    applySlicingProgress(store, progress(10));
    const before = store.getState().slicing;
    applySlicingProgress(store, progress(10.01));
    expect(store.getState().slicing).toBe(before);
  });
});

describe('link changes in the feed', () => {
  it('notes a lost link and its return, but not the first connect', () => {
    const store = createActivityStore();
    const applyLinkChange = linkChangeNotes(store);
    applyLinkChange('ready', 'authenticating', 1);
    applyLinkChange('backoff', 'ready', 2);
    applyLinkChange('connecting', 'backoff', 3);
    applyLinkChange('authenticating', 'open', 4);
    applyLinkChange('ready', 'authenticating', 5);
    expect(store.getState().feed.map((e) => e.text)).toEqual([
      'Connection to OctoPrint lost',
      'Connection to OctoPrint restored',
    ]);
  });

  it('does not call a re-login on the open socket a lost connection', () => {
    const store = createActivityStore();
    const applyLinkChange = linkChangeNotes(store);
    applyLinkChange('ready', 'authenticating', 1);
    for (let i = 0; i < 5; i++) {
      applyLinkChange('authenticating', 'ready', 2 + i);
      applyLinkChange('ready', 'authenticating', 2 + i);
    }
    expect(store.getState().feed).toEqual([]);
  });
});
