import { describe, expect, it } from 'vitest';
import { createActivityStore } from './activity-store.ts';
import { createPreferencesStore } from './preferences-store.ts';
import { refreshOnReady } from './refresh-on-ready.ts';
import { createServerSettingsStore } from './server-settings.ts';

describe('refreshOnReady', () => {
  it('reads the cutoff, the server settings and an open prompt', async () => {
    const settings = createPreferencesStore(null);
    const serverSettings = createServerSettingsStore('');
    const activity = createActivityStore();
    const rest = {
      get: async (path: string) =>
        path === '/api/settings'
          ? { temperature: { cutoff: 15 }, feature: { printCancelConfirmation: false } }
          : { text: 'Insert SD', choices: ['Done'] },
    } as Parameters<typeof refreshOnReady>[0];
    expect(serverSettings.getState().read).toBe(false);
    await refreshOnReady(rest, { preferences: settings, serverSettings, activity });
    expect(serverSettings.getState().read).toBe(true);
    expect(settings.getState().serverCutoff).toBe(15);
    expect(serverSettings.getState().printCancelConfirmation).toBe(false);
    expect(activity.getState().prompt).toMatchObject({ text: 'Insert SD', choices: ['Done'] });
  });

  it('keeps defaults when the reads fail, and clears a prompt the server no longer has', async () => {
    const settings = createPreferencesStore(null);
    const serverSettings = createServerSettingsStore('');
    const activity = createActivityStore({ prompt: { id: 1, text: 'old', choices: [] } });
    const rest = {
      get: async (path: string) => {
        if (path === '/api/settings') throw new Error('403');
        return {};
      },
    } as Parameters<typeof refreshOnReady>[0];
    await refreshOnReady(rest, { preferences: settings, serverSettings, activity });
    // Known to have failed: the webcam's column stops waiting for it.
    expect(serverSettings.getState().read).toBe(true);
    expect(settings.getState().serverCutoff).toBe(30);
    expect(activity.getState().prompt).toBeNull();
  });

  it('leaves a prompt pushed while the REST read was in flight (the answer is older)', async () => {
    const settings = createPreferencesStore(null);
    const serverSettings = createServerSettingsStore('');
    const activity = createActivityStore();
    let answer: (body: unknown) => void = () => {};
    const rest = {
      get: (path: string) =>
        path === '/api/plugin/action_command_prompt'
          ? new Promise<unknown>((resolve) => (answer = resolve))
          : Promise.resolve({}),
    } as Parameters<typeof refreshOnReady>[0];
    const done = refreshOnReady(rest, { preferences: settings, serverSettings, activity });
    activity.setState({ prompt: { id: 7, text: 'Continue?', choices: ['Yes', 'No'] } });
    answer({});
    await done;
    expect(activity.getState().prompt).toMatchObject({ text: 'Continue?' });
  });

  it("takes the printer's notifications so far, keeping one pushed during the read", async () => {
    const settings = createPreferencesStore(null);
    const serverSettings = createServerSettingsStore('');
    const activity = createActivityStore({
      notifications: [{ id: 1, at: 0, text: 'stale, from before a disconnect' }],
    });
    let answer: (body: unknown) => void = () => {};
    const rest = {
      get: (path: string) =>
        path === '/api/plugin/action_command_notification'
          ? new Promise<unknown>((resolve) => (answer = resolve))
          : Promise.resolve({}),
    } as Parameters<typeof refreshOnReady>[0];
    const done = refreshOnReady(rest, { preferences: settings, serverSettings, activity });
    activity.setState((s) => ({ notifications: [...s.notifications, { id: 2, at: 5, text: 'just pushed' }] }));
    answer({ notifications: [{ timestamp: 1700000000, message: 'Filament low' }, { message: 42 }] });
    await done;
    expect(activity.getState().notifications.map((n) => [n.text, n.at])).toEqual([
      ['Filament low', 1700000000_000],
      ['just pushed', 5],
    ]);
  });
});
