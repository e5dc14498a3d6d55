// Job controls for the status bar: one primary button that is Print, Pause or Resume as the state allows (in place),
// Cancel beside it with its confirmation; nothing to start while the printer is off (Connect takes the place then).
import { useState } from 'react';
import type { StateFlags } from '../../octoprint/types.ts';
import { t } from '../../shared/i18n.ts';
import { awaitState, statusText, useCommand } from '../../store/command-state.ts';
import type { JobCommand } from '../../store/control-api.ts';
import { jobActive } from '../../store/printer-view.ts';
import { useDashboard, useServerSettings, useServices } from '../../store/services.tsx';
import { useGate } from '../../store/use-gate.ts';
import { JobIcon } from './job-icons.tsx';

const CONFIRM_MS = 15_000;

const canStart = (f: StateFlags) =>
  !f.operational
    ? t('jobControls.notOperational')
    : f.printing || f.paused
      ? t('jobControls.running')
      : !f.ready
        ? t('jobControls.busy')
        : null;
const canPause = (f: StateFlags) => (f.printing && !f.pausing ? null : t('jobControls.noPrint'));
const canResume = (f: StateFlags) => (f.paused && !f.resuming ? null : t('jobControls.notPaused'));
const canCancel = (f: StateFlags) => ((f.printing || f.paused) && !f.cancelling ? null : t('jobControls.noPrint'));

/** The flags that show a command took effect: the pushed state is the acknowledgement. */
const effect: Record<JobCommand, (f: StateFlags) => boolean> = {
  start: (f) => f.printing || f.paused,
  pause: (f) => f.paused || f.pausing,
  resume: (f) => f.printing && !f.paused,
  cancel: (f) => !f.printing && !f.paused,
};

/** Which command the primary button carries: the one the printer's state asks for. */
function primaryFor(f: StateFlags): 'start' | 'pause' | 'resume' | null {
  if (f.paused || f.resuming) return 'resume';
  if (f.printing || f.pausing || f.cancelling) return 'pause';
  return f.operational ? 'start' : null;
}

const LABEL = { start: 'jobControls.print', pause: 'jobControls.pause', resume: 'jobControls.resume' } as const;
const ICON = { start: 'play', pause: 'pause', resume: 'play' } as const;

export function JobControls() {
  const { dashboard, controls: c } = useServices();
  const selected = useDashboard((s) => s.printer.selected?.name ?? null);
  const confirmCancel = useServerSettings((s) => s.printCancelConfirmation);
  const primary = useDashboard((s) => primaryFor(s.printer.flags));
  const running = useDashboard((s) => jobActive(s.printer.flags));
  const gates = {
    start: useGate('PRINT', canStart),
    pause: useGate('PRINT', canPause),
    resume: useGate('PRINT', canResume),
  };
  const cancel = useGate('PRINT', canCancel);
  const cmd = useCommand();
  const [asking, setAsking] = useState(false);

  const send = (command: JobCommand) => {
    setAsking(false);
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
  const onCancel = () => (confirmCancel ? setAsking(true) : send('cancel'));

  const gate = primary ? gates[primary] : null;
  const needsFile = primary === 'start' && !selected;
  const reason = gate?.reason ?? (needsFile ? t('jobControls.selectFile') : null);
  return (
    <div className="job-controls">
      <span role="status" aria-label={t('jobControls.status')} className={`cmd-${cmd.status.kind}`}>
        {statusText(cmd.status)}
      </span>
      {reason && !cmd.pending ? <span className="gate-reason">{reason}</span> : null}
      {running ? (
        <button
          type="button"
          className="danger"
          disabled={!cancel.enabled || cmd.pending}
          onClick={onCancel}
          title={cancel.reason ?? undefined}
        >
          <JobIcon name="stop" />
          {t('jobControls.cancel')}
        </button>
      ) : null}
      {primary && gate ? (
        <button
          type="button"
          className="primary"
          disabled={!gate.enabled || needsFile || cmd.pending}
          onClick={() => send(primary)}
        >
          <JobIcon name={ICON[primary]} />
          {t(LABEL[primary])}
        </button>
      ) : null}
      {asking && cancel.enabled ? (
        <div role="alertdialog" aria-label={t('jobControls.confirmLabel')} className="confirm">
          <span>{t('jobControls.confirmText')}</span>
          <button type="button" className="danger" onClick={() => send('cancel')}>
            {t('jobControls.yesCancel')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('jobControls.keepPrinting')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
