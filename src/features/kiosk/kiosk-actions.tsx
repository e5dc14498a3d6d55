// The kiosk's buttons: preheat and cool down between prints; pause, resume and cancel during one, each confirmed
// first (a touch screen beside the printer is brushed by accident).
import { useState } from 'react';
import type { StateFlags } from '../../octoprint/types.ts';
import { t } from '../../shared/i18n.ts';
import { awaitState, statusText, useCommand } from '../../store/command-state.ts';
import type { JobCommand } from '../../store/control-api.ts';
import { jobActive } from '../../store/printer-view.ts';
import { useDashboard, useServerSettings, useServices } from '../../store/services.tsx';
import { useGate } from '../../store/use-gate.ts';
import { KioskConfirm } from './kiosk-confirm.tsx';

const CONFIRM_MS = 15_000;

const betweenPrints = (f: StateFlags) =>
  !f.operational ? t('gate.notOperational') : f.printing || f.paused || f.pausing ? t('kiosk.notDuringPrint') : null;
const canPause = (f: StateFlags) => (f.printing && !f.pausing ? null : t('jobControls.noPrint'));
const canResume = (f: StateFlags) => (f.paused && !f.resuming ? null : t('jobControls.notPaused'));
const canCancel = (f: StateFlags) => ((f.printing || f.paused) && !f.cancelling ? null : t('jobControls.noPrint'));

const effect: Record<Exclude<JobCommand, 'start'>, (f: StateFlags) => boolean> = {
  pause: (f) => f.paused || f.pausing,
  resume: (f) => f.printing && !f.paused,
  cancel: (f) => !f.printing && !f.paused,
};

type Asked = Exclude<JobCommand, 'start'>;

/** The question and its two answers, in the active language (read at render, so a language switch shows). */
const ask = (what: Asked): { question: string; yes: string; no: string } =>
  ({
    pause: { question: t('kiosk.askPause'), yes: t('kiosk.yesPause'), no: t('kiosk.keepPrinting') },
    resume: { question: t('kiosk.askResume'), yes: t('kiosk.yesResume'), no: t('kiosk.stayPaused') },
    cancel: { question: t('kiosk.askCancel'), yes: t('jobControls.yesCancel'), no: t('kiosk.keepIt') },
  })[what];

export function KioskActions() {
  const { dashboard, controls: c } = useServices();
  const ids = useDashboard((s) => s.heaterIds);
  const profile = useServerSettings((s) => s.profiles[0] ?? null);
  const paused = useDashboard((s) => s.printer.flags.paused || s.printer.flags.resuming);
  // From the flags, not the gates: while the link is down the gates close, but the print is still the printer's.
  const running = useDashboard((s) => jobActive(s.printer.flags));
  const heat = useGate('CONTROL', betweenPrints);
  const pause = useGate('PRINT', canPause);
  const resume = useGate('PRINT', canResume);
  const cancel = useGate('PRINT', canCancel);
  const cmd = useCommand();
  const [asking, setAsking] = useState<Asked | null>(null);
  // A question left open when the print ended is dropped, so it cannot come back with the next print.
  if (asking && !running) setAsking(null);

  const setTargets = (targets: Record<string, number>, what: string) =>
    void cmd.run(async () => {
      await Promise.all(Object.entries(targets).map(([id, t]) => c.api.setTarget(id, t)));
      await awaitState(
        dashboard,
        (s) => Object.entries(targets).every(([id, t]) => s.heaters[id]?.target === t),
        CONFIRM_MS,
        what,
      );
    });
  const preheatTargets = () => {
    const out: Record<string, number> = {};
    for (const id of ids) {
      const v = id.startsWith('tool') ? profile?.extruder : id === 'bed' ? profile?.bed : null;
      if (v != null) out[id] = v;
    }
    return out;
  };
  const send = (command: Asked) => {
    setAsking(null);
    void cmd.run(async () => {
      await c.api.job(command);
      await awaitState(
        dashboard,
        (s) => effect[command](s.printer.flags),
        CONFIRM_MS,
        () => t(`jobControls.effect.${command}`),
      );
    });
  };

  const primary: Asked = paused ? 'resume' : 'pause';
  const primaryGate = paused ? resume : pause;
  return (
    <div className="kiosk-actions" role="group" aria-label={t('kiosk.actions')}>
      {running ? (
        <>
          <button
            type="button"
            className="kiosk-button primary"
            disabled={!primaryGate.enabled || cmd.pending}
            onClick={() => setAsking(primary)}
          >
            {paused ? t('jobControls.resume') : t('jobControls.pause')}
          </button>
          <button
            type="button"
            className="kiosk-button danger"
            disabled={!cancel.enabled || cmd.pending}
            onClick={() => setAsking('cancel')}
          >
            {t('jobControls.cancel')}
          </button>
        </>
      ) : (
        <>
          <button
            type="button"
            className="kiosk-button primary"
            disabled={!heat.enabled || !profile || cmd.pending || ids.length === 0}
            onClick={() => setTargets(preheatTargets(), t('kiosk.profileTargets', { name: profile?.name ?? '' }))}
          >
            {profile ? t('kiosk.preheatProfile', { name: profile.name }) : t('farm.preheat')}
          </button>
          <button
            type="button"
            className="kiosk-button"
            disabled={!heat.enabled || cmd.pending || ids.length === 0}
            onClick={() => setTargets(Object.fromEntries(ids.map((id) => [id, 0])), t('presets.allOffWhat'))}
          >
            {t('farm.coolDown')}
          </button>
        </>
      )}
      <span role="status" aria-label={t('kiosk.status')} className={`kiosk-status cmd-${cmd.status.kind}`}>
        {statusText(cmd.status) || (running ? null : heat.reason)}
      </span>
      {/* The question closes by itself when its answer no longer applies (the print ended meanwhile). */}
      {asking && { pause, resume, cancel }[asking].enabled ? (
        <KioskConfirm
          {...ask(asking)}
          danger={asking === 'cancel'}
          onYes={() => send(asking)}
          onNo={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}
