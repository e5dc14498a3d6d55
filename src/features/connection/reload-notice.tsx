// After a reconnect to a changed server (version, plugins or config), says which hash changed and offers a reload.
import { useDashboard } from '../../store/services.tsx';

const WHAT: Record<string, string> = {
  version: 'the OctoPrint version (version)',
  plugin_hash: 'the installed plugins (plugin_hash)',
  config_hash: 'the server settings (config_hash)',
};

/** Only a new version or new plugins mean a restart; settings can be saved on a running server. */
export function reloadText(changed: readonly string[]): string {
  const words = changed.map((c) => WHAT[c] ?? c);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}` : (words[0] ?? '');
  const restarted = changed.includes('version') || changed.includes('plugin_hash');
  const what = restarted
    ? `The server restarted with changes to ${list}.`
    : `${list.charAt(0).toUpperCase()}${list.slice(1)} changed while this page was disconnected.`;
  return `${what} This page may be out of date.`;
}

export function ReloadNotice() {
  const changed = useDashboard((s) => s.server.changed);
  if (changed.length === 0) return null;
  return (
    <div className="reload-notice" role="alert" data-testid="reload-notice">
      <p>{reloadText(changed)}</p>
      <button type="button" onClick={() => location.reload()}>
        Reload page
      </button>
    </div>
  );
}
