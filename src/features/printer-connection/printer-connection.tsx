// The printer's serial link to OctoPrint, in the status bar: Connect (the primary action) when it is offline, after an
// error too; Disconnect, secondary, only while idle (OctoPrint would end a running print).
import { useState } from 'react';
import type { StateFlags } from '../../octoprint/types.ts';
import { awaitState, statusText, useCommand } from '../../store/command-state.ts';
import { jobActive } from '../../store/printer-view.ts';
import { useDashboard, useServices } from '../../store/services.tsx';
import { useGate } from '../../store/use-gate.ts';
import { PlugIcon } from './plug-icon.tsx';

const CONFIRM_MS = 20_000;

const canConnect = (f: StateFlags) => (f.operational ? 'printer connected' : null);
/** OctoPrint disconnects a printing printer too, which would end the print: here only an idle one. */
const canDisconnect = (f: StateFlags) =>
  !f.operational
    ? 'printer not connected'
    : f.printing || f.paused || f.pausing || f.cancelling
      ? 'not while printing'
      : null;

export function PrinterConnection() {
  const { dashboard, controls: c } = useServices();
  const connected = useDashboard((s) => s.printer.flags.operational);
  const busy = useDashboard((s) => jobActive(s.printer.flags));
  const connect = useGate('CONNECTION', canConnect);
  const disconnect = useGate('CONNECTION', canDisconnect);
  const cmd = useCommand();
  const [asking, setAsking] = useState(false);

  const send = (command: 'connect' | 'disconnect') => {
    setAsking(false);
    void cmd.run(async () => {
      await c.api.connection(command);
      const want = command === 'connect';
      await awaitState(
        dashboard,
        (s) => s.printer.flags.operational === want,
        CONFIRM_MS,
        want ? 'the printer to connect' : 'the printer to disconnect',
      );
    });
  };
  const gate = connected ? disconnect : connect;
  return (
    <div className="printer-connection" role="group" aria-label="Printer connection">
      <span role="status" aria-label="Printer connection status" className={`cmd-${cmd.status.kind}`}>
        {statusText(cmd.status)}
      </span>
      {gate.reason && !busy ? <span className="gate-reason">{gate.reason}</span> : null}
      {!connected ? (
        <button
          type="button"
          className="primary"
          disabled={!gate.enabled || cmd.pending}
          onClick={() => send('connect')}
        >
          <PlugIcon />
          Connect printer
        </button>
      ) : busy ? null : (
        <button type="button" disabled={!gate.enabled || cmd.pending} onClick={() => setAsking(true)}>
          Disconnect printer
        </button>
      )}
      {asking && connected ? (
        <div role="alertdialog" aria-label="Disconnect the printer?" className="confirm">
          <span>Disconnect the printer from OctoPrint?</span>
          <button type="button" onClick={() => send('disconnect')}>
            Yes, disconnect
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            Stay connected
          </button>
        </div>
      ) : null}
    </div>
  );
}
