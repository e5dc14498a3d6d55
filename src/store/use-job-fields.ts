// The job fields a view shows, picked shallowly: it re-renders when one of them changes, not on every other field.
import { useShallow } from 'zustand/react/shallow';
import { formatDuration } from '../shared/format.ts';
import type { JobView } from './dashboard-store.ts';
import { useDashboard } from './services.tsx';

export function useJobFields<K extends keyof JobView>(...keys: K[]): Pick<JobView, K> {
  return useDashboard(useShallow((s) => Object.fromEntries(keys.map((k) => [k, s.job[k]])) as Pick<JobView, K>));
}

/**
 * A job duration as the page words it. The server's seconds change with every message, but past an hour the text
 * shows minutes: picking the text, not the number, spares a view the render and commit of every unchanged second.
 */
export function useJobDuration(key: 'printTime' | 'printTimeLeft', precision?: 'seconds' | 'minutes'): string {
  return useDashboard((s) => formatDuration(s.job[key], precision));
}
