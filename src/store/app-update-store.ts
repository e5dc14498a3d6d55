// The installed app's update state: a newer build is waiting in the service worker, and how to switch to it.
import { createStore } from 'zustand/vanilla';

export interface AppUpdateState {
  /** A new build is installed and waits for this page to let it take over. */
  waiting: boolean;
  /** Activates the waiting build and reloads the page into it; null until a service worker is registered. */
  apply: (() => void) | null;
}

export const appUpdate = createStore<AppUpdateState>()(() => ({ waiting: false, apply: null }));
