// Job controls: start, pause, resume and cancel, each enabled only where OctoPrint accepts it.
import { useState } from 'react';
import { useStore } from 'zustand';
import { awaitState, statusText, useCommand } from '../../store/command-state.ts';
import type { JobCommand } from '../../store/control-api.ts';
import { useControls, useGate } from '../../store/use-controls.ts';
import type { StateFlags } from '../../octoprint/types.ts';
import './job-controls.css';

const CONFIRM_MS = 15_000;

const canStart = (f: StateFlags) => (!f.operational ? 'printer not operational' : f.printing || f.paused ? 'a print is running' : !f.ready ? 'printer busy' : null);
const canPause = (f: StateFlags) => (f.printing && !f.pausing ? null : 'no print running');
const canResume = (f: StateFlags) => (f.paused && !f.resuming ? null : 'not paused');
const canCancel = (f: StateFlags) => ((f.printing || f.paused) && !f.cancelling ? null : 'no print running');

/** The flags that show a command took effect: the pushed state is the acknowledgement. */
const effect: Record<JobCommand, (f: StateFlags) => boolean> = {
  start: (f) => f.printing || f.paused,
  pause: (f) => f.paused || f.pausing,
  resume: (f) => f.printing && !f.paused,
  cancel: (f) => !f.printing && !f.paused,
};

export function JobControls() {
  const c = useControls();
  const selected = useStore(c.printer, (s) => s.selected?.name ?? null);
  const confirmCancel = useStore(c.settings, (s) => s.printCancelConfirmation);
  const start = useGate('PRINT', canStart);
  const pause = useGate('PRINT', canPause);
  const resume = useGate('PRINT', canResume);
  const cancel = useGate('PRINT', canCancel);
  const cmd = useCommand();
  const [asking, setAsking] = useState(false);

  const send = (command: JobCommand) => {
    setAsking(false);
    void cmd.run(async () => {
      await c.api.job(command);
      await awaitState(c.printer, (s) => effect[command](s.flags), CONFIRM_MS, `the ${command}`);
    });
  };
  const onCancel = () => (confirmCancel ? setAsking(true) : send('cancel'));

  const idleReason = [start, pause, resume, cancel].every((g) => !g.enabled) ? start.reason : null;
  const reason = idleReason ?? (start.enabled && !selected ? 'select a file to print' : null);
  return (
    <div className="job-controls">
      <p className="job-file">
        File: <span data-testid="selected-file">{selected ?? 'none selected'}</span>
      </p>
      <div className="job-buttons">
        <button type="button" disabled={!start.enabled || !selected || cmd.pending} onClick={() => send('start')}>Print</button>
        <button type="button" disabled={!pause.enabled || cmd.pending} onClick={() => send('pause')}>Pause</button>
        <button type="button" disabled={!resume.enabled || cmd.pending} onClick={() => send('resume')}>Resume</button>
        <button type="button" className="danger" disabled={!cancel.enabled || cmd.pending} onClick={onCancel}>Cancel</button>
      </div>
      {asking && cancel.enabled ? (
        <div role="alertdialog" aria-label="Cancel the print?" className="confirm">
          <span>Cancel the running print? This cannot be undone.</span>
          <button type="button" className="danger" onClick={() => send('cancel')}>Yes, cancel print</button>
          <button type="button" onClick={() => setAsking(false)}>Keep printing</button>
        </div>
      ) : null}
      <span role="status" aria-label="Job command status" className={`cmd-${cmd.status.kind}`}>{statusText(cmd.status)}</span>
      {reason ? <span className="gate-reason">{reason}</span> : null}
    </div>
  );
}
