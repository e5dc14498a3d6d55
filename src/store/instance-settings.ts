// The instance's look and webcam from /api/settings: name, colour, and the classic webcam's URLs and orientation.
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

export interface InstanceSettings {
  name: string;
  /** OctoPrint's appearance.color: default, red, orange, yellow, green, blue, violet, black, white. */
  color: string;
  webcam: WebcamSettings;
}

export const defaultInstanceSettings: InstanceSettings = {
  name: '',
  color: 'default',
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

export function narrowInstanceSettings(raw: unknown): InstanceSettings {
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
  };
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

export type InstanceStore = StoreApi<InstanceSettings & { baseUrl: string }>;

/** One per connection; `baseUrl` is the OctoPrint address the webcam's relative URLs are resolved against. */
export function createInstanceStore(baseUrl: string): InstanceStore {
  return createStore<InstanceSettings & { baseUrl: string }>()(() => ({ ...defaultInstanceSettings, baseUrl }));
}
