// The printer's serial link to OctoPrint, in the status bar: Connect (the primary action) when it is offline, after an
// error too; Disconnect, secondary, only while idle (OctoPrint would end a running print).
import { useState } from 'react';
import type { StateFlags } from '../../octoprint/types.ts';
import { t } from '../../shared/i18n.ts';
import { awaitState, useCommand } from '../../store/command-state.ts';
import { jobActive } from '../../store/printer-view.ts';
import { useDashboard, useServices } from '../../store/services.tsx';
import { useGate } from '../../store/use-gate.ts';
import { CommandStatusText } from '../../ui/command-status.tsx';
import { PlugIcon } from './plug-icon.tsx';

const CONFIRM_MS = 20_000;

const canConnect = (f: StateFlags) => (f.operational ? t('printerConnection.connected') : null);
/** OctoPrint disconnects a printing printer too, which would end the print: here only an idle one. */
const canDisconnect = (f: StateFlags) =>
  !f.operational
    ? t('printerConnection.notConnected')
    : f.printing || f.paused || f.pausing || f.cancelling
      ? t('printerConnection.notWhilePrinting')
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
        () => (want ? t('printerConnection.toConnect') : t('printerConnection.toDisconnect')),
      );
    });
  };
  const gate = connected ? disconnect : connect;
  return (
    <div className="printer-connection" role="group" aria-label={t('printerConnection.label')}>
      <CommandStatusText status={cmd.status} label={t('printerConnection.status')} />
      {gate.reason && !busy ? <span className="gate-reason">{gate.reason}</span> : null}
      {!connected ? (
        <button
          type="button"
          className="primary"
          disabled={!gate.enabled || cmd.pending}
          onClick={() => send('connect')}
        >
          <PlugIcon />
          {t('printerConnection.connect')}
        </button>
      ) : busy ? null : (
        <button type="button" disabled={!gate.enabled || cmd.pending} onClick={() => setAsking(true)}>
          {t('printerConnection.disconnect')}
        </button>
      )}
      {asking && connected ? (
        <div role="alertdialog" aria-label={t('printerConnection.confirmLabel')} className="confirm">
          <span>{t('printerConnection.confirmText')}</span>
          <button type="button" onClick={() => send('disconnect')}>
            {t('printerConnection.yes')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('printerConnection.stay')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
