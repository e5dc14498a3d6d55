// The job fields a view shows, picked shallowly: it re-renders when one of them changes, not on every other field.
import { useShallow } from 'zustand/react/shallow';
import { formatDuration } from '../shared/format.ts';
import type { DashboardState, JobView } from './dashboard-store.ts';
import { useDashboard } from './services.tsx';

export function useJobFields<K extends keyof JobView>(...keys: K[]): Pick<JobView, K> {
  return useDashboard(useShallow((s) => Object.fromEntries(keys.map((k) => [k, s.job[k]])) as Pick<JobView, K>));
}

/**
 * A job duration as the page words it, for a `LiveText`: the server's seconds change with every message, and the
 * text with every second (or, past an hour, every minute); written into its node, it costs no render of the panel.
 */
export const jobDuration =
  (key: 'printTime' | 'printTimeLeft', precision?: 'seconds' | 'minutes') =>
  (s: DashboardState): string =>
    formatDuration(s.job[key], precision);
