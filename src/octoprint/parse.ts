// Narrows raw SockJS payloads into typed OctoPrint messages; malformed input becomes a ParseError, never a throw.
import { bool, clip, isObj, num, ownEntries, safeRecord, str, strList, type Obj } from './narrow.ts';
import type {
  BusyFile,
  HeaterReading,
  Job,
  Marking,
  Message,
  PrinterState,
  Progress,
  StateFlags,
  StateSnapshot,
  TempPoint,
} from './types.ts';

export interface ParseError {
  error: string;
  type?: string;
}

export type ParseResult = { ok: true; message: Message } | { ok: false; error: ParseError };

const FLAG_KEYS: (keyof StateFlags)[] = [
  'operational',
  'printing',
  'cancelling',
  'pausing',
  'resuming',
  'finishing',
  'closedOrError',
  'error',
  'paused',
  'ready',
  'sdReady',
];

function parseState(v: unknown): PrinterState | null {
  if (!isObj(v)) return null;
  const flagsIn = isObj(v.flags) ? v.flags : {};
  const flags = {} as StateFlags;
  for (const k of FLAG_KEYS) flags[k] = bool(flagsIn[k]);
  return { text: str(v.text) ?? 'Unknown', flags, error: str(v.error) };
}

/** The objects of a list that carry a numeric `time`, each built by `build`; anything else is skipped. */
function timedList<T>(v: unknown, build: (o: Obj, time: number) => T): T[] {
  if (!Array.isArray(v)) return [];
  const out: T[] = [];
  for (const o of v) {
    if (!isObj(o)) continue;
    const time = num(o.time);
    if (time !== null) out.push(build(o, time));
  }
  return out;
}

function parseHeater(v: unknown): HeaterReading | null {
  if (!isObj(v)) return null;
  return { actual: num(v.actual), target: num(v.target) };
}

export function parseTemps(v: unknown): TempPoint[] {
  return timedList(v, (p, time) => {
    const heaters: Record<string, HeaterReading> = {};
    for (const [k, hv] of ownEntries(p)) {
      if (k === 'time') continue;
      const h = parseHeater(hv);
      if (h) heaters[k] = h;
    }
    return { time, heaters };
  });
}

function parseJob(v: unknown): Job {
  const o: Obj = isObj(v) ? v : {};
  const f: Obj = isObj(o.file) ? o.file : {};
  return {
    file: {
      name: str(f.name),
      path: str(f.path),
      display: str(f.display),
      origin: str(f.origin),
      size: num(f.size),
      date: num(f.date),
    },
    estimatedPrintTime: num(o.estimatedPrintTime),
    averagePrintTime: num(o.averagePrintTime),
    lastPrintTime: num(o.lastPrintTime),
    filament: isObj(o.filament) ? safeRecord(o.filament) : null,
    user: str(o.user),
  };
}

function parseProgress(v: unknown): Progress {
  const o: Obj = isObj(v) ? v : {};
  return {
    completion: num(o.completion),
    filepos: num(o.filepos),
    printTime: num(o.printTime),
    printTimeLeft: num(o.printTimeLeft),
    printTimeLeftOrigin: str(o.printTimeLeftOrigin),
  };
}

function parseMarkings(v: unknown): Marking[] {
  return timedList(v, (m, time) => ({ type: str(m.type) ?? 'unknown', label: str(m.label) ?? '', time }));
}

function parseBusy(v: unknown): BusyFile[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObj).map((b) => ({ origin: str(b.origin) ?? 'local', path: str(b.path) ?? '' }));
}

function parseOffsets(v: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!isObj(v)) return out;
  for (const [k, x] of ownEntries(v)) {
    const n = num(x);
    if (n !== null) out[k] = n;
  }
  return out;
}

export function parseSnapshot(v: unknown): StateSnapshot | null {
  if (!isObj(v)) return null;
  const state = parseState(v.state);
  if (!state) return null;
  return {
    state,
    job: parseJob(v.job),
    progress: parseProgress(v.progress),
    currentZ: num(v.currentZ),
    offsets: parseOffsets(v.offsets),
    serverTime: num(v.serverTime),
    temps: parseTemps(v.temps),
    logs: strList(v.logs),
    messages: strList(v.messages),
    markings: parseMarkings(v.markings),
    busyFiles: parseBusy(v.busyFiles),
  };
}

