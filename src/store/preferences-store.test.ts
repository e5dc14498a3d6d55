import { describe, expect, it } from 'vitest';
import { chartWindowSeconds, createPreferencesStore, cutoffFromSettings, toggleHeater } from './preferences-store.ts';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('settings store', () => {
  it('follows the server cutoff until a window is chosen, and remembers the choice', () => {
    const kv = memory();
    const s = createPreferencesStore(kv);
    expect(chartWindowSeconds(s.getState())).toBe(30 * 60);
    s.setState({ serverCutoff: 45 });
    expect(chartWindowSeconds(s.getState())).toBe(45 * 60);
    s.setState({ chartMinutes: 5, theme: 'dark' });
    toggleHeater(s, 'bed');
    const again = createPreferencesStore(kv);
    expect(again.getState()).toMatchObject({
      chartMinutes: 5,
      theme: 'dark',
      hiddenHeaters: ['bed'],
      chartPaused: false,
    });
  });

  it('ignores corrupt or hostile stored values', () => {
    const s = createPreferencesStore(
      memory({ 'octoprint-live.settings': '{"theme":"<img>","chartMinutes":7,"hiddenHeaters":[1,"tool0"]}' }),
    );
    expect(s.getState()).toMatchObject({ theme: 'system', chartMinutes: null, hiddenHeaters: ['tool0'] });
    expect(createPreferencesStore(memory({ 'octoprint-live.settings': 'not json' })).getState().theme).toBe('system');
  });

  it('reads temperature.cutoff from /api/settings and rejects nonsense', () => {
    expect(cutoffFromSettings({ temperature: { cutoff: 30 } })).toBe(30);
    expect(cutoffFromSettings({ temperature: { cutoff: '30' } })).toBeNull();
    expect(cutoffFromSettings({ temperature: { cutoff: -1 } })).toBeNull();
    expect(cutoffFromSettings(null)).toBeNull();
  });
});
