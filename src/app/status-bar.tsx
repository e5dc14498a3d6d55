// The status bar, sticky at the top: the printer's name and colour, its state, the job's progress and the one action.
import type { ReactNode } from 'react';
import { ConnectionStatus } from '../features/connection/connection-status.tsx';
import { JobPanel } from '../features/job/job-panel.tsx';
import { t } from '../shared/i18n.ts';
import { useDashboard, useServers, useServerSettings } from '../store/services.tsx';
import { statusKind } from '../store/status-kind.ts';
import { ActionSlot } from './action-slot.tsx';
import { SettingsMenu } from './settings-menu.tsx';

/** A replay's state, where the link state is otherwise. */
const ReplayState = () => (
  <span className="replay-badge" role="status" data-testid="replay-state">
    {t('replay.badge')}
  </span>
);

/** `linkSlot`, in a replay: "Replay" takes the link state's place, its controls a row of their own under the bar (in
 * place of the one action, which a replay has none of: no Retry, no Print). */
export function StatusBar({ linkSlot }: { linkSlot?: ReactNode }) {
  const kind = useDashboard(statusKind);
  const instanceName = useServerSettings((s) => s.name);
  const serverName = useServers((s) => s.servers.find((x) => x.id === s.currentId)?.name ?? '');
  const name = instanceName || serverName || 'OctoPrint';
  return (
    <header className="status-bar" data-kind={kind}>
      <div className="bar-identity">
        <span className="printer-swatch" aria-hidden="true" />
        <h1 className="printer-name" title={name}>
          {name}
        </h1>
      </div>
      <ConnectionStatus replay={linkSlot ? <ReplayState /> : undefined} />
      <JobPanel />
      {linkSlot ? null : <ActionSlot />}
      <SettingsMenu />
      {linkSlot ? <div className="bar-replay">{linkSlot}</div> : null}
    </header>
  );
}
