// Job and heater commands confirmed by what the server then pushes (the printer's flags, the heaters' targets), and
// the gates that say when each job command applies: one copy for the status bar, the presets and the kiosk.
import type { StateFlags } from '../octoprint/types.ts';
import { t, type Words } from '../shared/i18n.ts';
import { awaitState } from './command-state.ts';
import type { JobCommand } from './control-api.ts';
import type { Services } from './services.tsx';

/** How long a command waits for the push that shows it took effect. */
export const CONFIRM_MS = 15_000;

type Target = Pick<Services, 'dashboard' | 'controls'>;

export const canPause = (f: StateFlags) => (f.printing && !f.pausing ? null : t('jobControls.noPrint'));
export const canResume = (f: StateFlags) => (f.paused && !f.resuming ? null : t('jobControls.notPaused'));
export const canCancel = (f: StateFlags) =>
  (f.printing || f.paused) && !f.cancelling ? null : t('jobControls.noPrint');

/** The flags that show a command took effect: the pushed state is the acknowledgement. */
const effect: Record<JobCommand, (f: StateFlags) => boolean> = {
  start: (f) => f.printing || f.paused,
  pause: (f) => f.paused || f.pausing,
  resume: (f) => f.printing && !f.paused,
  cancel: (f) => !f.printing && !f.paused,
};

/** Sends a job command; resolves once the pushed flags show it, rejects after `timeoutMs`. */
export async function sendJob({ dashboard, controls }: Target, command: JobCommand, timeoutMs = CONFIRM_MS) {
  await controls.api.job(command);
  await awaitState(
    dashboard,
    (s) => effect[command](s.printer.flags),
    timeoutMs,
    () => t(`jobControls.effect.${command}`),
  );
}

/** Sets every heater's target; resolves once the pushed targets all match, rejects after `timeoutMs`. */
export async function setTargets(
  { dashboard, controls }: Target,
  targets: Record<string, number>,
  what: Words,
  timeoutMs = CONFIRM_MS,
) {
  await Promise.all(Object.entries(targets).map(([id, v]) => controls.api.setTarget(id, v)));
  await awaitState(
    dashboard,
    (s) => Object.entries(targets).every(([id, v]) => s.heaters[id]?.target === v),
    timeoutMs,
    what,
  );
}

/** A temperature profile's target per heater (tools, bed, chamber), or 0 for every heater when `p` is null. */
export function profileTargets(
  ids: readonly string[],
  p: { extruder: number | null; bed: number | null; chamber: number | null } | null,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of ids) {
    const v =
      p === null ? 0 : id.startsWith('tool') ? p.extruder : id === 'bed' ? p.bed : id === 'chamber' ? p.chamber : null;
    if (v !== null) out[id] = v;
  }
  return out;
}
