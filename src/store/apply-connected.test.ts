import { describe, expect, it } from 'vitest';
import type { ConnectedPayload } from '../octoprint/types.ts';
import { applyConnected, applySettingsUpdated } from './apply-connected.ts';
import { createDashboardStore } from './dashboard-store.ts';

const connected = (version: string, plugin_hash: string, config_hash: string): ConnectedPayload => ({
  version,
  display_version: version,
  branch: null,
  python_version: '3.11',
  plugin_hash,
  config_hash,
  debug: false,
  safe_mode: null,
  online: true,
  permissions: [],
});

describe('applyConnected', () => {
  it('notes nothing on the first connect or a reconnect to the same server', () => {
    const store = createDashboardStore();
    applyConnected(store, connected('1.11.8', 'p1', 'c1'));
    applyConnected(store, connected('1.11.8', 'p1', 'c1'));
    expect(store.getState().server).toMatchObject({ version: '1.11.8', changed: [] });
  });

  it('says which of version, plugin_hash and config_hash changed across reconnects, and keeps saying it', () => {
    const store = createDashboardStore();
    applyConnected(store, connected('1.11.8', 'p1', 'c1'));
    applyConnected(store, connected('1.11.8', 'p2', 'c1'));
    expect(store.getState().server.changed).toEqual(['plugin_hash']);
    applyConnected(store, connected('1.12.0', 'p2', 'c2'));
    expect(store.getState().server.changed).toEqual(['plugin_hash', 'version', 'config_hash']);
    const same = store.getState().server.changed;
    applyConnected(store, connected('1.12.0', 'p2', 'c2'));
    expect(store.getState().server.changed).toBe(same);
  });

  it('takes config_hash from SettingsUpdated: a setting saved while connected is no restart after a blip', () => {
    const store = createDashboardStore();
    applyConnected(store, connected('1.11.8', 'p1', 'c1'));
    applySettingsUpdated(store, { config_hash: 'c2', effective_config_hash: 'e2' });
    applyConnected(store, connected('1.11.8', 'p1', 'c2'));
    expect(store.getState().server.changed).toEqual([]);
    // A change made while the page was away still counts.
    applyConnected(store, connected('1.11.8', 'p1', 'c3'));
    expect(store.getState().server.changed).toEqual(['config_hash']);
  });

  it('ignores a SettingsUpdated without a usable hash', () => {
    const store = createDashboardStore();
    applyConnected(store, connected('1.11.8', 'p1', 'c1'));
    applySettingsUpdated(store, null);
    applySettingsUpdated(store, { config_hash: 42 });
    expect(store.getState().server.configHash).toBe('c1');
  });
});
