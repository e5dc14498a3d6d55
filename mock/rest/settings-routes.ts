// GET /api/settings: the recorded 1.11.8 answer (its trimmed sections filled with OctoPrint's defaults), with the
// parts the dashboard reads and the scenarios change laid over it.
import { createHash } from 'node:crypto';
import { Router } from 'express';
import recorded from '../data/settings-1.11.8.json' with { type: 'json' };
import type { VirtualPrinter } from '../printer/virtual-printer.ts';
import type { MockState } from '../state.ts';
import { bodyOf, requirePermission } from './auth.ts';

export interface MockSettings {
  appearanceName: string;
  appearanceColor: string;
  printCancelConfirmation: boolean;
  webcamEnabled: boolean;
  streamUrl: string;
  snapshotUrl: string;
}

export const DEFAULT_SETTINGS: MockSettings = {
  appearanceName: '',
  appearanceColor: 'default',
  printCancelConfirmation: true,
  webcamEnabled: true,
  // Relative, as OctoPrint's defaults are (/webcam/?action=stream): the client resolves them against the server.
  streamUrl: '/webcam/stream',
  snapshotUrl: '/webcam/snapshot',
};

const TERMINAL_FILTERS = [
  {
    name: 'Suppress temperature messages',
    regex: '(Send: (N\\d+\\s+)?M105)|(Recv:\\s+(ok\\s+([PBN]\\d+\\s+)*)?([BCLPR]|T\\d*):-?\\d+)',
  },
  {
    name: 'Suppress SD status messages',
    regex: '(Send: (N\\d+\\s+)?M27)|(Recv: SD printing byte)|(Recv: Not SD printing)',
  },
  { name: 'Suppress processing messages', regex: '(Recv: echo:busy: processing)|(Recv: echo:busy: paused for user)' },
  { name: 'Suppress wait responses', regex: 'Recv: wait' },
];

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `over` laid onto `base`, objects merged key by key, everything else replaced. */
function overlay(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isObj(v) && isObj(base[k]) ? overlay(base[k], v) : v;
  return out;
}

const recordedWebcam = ((recorded as Json).webcam as { webcams: Json[] }).webcams[0] ?? {};

export function settingsJson(s: MockSettings, printer: VirtualPrinter): Record<string, unknown> {
  return overlay(structuredClone(recorded) as Json, {
    api: { allowCrossOrigin: true, key: null },
    appearance: {
      closeModalsWithClick: true,
      color: s.appearanceColor,
      colorIcon: true,
      colorTransparent: false,
      defaultLanguage: '_default',
      fuzzyTimes: true,
      name: s.appearanceName,
      showFahrenheitAlso: false,
      showInternalFilename: true,
    },
    devel: { pluginTimings: false },
    feature: {
      autoUppercaseBlacklist: ['M117', 'M118', 'M707', 'M708'],
      enableDragDropUpload: true,
      fileDeleteConfirmation: true,
      g90InfluencesExtruder: false,
      keyboardControl: true,
      modelSizeDetection: true,
      pollWatched: false,
      printCancelConfirmation: s.printCancelConfirmation,
      printStartConfirmation: false,
      rememberFileFolder: false,
      sdSupport: true,
      temperatureGraph: true,
      uploadOverwriteConfirmation: true,
    },
    serial: { autoconnect: true, baudrate: 115200, port: 'VIRTUAL', portOptions: ['/dev/ttyS0', 'VIRTUAL'] },
    server: {
      allowFraming: false,
      commands: { serverRestartCommand: null, systemRestartCommand: null, systemShutdownCommand: null },
      diskspace: { critical: 209715200, warning: 524288000 },
    },
    temperature: {
      cutoff: printer.options.cutoffMinutes,
      profiles: [
        { bed: 100, extruder: 210, name: 'ABS' },
        { bed: 60, extruder: 180, name: 'PLA' },
      ],
      sendAutomatically: false,
      sendAutomaticallyAfter: 1,
    },
    terminalFilters: TERMINAL_FILTERS,
    webcam: {
      defaultWebcam: 'classic',
      flipH: false,
      flipV: false,
      rotate90: false,
      snapshotUrl: s.snapshotUrl,
      streamRatio: '16:9',
      streamUrl: s.streamUrl,
      timelapseEnabled: true,
      webcamEnabled: s.webcamEnabled,
      // The one classic webcam, over the recorded entry (which has more keys than the dashboard reads).
      webcams: [
        overlay(recordedWebcam, {
          canSnapshot: !!s.snapshotUrl,
          displayName: 'Classic Webcam',
          flipH: false,
          flipV: false,
          name: 'classic',
          provider: 'classicwebcam',
          rotate90: false,
          snapshotDisplay: s.snapshotUrl,
          extras: { stream: s.streamUrl, streamRatio: '16:9' },
        }),
      ],
    },
  });
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

export function settingsRoutes(state: MockState, printer: VirtualPrinter, settings: MockSettings): Router {
  const r = Router();
  /** What POST /api/settings saved, laid over the answer (config.yaml's own values). */
  let saved: Json = {};
  const current = () => overlay(settingsJson(settings, printer), saved);
  r.get('/api/settings', requirePermission(state, 'SETTINGS_READ'), (_req, res) => {
    res.json(current());
  });
  // Saving fires SettingsUpdated with the new config_hash, which later `connected` messages carry too; a save that
  // changes nothing writes nothing and fires nothing, as on the server.
  r.post('/api/settings', requirePermission(state, 'SETTINGS'), (req, res) => {
    const before = JSON.stringify(current());
    saved = overlay(saved, bodyOf(req));
    const after = JSON.stringify(current());
    if (after !== before) {
      state.identity.configHash = md5(`${state.identity.configHash}${JSON.stringify(saved)}`);
      printer.event('SettingsUpdated', { config_hash: state.identity.configHash, effective_hash: md5(after) });
    }
    res.json(current());
  });
  return r;
}
