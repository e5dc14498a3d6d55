// The server's settings (/api/settings) the page uses: name, colour, webcam, temperature profiles, terminal filters
// and cancel confirmation, narrowed from untrusted JSON; not the person's display preferences (preferences-store.ts).
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface WebcamSettings {
  enabled: boolean;
  streamUrl: string;
  snapshotUrl: string;
  flipH: boolean;
  flipV: boolean;
  rotate90: boolean;
  /** OctoPrint's streamRatio as a CSS aspect ratio ("16 / 9" or "4 / 3"), so the view keeps its size while paused. */
  ratio: string;
}

export interface TemperatureProfile {
  name: string;
  extruder: number | null;
  bed: number | null;
  chamber: number | null;
}

export interface TerminalFilter {
  name: string;
  regex: string;
}

export interface ServerSettings {
  name: string;
  /** OctoPrint's appearance.color: default, red, orange, yellow, green, blue, violet, black, white. */
  color: string;
  webcam: WebcamSettings;
  profiles: readonly TemperatureProfile[];
  terminalFilters: readonly TerminalFilter[];
  /** OctoPrint's feature.printCancelConfirmation; true by default, as in OctoPrint. */
  printCancelConfirmation: boolean;
}

export const defaultServerSettings: ServerSettings = {
  name: '',
  color: 'default',
  profiles: [],
  terminalFilters: [],
  printCancelConfirmation: true,
  webcam: {
    enabled: false,
    streamUrl: '',
    snapshotUrl: '',
    flipH: false,
    flipV: false,
    rotate90: false,
    ratio: '16 / 9',
  },
};

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Only http(s) or relative URLs: a javascript: or data: URL from the server is never put into the page. */
function safeUrl(v: unknown): string {
  const s = text(v).trim();
  if (s === '') return '';
  if (/^https?:\/\//i.test(s) || s.startsWith('/') || !/^[a-z][a-z0-9+.-]*:/i.test(s)) return s;
  return '';
}

export function narrowServerSettings(raw: unknown): ServerSettings {
  const root = obj(raw);
  const appearance = obj(root.appearance);
  const webcam = obj(root.webcam);
  // 1.11 lists webcams; the classic one carries its URLs in `extras` or `compat`, older servers at the top level.
  const first = obj(Array.isArray(webcam.webcams) ? webcam.webcams[0] : null);
  const extras = obj(first.extras);
  const compat = obj(first.compat);
  const streamUrl = safeUrl(extras.stream) || safeUrl(compat.stream) || safeUrl(webcam.streamUrl);
  const snapshotUrl = safeUrl(first.snapshotDisplay) || safeUrl(compat.snapshot) || safeUrl(webcam.snapshotUrl);
  return {
    name: text(appearance.name).slice(0, 100),
    color: text(appearance.color) || 'default',
    webcam: {
      enabled: webcam.webcamEnabled === true && (streamUrl !== '' || snapshotUrl !== ''),
      streamUrl,
      snapshotUrl,
      flipH: (first.flipH ?? webcam.flipH) === true,
      flipV: (first.flipV ?? webcam.flipV) === true,
      rotate90: (first.rotate90 ?? webcam.rotate90) === true,
      ratio: (extras.streamRatio ?? webcam.streamRatio) === '4:3' ? '4 / 3' : '16 / 9',
    },
    ...narrowControlSettings(root),
  };
}

function temp(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
}

/** What the controls need: temperature profiles, terminal filters and the cancel confirmation. */
function narrowControlSettings(
  root: Record<string, unknown>,
): Pick<ServerSettings, 'profiles' | 'terminalFilters' | 'printCancelConfirmation'> {
  const t = obj(root.temperature);
  const profiles: TemperatureProfile[] = [];
  for (const p of Array.isArray(t.profiles) ? t.profiles : []) {
    const o = obj(p);
    if (typeof o.name !== 'string') continue;
    profiles.push({ name: o.name, extruder: temp(o.extruder), bed: temp(o.bed), chamber: temp(o.chamber) });
  }
  const terminalFilters: TerminalFilter[] = [];
  for (const f of Array.isArray(root.terminalFilters) ? root.terminalFilters : []) {
    const o = obj(f);
    if (typeof o.name === 'string' && typeof o.regex === 'string')
      terminalFilters.push({ name: o.name, regex: o.regex });
  }
  return { profiles, terminalFilters, printCancelConfirmation: obj(root.feature).printCancelConfirmation !== false };
}

/** Resolves a webcam URL that OctoPrint gives relative to itself. */
export function resolveAgainst(baseUrl: string, url: string): string {
  if (url === '' || /^https?:\/\//i.test(url)) return url;
  const origin = typeof location !== 'undefined' ? location.origin : 'http://localhost';
  const base = baseUrl === '' ? origin : baseUrl;
  return new URL(url, base.endsWith('/') ? base : `${base}/`).toString();
}

/** Accent colours for OctoPrint's appearance.color choices. */
export const ACCENTS: Record<string, string> = {
  red: '#d1242f',
  orange: '#d4731b',
  yellow: '#b08800',
  green: '#1a7f37',
  blue: '#0969da',
  violet: '#8250df',
  black: '#3d444d',
  white: '#8c959f',
};

export type ServerSettingsState = ServerSettings & {
  baseUrl: string;
  /** The first /api/settings read has finished (answered or failed): whether there is a webcam is known. */
  read: boolean;
};
export type ServerSettingsStore = StoreApi<ServerSettingsState>;

/** One per connection; `baseUrl` is the OctoPrint address the webcam's relative URLs are resolved against. */
export function createServerSettingsStore(baseUrl: string, read = false): ServerSettingsStore {
  return createStore<ServerSettingsState>()(() => ({ ...defaultServerSettings, baseUrl, read }));
}
