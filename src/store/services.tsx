// React access to the dashboard's stores and commands: the context carries handles only (zustand DI pattern).
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ActivityState, ActivityStore } from './activity-store.ts';
import type { ControlServices } from './control-services.ts';
import type { DashboardState, DashboardStore } from './dashboard-store.ts';
import type { InstanceSettings, InstanceStore } from './instance-settings.ts';
import type { Recorder } from './recorder.ts';
import type { SettingsState, SettingsStore } from './settings-store.ts';
import type { TemperatureSeries } from './temperature-series.ts';

/** What the UI may ask the printer or the link to do; implemented by the app's wiring. */
export interface Commands {
  retryNow(): void;
  /** Answers OctoPrint's action-command prompt with the chosen button's index. */
  answerPrompt(choice: number): Promise<void>;
}

export interface Services {
  store: DashboardStore;
  series: TemperatureSeries;
  activity: ActivityStore;
  settings: SettingsStore;
  /** The server's name, colour and webcam (/api/settings). */
  instance: InstanceStore;
  commands: Commands;
  /** The controls' stores and REST calls (temperature, job, motion, files, terminal). */
  controls?: ControlServices;
  /** The live link's recorder; absent while replaying a file. */
  recorder?: Recorder;
  /** The dashboard's clock in ms when it is not the wall clock: a replay's recorded receive time. */
  now?: () => number;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('useServices outside ServicesProvider');
  return s;
}

/** Selects from the dashboard store; the selector must return a primitive or a stable reference. */
export function useDashboard<T>(selector: (s: DashboardState) => T): T {
  return useStore(useServices().store, selector);
}

/** Selects from the activity store (feed, toasts, notifications, prompt, slicing). */
export function useActivity<T>(selector: (s: ActivityState) => T): T {
  return useStore(useServices().activity, selector);
}

/** Selects from the settings store (theme, chart window). */
export function useSettings<T>(selector: (s: SettingsState) => T): T {
  return useStore(useServices().settings, selector);
}

/** Selects from the instance store (name, colour, webcam). */
export function useInstance<T>(selector: (s: InstanceSettings & { baseUrl: string }) => T): T {
  return useStore(useServices().instance, selector);
}