const ok = (message: Message): ParseResult => ({ ok: true, message });

function fail(error: string, type?: string): ParseResult {
  return { ok: false, error: type === undefined ? { error } : { error, type } };
}

function parsePayload(key: string, data: unknown): ParseResult {
  switch (key) {
    case 'current':
    case 'history': {
      const snap = parseSnapshot(data);
      if (!snap) return fail(`invalid ${key} payload`, key);
      return { ok: true, message: key === 'current' ? { key: 'current', data: snap } : { key: 'history', data: snap } };
    }
    case 'connected': {
      if (!isObj(data)) return fail('invalid connected payload', key);
      // The identity decides whether the page warns of a changed server: a garbled one must not pass as a change.
      const badHash = (v: unknown) => v !== undefined && typeof v !== 'string';
      if (typeof data.version !== 'string' || badHash(data.plugin_hash) || badHash(data.config_hash)) {
        return fail('invalid connected identity', key);
      }
      const perms = Array.isArray(data.permissions) ? data.permissions.filter(isObj) : [];
      return ok({
        key,
        data: {
          version: str(data.version) ?? 'unknown',
          display_version: str(data.display_version) ?? str(data.version) ?? 'unknown',
          branch: str(data.branch),
          python_version: str(data.python_version) ?? '',
          plugin_hash: str(data.plugin_hash) ?? '',
          config_hash: str(data.config_hash) ?? '',
          debug: bool(data.debug),
          safe_mode: typeof data.safe_mode === 'string' || typeof data.safe_mode === 'boolean' ? data.safe_mode : null,
          online: bool(data.online),
          permissions: perms.map((p) => ({ key: str(p.key) ?? '', name: str(p.name) ?? '', needs: p.needs })),
        },
      });
    }
    case 'event': {
      if (!isObj(data) || typeof data.type !== 'string') return fail('invalid event payload', key);
      return ok({
        key,
        data: { type: clip(data.type), payload: isObj(data.payload) ? safeRecord(data.payload) : null },
      });
    }
    case 'slicingProgress': {
      if (!isObj(data)) return fail('invalid slicingProgress payload', key);
      return ok({
        key,
        data: {
          slicer: str(data.slicer) ?? '',
          source_location: str(data.source_location) ?? '',
          source_path: str(data.source_path) ?? '',
          dest_location: str(data.dest_location) ?? '',
          dest_path: str(data.dest_path) ?? '',
          progress: num(data.progress) ?? 0,
        },
      });
    }
    case 'plugin': {
      if (!isObj(data) || typeof data.plugin !== 'string') return fail('invalid plugin payload', key);
      return ok({ key, data: { plugin: data.plugin, data: data.data } });
    }
    case 'timelapse':
      return ok({ key, data: isObj(data) ? safeRecord(data) : null });
    case 'reauthRequired': {
      if (!isObj(data) || typeof data.reason !== 'string') return fail('invalid reauthRequired payload', key);
      return ok({ key, data: { reason: data.reason } });
    }
    case 'renderProgress':
      return ok({ key, data: { progress: isObj(data) ? (num(data.progress) ?? 0) : 0 } });
    default:
      return ok({ key, data, unknown: true });
  }
}

/**
 * Parses one SockJS message. sockjs-client hands over an object (OctoPrint puts objects in the `a[...]` frame,
 * docs/octoprint-observed.md §3); the raw websocket endpoint hands over a string. Both are accepted.
 */
export function parseMessage(raw: unknown, maxStringBytes = 8_000_000): ParseResult {
  let value = raw;
  if (typeof raw === 'string') {
    if (raw.length > maxStringBytes) return fail(`frame too large (${raw.length} bytes)`);
    try {
      value = JSON.parse(raw);
    } catch {
      return fail('invalid JSON');
    }
  }
  if (!isObj(value)) return fail('message is not an object');
  const keys = Object.keys(value);
  if (keys.length !== 1) return fail(`message has ${keys.length} keys, expected 1`);
  const key = keys[0] as string;
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') return fail('forbidden message key');
  return parsePayload(key, value[key]);
}
