// Display preferences a person chooses (theme, chart window), remembered in localStorage; the server's cutoff is the default.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { browserStorage, loadJson, persistPart, type KeyValueStorage } from '../shared/persist.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface PreferencesState {
  theme: ThemeChoice;
  /** The window the person picked, in minutes; null follows the server's `temperature.cutoff`. */
  chartMinutes: number | null;
  /** OctoPrint's `temperature.cutoff` (minutes), 30 by default. */
  serverCutoff: number;
  /** Heaters whose lines the person switched off in the chart legend. */
  hiddenHeaters: string[];
  /** The chart is frozen for inspection (not remembered across reloads). */
  chartPaused: boolean;
}

export type PreferencesStore = StoreApi<PreferencesState>;

export const CHART_WINDOWS = [5, 15, 30, 60] as const;
const KEY = 'octoprint-live.settings';

/** What storage held, narrowed: anything else in it is ignored. */
function narrow(v: unknown): Partial<PreferencesState> {
  if (typeof v !== 'object' || v === null) return {};
  const o = v as Record<string, unknown>;
  const out: Partial<PreferencesState> = {};
  if (o.theme === 'light' || o.theme === 'dark' || o.theme === 'system') out.theme = o.theme;
  if (typeof o.chartMinutes === 'number' && (CHART_WINDOWS as readonly number[]).includes(o.chartMinutes))
    out.chartMinutes = o.chartMinutes;
  if (Array.isArray(o.hiddenHeaters))
    out.hiddenHeaters = o.hiddenHeaters.filter((h): h is string => typeof h === 'string').slice(0, 16);
  return out;
}

export function createPreferencesStore(storage: KeyValueStorage | null = browserStorage()): PreferencesStore {
  const store = createStore<PreferencesState>()(() => ({
    theme: 'system',
    chartMinutes: null,
    serverCutoff: 30,
    hiddenHeaters: [],
    chartPaused: false,
    ...narrow(loadJson(storage, KEY)),
  }));
  // The pause and the server's cutoff are not a person's lasting choice.
  persistPart(store, storage, KEY, (s) => ({
    theme: s.theme,
    chartMinutes: s.chartMinutes,
    hiddenHeaters: s.hiddenHeaters,
  }));
  return store;
}

/** The chart window in seconds: the person's choice, else the server's cutoff. */
export function chartWindowSeconds(s: PreferencesState): number {
  return (s.chartMinutes ?? s.serverCutoff) * 60;
}

/** Reads `temperature.cutoff` from a GET /api/settings body (untrusted). */
export function cutoffFromSettings(body: unknown): number | null {
  if (typeof body !== 'object' || body === null) return null;
  const t = (body as Record<string, unknown>).temperature;
  if (typeof t !== 'object' || t === null) return null;
  const c = (t as Record<string, unknown>).cutoff;
  return typeof c === 'number' && Number.isFinite(c) && c > 0 && c <= 24 * 60 ? c : null;
}

export function toggleHeater(store: PreferencesStore, id: string): void {
  store.setState((s) => ({
    hiddenHeaters: s.hiddenHeaters.includes(id) ? s.hiddenHeaters.filter((h) => h !== id) : [...s.hiddenHeaters, id],
  }));
}
