// Values derived from the dashboard store and the wall clock (data age, retry countdown): re-derived on each store
// change and a second after the last one, re-rendering only when a derived value changes, so a message that leaves the age at
// "0 s" costs this component nothing and the clock never adds a commit of its own while data flows.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { shallow } from 'zustand/shallow';
import type { DashboardState } from '../../store/dashboard-store.ts';
import { useServices } from '../../store/services.tsx';

export function useClockDerived<T extends object>(derive: (s: DashboardState, now: number) => T, intervalMs = 1000): T {
  const { dashboard: store } = useServices();
  // The clock is read when something notifies, not in getSnapshot itself, so two reads in one render always agree.
  const clock = useRef(Date.now());
  const last = useRef<T | null>(null);
  const subscribe = useCallback(
    (notify: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // The clock ticks only a whole interval after the last store change: while messages come faster than that it
      // never fires (a task a second that found nothing new), and when they stop the age counts on every second.
      const tick = () => {
        clock.current = Date.now();
        notify();
        clearTimeout(timer);
        timer = setTimeout(tick, intervalMs);
      };
      const unsubscribe = store.subscribe(tick);
      timer = setTimeout(tick, intervalMs);
      return () => {
        unsubscribe();
        clearTimeout(timer);
      };
    },
    [store, intervalMs],
  );
  const getSnapshot = () => {
    const next = derive(store.getState(), clock.current);
    if (last.current === null || !shallow(last.current, next)) last.current = next;
    return last.current;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
