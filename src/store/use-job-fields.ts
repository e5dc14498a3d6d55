// The job fields a view shows, picked shallowly: it re-renders when one of them changes, not on every other field.
import { useShallow } from 'zustand/react/shallow';
import type { JobView } from './dashboard-store.ts';
import { useDashboard } from './services.tsx';

export function useJobFields<K extends keyof JobView>(...keys: K[]): Pick<JobView, K> {
  return useDashboard(useShallow((s) => Object.fromEntries(keys.map((k) => [k, s.job[k]])) as Pick<JobView, K>));
}
