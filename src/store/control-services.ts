// The acting half's stores and REST calls in one handle, created by the app's wiring and reached as useServices().controls.
import type { RestClient } from '../octoprint/rest-client.ts';
import type { Subscription } from '../octoprint/socket-types.ts';
import type { StateSnapshot } from '../octoprint/types.ts';
import type { ControlApi } from './control-api.ts';
import { createFilesStore, type FilesStore } from './files-store.ts';
import { lazyApi } from './lazy-api.ts';
import { createPermissionsStore, hasPermission, type PermissionsStore } from './permissions-store.ts';
import { errorWords } from './problem-text.ts';
import { TerminalBuffer } from './terminal-buffer.ts';

export interface ControlServices {
  api: ControlApi;
  permissions: PermissionsStore;
  files: FilesStore;
  terminal: TerminalBuffer;
  refreshFiles(): Promise<void>;
  /** Asks the server for log lines only while the terminal is open (OctoPrint's `subscribe`). */
  setTerminalOpen(open: boolean): void;
  /** A frame's worth of `current` messages: their log lines (the printer's state goes to the dashboard store). */
  feed(snaps: readonly StateSnapshot[]): void;
  /** A `history` (after auth or a subscribe): it repeats the last log lines, so the terminal starts over from it. */
  /** `firstOnConnection`: sent as the socket registered, so the next `current` repeats none of it. */
  feedHistory(snap: StateSnapshot, firstOnConnection?: boolean): void;
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
  const files = createFilesStore();
  let filesSeq = 0;
  let filesTimer: ReturnType<typeof setTimeout> | null = null;
  const terminal = new TerminalBuffer(2000);
  // The REST calls are loaded with the first use, or when the page is first idle: showing a printer needs none of
  // them, and the page's first script is what a phone or a Pi waits for.
  const api = lazyApi<ControlApi>(() =>
    import('./control-api.ts').then((m) => m.createControlApi(opts.rest, opts.apiKey, permissions)),
  );
  return {
    api,
    permissions,
    files,
    terminal,
    async refreshFiles() {
      if (!hasPermission(permissions.getState(), 'FILES_LIST')) return;
      // Only the newest of overlapping refreshes is applied, so a slow answer never overwrites a newer one.
      const seq = ++filesSeq;
      files.setState({ status: 'loading' });
      try {
        const [raw, list] = await Promise.all([this.api.files(), import('./file-list.ts')]);
        if (seq === filesSeq) files.setState({ status: 'loaded', error: null, ...list.narrowFileList(raw) });
      } catch (err) {
        if (seq === filesSeq) files.setState({ status: 'failed', error: () => errorWords(err) });
      }
    },
    setTerminalOpen(open) {
      opts.onTerminalOpen?.(open);
    },
    feed(snaps) {
      for (const s of snaps) terminal.append(s.logs);
    },
    feedHistory(snap, firstOnConnection) {
      terminal.resetFromHistory(snap.logs, firstOnConnection);
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
