// Applies a `connected` message: server identity, and after a reconnect which of version/plugin_hash/config_hash changed.
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
