// Typed shapes of OctoPrint 1.11 push messages (docs/octoprint-protocol.md §1, §5; docs/octoprint-observed.md §4).

export interface StateFlags {
  operational: boolean;
  printing: boolean;
  cancelling: boolean;
  pausing: boolean;
  resuming: boolean;
  finishing: boolean;
  closedOrError: boolean;
  error: boolean;
  paused: boolean;
  ready: boolean;
  sdReady: boolean;
}

export interface PrinterState {
  text: string;
  flags: StateFlags;
  error: string | null;
}

export interface HeaterReading {
  actual: number | null;
  target: number | null;
}

/** One temperature data point: `time` is int epoch seconds, other keys are heaters. */
export interface TempPoint {
  time: number;
  heaters: Record<string, HeaterReading>;
}

export interface JobFile {
  name: string | null;
  path: string | null;
  display?: string | null;
  origin: string | null;
  size: number | null;
  date: number | null;
}

export interface Job {
  file: JobFile;
  estimatedPrintTime: number | null;
  averagePrintTime?: number | null;
  lastPrintTime: number | null;
  /** Per tool `{length, volume}`, the flat reset shape, or null while Offline. */
  filament: Record<string, unknown> | null;
  user: string | null;
}

export interface Progress {
  completion: number | null;
  filepos: number | null;
  printTime: number | null;
  printTimeLeft: number | null;
  printTimeLeftOrigin: string | null;
}

export interface Marking {
  type: string;
  label: string;
  time: number;
}

export interface BusyFile {
  origin: string;
  path: string;
}

/** The common body of `current` and `history`. */
export interface StateSnapshot {
  state: PrinterState;
  job: Job;
  progress: Progress;
  currentZ: number | null;
  offsets: Record<string, number>;
  serverTime: number | null;
  temps: TempPoint[];
  logs: string[];
  messages: string[];
  markings: Marking[];
  busyFiles: BusyFile[];
}

export interface ConnectedPayload {
  version: string;
  display_version: string;
  branch: string | null;
  python_version: string;
  plugin_hash: string;
  config_hash: string;
  debug: boolean;
  safe_mode: string | boolean | null;
  online: boolean;
  permissions: { key: string; name: string; needs?: unknown }[];
}

export interface EventPayload {
  type: string;
  payload: Record<string, unknown> | null;
}

export interface SlicingProgressPayload {
  slicer: string;
  source_location: string;
  source_path: string;
  dest_location: string;
  dest_path: string;
  progress: number;
}

export interface PluginPayload {
  plugin: string;
  data: unknown;
}

export type ReauthReason = 'logout' | 'stale' | 'removed' | 'modified' | string;

export interface MessageMap {
  connected: ConnectedPayload;
  history: StateSnapshot;
  current: StateSnapshot;
  event: EventPayload;
  slicingProgress: SlicingProgressPayload;
  plugin: PluginPayload;
  timelapse: Record<string, unknown> | null;
  reauthRequired: { reason: ReauthReason };
  renderProgress: { progress: number };
}

export type KnownType = keyof MessageMap;

export type KnownMessage = { [K in KnownType]: { key: K; data: MessageMap[K]; unknown?: undefined } }[KnownType];

/** A type this client does not know; the push API says to ignore these, so they pass through untouched. */
export interface UnknownMessage {
  key: string;
  data: unknown;
  unknown: true;
}

/** Narrow with `!m.unknown && m.key === '...'`. */
export type Message = KnownMessage | UnknownMessage;
