// Values derived from the dashboard store and the wall clock (data age, retry countdown): re-derived on each store
// change and a second after the last one, re-rendering only when a derived value changes, so a message that leaves the age at
// "0 s" costs this component nothing and the clock never adds a commit of its own while data flows.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import { QuietTimer } from '../../shared/quiet-timer.ts';
import { shallowEqual } from '../../shared/shallow-equal.ts';
import type { DashboardState } from '../../store/dashboard-store.ts';
import { useServices } from '../../store/services.tsx';

/**
 * `lateMs(state)` is how late a tick may come in that state. While messages come every half second, an exact tick wakes
 * every half second (each wake finds a newer message and waits for the rest of the second): a task of its own each
 * time, for a value that does not change. A counter that must not skip a second (a retry countdown) needs 0.
 */
export function useClockDerived<T extends object>(
  derive: (s: DashboardState, now: number) => T,
  intervalMs = 1000,
  lateMs: (s: DashboardState) => number = () => 0,
): T {
  const { dashboard: store } = useServices();
  // The clock is read when something notifies, not in getSnapshot itself, so two reads in one render always agree.
  const clock = useRef(Date.now());
  const last = useRef<T | null>(null);
  const deriveRef = useRef(derive);
  deriveRef.current = derive;
  const lateRef = useRef(lateMs);
  lateRef.current = lateMs;
  const subscribe = useCallback(
    (notify: () => void) => {
      // React is told only when the derived value changes: a message that leaves the age at "0 s" costs one derive.
      const check = () => {
        clock.current = Date.now();
        const prev = last.current;
        if (prev === null || !shallowEqual(prev, deriveRef.current(store.getState(), clock.current))) notify();
      };
      // The clock ticks a whole interval after the last store change: while messages come faster than that it
      // never ticks, and when they stop the age counts on every second. A change only pokes the timer (no timer
      // call per message).
      const quiet: QuietTimer = new QuietTimer(
        intervalMs,
        () => {
          check();
          quiet.poke();
        },
        () => lateRef.current(store.getState()),
      );
      let late = 0;
      const unsubscribe = store.subscribe(() => {
        check();
        // A tick that may be late, pending when exact ticks are needed again (the link drops and a countdown starts),
        // is dropped, so the next tick comes a whole interval after this change and not up to a lateness after.
        const allowed = lateRef.current(store.getState());
        if (allowed < late) quiet.cancel();
        late = allowed;
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
    if (last.current === null || !shallowEqual(last.current, next)) last.current = next;
    return last.current;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}
