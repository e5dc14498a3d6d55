// Applies a `connected` message: server identity, and after a reconnect which of version/plugin_hash/config_hash changed.
// Saving a setting changes config_hash without a restart; the page takes the new one from the SettingsUpdated event
// (as OctoPrint's own page does), so only a change it did not see while connected counts (docs/octoprint-semantics.md §5).
import type { ConnectedPayload } from '../octoprint/types.ts';
import type { DashboardStore } from './dashboard-store.ts';

export function applyConnected(store: DashboardStore, data: ConnectedPayload): void {
  const prev = store.getState().server;
  const changed = new Set(prev.changed);
  if (prev.version !== null) {
    if (prev.version !== data.version) changed.add('version');
    if (prev.pluginHash !== data.plugin_hash) changed.add('plugin_hash');
    if (prev.configHash !== data.config_hash) changed.add('config_hash');
  }
  const next = [...changed];
  store.setState({
    server: {
      version: data.version,
      pluginHash: data.plugin_hash,
      configHash: data.config_hash,
      changed: next.length === prev.changed.length ? prev.changed : next,
    },
  });
}

/** A `SettingsUpdated` event: its payload's `config_hash` is the server's new one, seen live, so it is no news later. */
export function applySettingsUpdated(store: DashboardStore, payload: Record<string, unknown> | null): void {
  const hash = payload?.config_hash;
  const server = store.getState().server;
  if (typeof hash !== 'string' || hash === '' || hash.length > 200 || hash === server.configHash) return;
  store.setState({ server: { ...server, configHash: hash } });
}
