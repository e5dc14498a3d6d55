// React access to the perf store and the user's throttle choice (pin a factor or auto), kept apart from Services.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createPerfStore, type PerfState, type PerfStore } from './perf-store.ts';

export interface PerfServices {
  store: PerfStore;
  /** Pins OctoPrint's throttle factor, or null for auto. */
  pin(factor: number | null): void;
}

// Without a provider (component tests, panels mounted alone) the HUD shows an idle meter rather than throwing.
const fallback: PerfServices = { store: createPerfStore(), pin: () => undefined };
const PerfContext = createContext<PerfServices>(fallback);

export function PerfProvider({ perf, children }: { perf: PerfServices; children: ReactNode }) {
  return <PerfContext.Provider value={perf}>{children}</PerfContext.Provider>;
}

export function usePerfServices(): PerfServices {
  return useContext(PerfContext);
}

/** Selects from the perf store; the selector must return a primitive or a stable reference. */
export function usePerf<T>(selector: (s: PerfState) => T): T {
  return useStore(useContext(PerfContext).store, selector);
}
