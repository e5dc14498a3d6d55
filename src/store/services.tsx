// The one way React reaches state: providers carry store handles only (zustand DI), and each store has one hook here
// that selects from it and throws at once when its provider is missing.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ActivityState, ActivityStore } from './activity-store.ts';
import type { ControlServices } from './control-services.ts';
import type { DashboardState, DashboardStore } from './dashboard-store.ts';
import type { FilesState } from './files-store.ts';
import type { PerfState, PerfStore } from './perf-store.ts';
import type { PermissionsState } from './permissions-store.ts';
import type { PreferencesState, PreferencesStore } from './preferences-store.ts';
import type { Recorder } from './recorder.ts';
import type { ServerSettingsState, ServerSettingsStore } from './server-settings.ts';
import type { ServersState, ServersStore } from './servers-store.ts';
import type { TemperatureSeries } from './temperature-series.ts';
import { useTrackedStore } from './use-tracked-store.ts';

/** What the UI may ask the printer or the link to do; implemented by the app's wiring. */
export interface Commands {
  retryNow(): void;
  /** Answers OctoPrint's action-command prompt with the chosen button's index. */
  answerPrompt(choice: number): Promise<void>;
}

/** The render-cost meter's store and the person's throttle choice. */
export interface PerfServices {
  store: PerfStore;
  /** Pins OctoPrint's throttle factor, or null for auto. */
  pin(factor: number | null): void;
}

/** Everything one open server (or a replayed recording) gives the features; every member is always there. */
export interface Services {
  /** Link, server, printer (state text, flags, files in use, offsets, selected file), rounded readouts, job. */
  dashboard: DashboardStore;
  series: TemperatureSeries;
  activity: ActivityStore;
  /** The person's display preferences (theme, chart window, hidden lines), remembered in this browser. */
  preferences: PreferencesStore;
  /** The server's own settings from /api/settings (name, colour, webcam, profiles, terminal filters). */
  serverSettings: ServerSettingsStore;
  perf: PerfServices;
  /** The controls' stores and REST calls (permissions, files, terminal). */
  controls: ControlServices;
  commands: Commands;
  /** The live link's recorder (with `?record=off` one that says so and gets no frame); null while replaying a file. */
  recorder: Recorder | null;
  /** The dashboard's clock in ms when it is not the wall clock: a replay's recorded receive time. */
  now?: () => number;
}

const ServicesContext = createContext<Services | null>(null);
const ServersContext = createContext<ServersStore | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The saved servers, above every screen (connect, dashboard, farm). */
export function ServersProvider({ servers, children }: { servers: ServersStore; children: ReactNode }) {
  return <ServersContext.Provider value={servers}>{children}</ServersContext.Provider>;
}

/** The handles, for actions and for readers outside React (the chart, the terminal buffer). */
export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices outside ServicesProvider');
  return s;
}

/** The saved servers' handle, for its actions (open, close, forget). */
export function useServersStore(): ServersStore {
  const s = useContext(ServersContext);
  if (!s) throw new Error('useServersStore outside ServersProvider');
  return s;
}

// One selecting hook per store; a selector must return a primitive or a stable reference.

/** Wakes only for changes to the fields its selector reads: the dashboard store changes with every message. */
export function useDashboard<T>(selector: (s: DashboardState) => T): T {
  return useTrackedStore(useServices().dashboard, selector);
}

/** Feed, toasts, notifications, prompt, slicing. */
export function useActivity<T>(selector: (s: ActivityState) => T): T {
  return useStore(useServices().activity, selector);
}

export function usePreferences<T>(selector: (s: PreferencesState) => T): T {
  return useStore(useServices().preferences, selector);
}

export function useServerSettings<T>(selector: (s: ServerSettingsState) => T): T {
  return useStore(useServices().serverSettings, selector);
}

export function usePerf<T>(selector: (s: PerfState) => T): T {
  return useStore(useServices().perf.store, selector);
}

export function usePermissions<T>(selector: (s: PermissionsState) => T): T {
  return useStore(useServices().controls.permissions, selector);
}

export function useFiles<T>(selector: (s: FilesState) => T): T {
  return useStore(useServices().controls.files, selector);
}

export function useServers<T>(selector: (s: ServersState) => T): T {
  return useStore(useServersStore(), selector);
}
