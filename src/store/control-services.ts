// The acting half's stores and REST calls in one handle, created by the app's wiring and reached via useControls().
import type { RestClient } from '../octoprint/rest-client.ts';
import type { Subscription } from '../octoprint/socket-types.ts';
import type { StateSnapshot } from '../octoprint/types.ts';
import { createControlApi, type ControlApi } from './control-api.ts';
import { createControlSettingsStore, narrowSettings, type ControlSettingsStore } from './control-settings-store.ts';
import { createFilesStore, narrowFileList, type FilesStore } from './files-store.ts';
import { createPermissionsStore, hasPermission, type PermissionsStore } from './permissions-store.ts';
import { applyControlSnapshot, createPrinterControlStore, type PrinterControlStore } from './printer-control-store.ts';
import { TerminalBuffer } from './terminal-buffer.ts';

export interface ControlServices {
  api: ControlApi;
  permissions: PermissionsStore;
  settings: ControlSettingsStore;
  printer: PrinterControlStore;
  files: FilesStore;
  terminal: TerminalBuffer;
  refreshFiles(): Promise<void>;
  refreshSettings(): Promise<void>;
  /** Takes an /api/settings answer read elsewhere (one read per connect serves every store). */
  applySettings(raw: unknown): void;
  /** Asks the server for log lines only while the terminal is open (OctoPrint's `subscribe`). */
  setTerminalOpen(open: boolean): void;
  /** A frame's worth of `current` messages. */
  feed(snaps: readonly StateSnapshot[]): void;
  /** A `history` (after auth or a subscribe): it repeats the last log lines, so the terminal starts over from it. */
  feedHistory(snap: StateSnapshot): void;
  onEvent(type: string): void;
}

/** Everything on except log lines and messages, which only an open terminal asks for. */
export function terminalSubscription(open: boolean): Subscription {
  return { state: { logs: open, messages: false }, events: true, plugins: true };
}

const FILE_EVENTS = new Set([
  'UpdatedFiles',
  'FileAdded',
  'FileRemoved',
  'FolderAdded',
  'FolderRemoved',
  'MetadataAnalysisFinished',
]);

export interface ControlServicesOptions {
  rest: RestClient;
  apiKey: string | null;
  onTerminalOpen?(open: boolean): void;
}

export function createControlServices(opts: ControlServicesOptions): ControlServices {
  const permissions = createPermissionsStore();
  const settings = createControlSettingsStore();
  const files = createFilesStore();
  let filesSeq = 0;
  let filesTimer: ReturnType<typeof setTimeout> | null = null;
  const printer = createPrinterControlStore();
  const terminal = new TerminalBuffer(2000);
  return {
    api: createControlApi(opts.rest, opts.apiKey, permissions),
    permissions,
    settings,
    printer,
    files,
    terminal,
    async refreshFiles() {
      if (!hasPermission(permissions.getState(), 'FILES_LIST')) return;
      // Only the newest of overlapping refreshes is applied, so a slow answer never overwrites a newer one.
      const seq = ++filesSeq;
      files.setState({ status: 'loading' });
      try {
        const raw = await this.api.files();
        if (seq === filesSeq) files.setState({ status: 'loaded', error: null, ...narrowFileList(raw) });
      } catch (err) {
        if (seq === filesSeq)
          files.setState({ status: 'failed', error: err instanceof Error ? err.message : String(err) });
      }
    },
    async refreshSettings() {
      if (!hasPermission(permissions.getState(), 'SETTINGS_READ')) return;
      try {
        this.applySettings(await this.api.settings());
      } catch {
        // Keep the defaults (cancel confirmation on, no presets); the next connect tries again.
      }
    },
    applySettings(raw) {
      settings.setState(narrowSettings(raw));
    },
    setTerminalOpen(open) {
      opts.onTerminalOpen?.(open);
    },
    feed(snaps) {
      const last = snaps[snaps.length - 1];
      if (!last) return;
      for (const s of snaps) terminal.append(s.logs);
      applyControlSnapshot(printer, last);
    },
    feedHistory(snap) {
      terminal.resetFromHistory(snap.logs);
      applyControlSnapshot(printer, snap, true);
    },
    onEvent(type) {
      if (!FILE_EVENTS.has(type)) return;
      // Uploads fire several file events in a burst: one list request for all of them.
      if (filesTimer) clearTimeout(filesTimer);
      filesTimer = setTimeout(() => {
        filesTimer = null;
        void this.refreshFiles();
      }, 150);
    },
  };
}
