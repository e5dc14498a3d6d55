// After a reconnect to a changed server (version, plugins or config), says which changed and offers a reload.
import { useDashboard } from '../../store/services.tsx';

const WHAT: Record<string, string> = {
  version: 'the OctoPrint version',
  plugin_hash: 'the installed plugins',
  config_hash: 'the server configuration',
};

export function ReloadNotice() {
  const changed = useDashboard((s) => s.server.changed);
  if (changed.length === 0) return null;
  const words = changed.map((c) => WHAT[c] ?? c);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : words[0];
  return (
    <div className="reload-notice" role="alert" data-testid="reload-notice">
      <p>
        The server restarted with changes to {list}. This page may be out of date.
      </p>
      <button type="button" onClick={() => location.reload()}>
        Reload page
      </button>
    </div>
  );
}
