// The page's own fidelity steps, from full to frugal: what each panel may spend when the controller steps down.

export type TerminalMode = 'fancy' | 'plain' | 'paused-while-printing';

export interface Fidelity {
  level: number;
  /** The chart redraws at most once per this many ms (0 = every frame with new data). */
  chartMinIntervalMs: number;
  terminal: TerminalMode;
  animations: boolean;
  label: string;
}

/** Level 0 is full fidelity; each level gives up a little more (OctoPrint's terminal does fancy -> plain -> off). */
export const FIDELITY_LEVELS: readonly Fidelity[] = [
  { level: 0, chartMinIntervalMs: 0, terminal: 'fancy', animations: true, label: 'full' },
  { level: 1, chartMinIntervalMs: 1000, terminal: 'fancy', animations: false, label: 'animations off' },
  { level: 2, chartMinIntervalMs: 2000, terminal: 'plain', animations: false, label: 'chart 2 s, plain terminal' },
  {
    level: 3,
    chartMinIntervalMs: 5000,
    terminal: 'paused-while-printing',
    animations: false,
    label: 'chart 5 s, terminal paused',
  },
];

export const MAX_FIDELITY_LEVEL = FIDELITY_LEVELS.length - 1;

export function fidelityAt(level: number): Fidelity {
  const i = Math.min(MAX_FIDELITY_LEVEL, Math.max(0, Math.round(level)));
  return FIDELITY_LEVELS[i] as Fidelity;
}
