// The job fields a view shows, picked shallowly: it re-renders when one of them changes, not on every other field.
import { useMemo } from 'react';
import { shallow } from 'zustand/shallow';
import { formatDuration } from '../shared/format.ts';
import { currentLocale } from '../shared/i18n.ts';
import type { DashboardState, JobView } from './dashboard-store.ts';
import { useDashboard } from './services.tsx';

export function useJobFields<K extends keyof JobView>(...keys: K[]): Pick<JobView, K> {
  const key = keys.join();
  // Most store changes (a heater, the data's age) leave the job as it was: the same job object gives the same pick
  // at once, without building and comparing a new one on every message.
  const select = useMemo(() => {
    let job: JobView | null = null;
    let picked: Pick<JobView, K> | null = null;
    return (s: DashboardState): Pick<JobView, K> => {
      if (s.job === job && picked) return picked;
      job = s.job;
      const next = Object.fromEntries(key.split(',').map((k) => [k, s.job[k as K]])) as Pick<JobView, K>;
      if (!picked || !shallow(picked, next)) picked = next;
      return picked;
    };
  }, [key]);
  return useDashboard(select);
}

/**
 * A job duration as the page words it, for a `LiveText`: the server's seconds change with every message, and the
 * text with every second (or, past an hour, every minute); written into its node, it costs no render of the panel.
 * Worded again only for a new job view or a new language, not for each other change of the store.
 */
export function jobDuration(
  key: 'printTime' | 'printTimeLeft',
  precision?: 'seconds' | 'minutes',
): (s: DashboardState) => string {
  let job: JobView | null = null;
  let locale = '';
  let text = '';
  return (s) => {
    if (s.job !== job || currentLocale() !== locale) {
      job = s.job;
      locale = currentLocale();
      text = formatDuration(job[key], precision);
    }
    return text;
  };
}
