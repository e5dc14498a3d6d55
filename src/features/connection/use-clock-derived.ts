// Values derived from the dashboard store and the wall clock (data age, retry countdown): re-derived on each store
// change and a second after the last one, re-rendering only when a derived value changes, so a message that leaves the age at
// "0 s" costs this component nothing and the clock never adds a commit of its own while data flows.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { shallow } from 'zustand/shallow';
import { QuietTimer } from '../../shared/quiet-timer.ts';
import type { DashboardState } from '../../store/dashboard-store.ts';
import { useServices } from '../../store/services.tsx';

export function useClockDerived<T extends object>(derive: (s: DashboardState, now: number) => T, intervalMs = 1000): T {
  const { dashboard: store } = useServices();
  // The clock is read when something notifies, not in getSnapshot itself, so two reads in one render always agree.
  const clock = useRef(Date.now());
  const last = useRef<T | null>(null);
  const deriveRef = useRef(derive);
  deriveRef.current = derive;
  const subscribe = useCallback(
    (notify: () => void) => {
      // React is told only when the derived value changes: a message that leaves the age at "0 s" costs one derive.
      const check = () => {
        clock.current = Date.now();
        const prev = last.current;
        if (prev === null || !shallow(prev, deriveRef.current(store.getState(), clock.current))) notify();
      };
      // The clock ticks a whole interval after the last store change: while messages come faster than that it
      // never ticks, and when they stop the age counts on every second. A change only pokes the timer (no timer
      // call per message).
      const quiet: QuietTimer = new QuietTimer(intervalMs, () => {
        check();
        quiet.poke();
      });
      const unsubscribe = store.subscribe(() => {
        check();
        quiet.poke();
      });
      quiet.poke();
      return () => {
        unsubscribe();
        quiet.cancel();
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
