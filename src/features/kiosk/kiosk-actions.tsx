// The kiosk's buttons: preheat and cool down between prints; pause, resume and cancel during one, each confirmed
// first (a touch screen beside the printer is brushed by accident).
import { useState } from 'react';
import type { StateFlags } from '../../octoprint/types.ts';
import { t, type Words } from '../../shared/i18n.ts';
import { useCommand } from '../../store/command-state.ts';
import { canCancel, canPause, canResume, profileTargets, sendJob, setTargets } from '../../store/confirmed-commands.ts';
import type { JobCommand } from '../../store/control-api.ts';
import { jobActive } from '../../store/printer-view.ts';
import { useDashboard, useServerSettings, useServices } from '../../store/services.tsx';
import { useGate } from '../../store/use-gate.ts';
import { CommandStatusText } from '../../ui/command-status.tsx';
import { KioskConfirm } from './kiosk-confirm.tsx';

const betweenPrints = (f: StateFlags) =>
  !f.operational ? t('gate.notOperational') : f.printing || f.paused || f.pausing ? t('kiosk.notDuringPrint') : null;
type Asked = Exclude<JobCommand, 'start'>;

/** The question and its two answers, in the active language (read at render, so a language switch shows). */
const ask = (what: Asked): { question: string; yes: string; no: string } =>
  ({
    pause: { question: t('kiosk.askPause'), yes: t('kiosk.yesPause'), no: t('kiosk.keepPrinting') },
    resume: { question: t('kiosk.askResume'), yes: t('kiosk.yesResume'), no: t('kiosk.stayPaused') },
    cancel: { question: t('kiosk.askCancel'), yes: t('jobControls.yesCancel'), no: t('kiosk.keepIt') },
  })[what];

export function KioskActions() {
  const services = useServices();
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

  const apply = (targets: Record<string, number>, what: Words) =>
    void cmd.run(() => setTargets(services, targets, what));
  const send = (command: Asked) => {
    setAsking(null);
    void cmd.run(() => sendJob(services, command));
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
            onClick={() =>
              apply(profileTargets(ids, profile), t('kiosk.profileTargets', { name: profile?.name ?? '' }))
            }
          >
            {profile ? t('kiosk.preheatProfile', { name: profile.name }) : t('farm.preheat')}
          </button>
          <button
            type="button"
            className="kiosk-button"
            disabled={!heat.enabled || cmd.pending || ids.length === 0}
            onClick={() => apply(profileTargets(ids, null), t('presets.allOffWhat'))}
          >
            {t('farm.coolDown')}
          </button>
        </>
      )}
      <CommandStatusText
        status={cmd.status}
        label={t('kiosk.status')}
        className="kiosk-status"
        idle={running ? null : heat.reason}
      />
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
