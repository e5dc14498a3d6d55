// The job fields a view shows, picked shallowly: it re-renders when one of them changes, not on every other field.
import { useMemo } from 'react';
import { formatDuration } from '../shared/format.ts';
import { currentLocale } from '../shared/i18n.ts';
import type { DashboardState, JobView } from './dashboard-store.ts';
import { useDashboard } from './services.tsx';

function samePick<K extends keyof JobView>(picked: Pick<JobView, K>, job: JobView, fields: readonly K[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const k = fields[i] as K;
    if (!Object.is(picked[k], job[k])) return false;
  }
  return true;
}

export function useJobFields<K extends keyof JobView>(...keys: K[]): Pick<JobView, K> {
  const key = keys.join();
  // Most store changes (a heater, the data's age) leave the job as it was: the same job object gives the same pick
  // at once. A new job (every message while printing) builds a new pick only when one of its fields changed.
  const select = useMemo(() => {
    const fields = key.split(',') as K[];
    let job: JobView | null = null;
    let picked: Pick<JobView, K> | null = null;
    return (s: DashboardState): Pick<JobView, K> => {
      if (s.job === job && picked) return picked;
      job = s.job;
      if (picked && samePick(picked, s.job, fields)) return picked;
      const next = {} as Pick<JobView, K>;
      for (const k of fields) next[k] = s.job[k];
      picked = next;
      return picked;
    };
  }, [key]);
  return useDashboard(select);
}

/**
 * A job field as the page words it, for a `LiveText` or a selector: the server's values change with every message,
 * the text far less often (a duration each second or minute, a finish time each minute). Worded again only for a new
 * value of the field or a new language, not for each other change of the store or the job.
 */
export function jobText<K extends keyof JobView>(
  key: K,
  word: (value: JobView[K]) => string,
): (s: DashboardState) => string {
  let value: JobView[K] | undefined;
  let locale = '';
  let text = '';
  return (s) => {
    if (s.job[key] !== value || currentLocale() !== locale) {
      value = s.job[key];
      locale = currentLocale();
      text = word(value);
    }
    return text;
  };
}

/** A job duration as the page words it (elapsed, time left), for a `LiveText`. */
export const jobDuration = (key: 'printTime' | 'printTimeLeft', precision?: 'seconds' | 'minutes') =>
  jobText(key, (seconds) => formatDuration(seconds, precision));
