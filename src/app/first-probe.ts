// The same-origin OctoPrint probe on first use, started as the page loads instead of after the first render.
import type { ProbeResult } from '../features/connect-screen/probe-server.ts';

/** Where OctoPrint lives relative to this page when served beside it (README: way 3); '' = this origin. */
export const SAME_HOST_BASE = (import.meta.env.VITE_OCTOPRINT_BASE ?? '').replace(/\/+$/, '');

let early: Promise<ProbeResult> | null = null;

const probe = (): Promise<ProbeResult> =>
  // Loaded only here (no server saved yet), so a returning user's first screen does not carry it.
  import('../features/connect-screen/probe-server.ts').then(({ probeServer }) => probeServer(SAME_HOST_BASE, null));

/** Called at start when no server is saved: the probe's chunk and its two reads overlap React's first render. */
export function startFirstProbe(): void {
  early ??= probe();
}

/** The early probe's answer once (a later probe, after every server was removed, asks afresh). */
export function firstProbe(): Promise<ProbeResult> {
  const p = early ?? probe();
  early = null;
  return p;
}
