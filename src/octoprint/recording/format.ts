// The recording file: a header line, then one JSON line per push frame as received, {"t": client ms, "m": frame}.
import { t, type MessageId, type MessageValues } from '../../shared/i18n.ts';
import { indexFrames } from './frame-index.ts';

export const RECORDING_KIND = 'octoprint-live-recording';
export const RECORDING_FORMAT = 1;

export interface RecordingHeader {
  kind: typeof RECORDING_KIND;
  format: number;
  /** The server's address as a label (no credentials, no query). */
  server: string;
  octoprintVersion: string | null;
  pluginHash: string | null;
  configHash: string | null;
  /** Client ms of the first and last frame. */
  start: number;
  end: number;
  /** Which span was exported: last10m, last1h, print, all. */
  span: string;
  /** How many frame lines follow: a shorter file was cut off. */
  messages: number;
  app: string;
}

export interface RecordedFrame {
  readonly t: number;
  /** The frame's whole line; decoded and parsed only when it is played (a day holds 170 000 of them). */
  readonly line: string;
}

export interface Recording {
  header: RecordingHeader;
  frames: readonly RecordedFrame[];
}

/** Why a file cannot be replayed, in words a person can act on. */
/** Why a file cannot be replayed, in the reader's language (the message ids live in the catalogs). */
export class RecordingError extends Error {
  override name = 'RecordingError';

  constructor(id: MessageId, values?: MessageValues) {
    super(t(id, values));
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v.slice(0, 200) : null);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function parseHeader(line: string | undefined): RecordingHeader {
  let v: unknown;
  try {
    v = JSON.parse(line ?? '');
  } catch {
    throw new RecordingError('recordingFile.notJson');
  }
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  if (o.kind !== RECORDING_KIND) throw new RecordingError('recordingFile.notOurs');
  if (o.format !== RECORDING_FORMAT)
    throw new RecordingError('recordingFile.format', {
      format: String(o.format).slice(0, 20),
      expected: String(RECORDING_FORMAT),
    });
  if (!finite(o.start) || !finite(o.end) || !finite(o.messages))
    throw new RecordingError('recordingFile.headerDamaged');
  return {
    kind: RECORDING_KIND,
    format: RECORDING_FORMAT,
    server: str(o.server) ?? 'unknown server',
    octoprintVersion: str(o.octoprintVersion),
    pluginHash: str(o.pluginHash),
    configHash: str(o.configHash),
    start: o.start,
    end: o.end,
    span: str(o.span) ?? 'all',
    messages: o.messages,
    app: str(o.app) ?? 'unknown',
  };
}

/** The recorded message of a frame: as the page received it, or the line itself when it is not JSON (then it
 * reaches the dashboard as a malformed frame, counted and ignored like one from the network). */
export function frameMessage(f: RecordedFrame): unknown {
  const line = f.line;
  try {
    return (JSON.parse(line) as { m?: unknown }).m;
  } catch {
    return line;
  }
}

const WHY = {
  shape: 'recordingFile.lineShape',
  incomplete: 'recordingFile.lineIncomplete',
  back: 'recordingFile.lineBack',
} as const satisfies Record<string, MessageId>;

/**
 * Checks a whole recording's bytes and indexes its frames; throws RecordingError naming what is wrong. Each line is
 * checked for its shape and time, not decoded or parsed: opening a day's recording stays well within two seconds.
 */
export function parseRecordingBytes(bytes: Uint8Array, maxFrames = 2_000_000): Recording {
  let headerEnd = bytes.indexOf(10);
  if (headerEnd < 0) headerEnd = bytes.length;
  const header = parseHeader(new TextDecoder().decode(bytes.subarray(0, headerEnd)));
  const r = indexFrames(bytes, headerEnd + 1, bytes.length, maxFrames);
  if ('tooMany' in r) throw new RecordingError('recordingFile.tooManyMessages', { max: String(maxFrames) });
  if ('problem' in r) throw new RecordingError(WHY[r.problem.why], { line: String(r.problem.line) });
  const frames = r.frames;
  // A cut can leave a last line that still ends in `}`: it alone is parsed, so a cut-off file is named as one.
  const tail = frames[frames.length - 1];
  if (tail) {
    try {
      JSON.parse(tail.line);
    } catch {
      throw new RecordingError(WHY.incomplete, { line: String(frames.length + 1) });
    }
  }
  if (frames.length !== header.messages) {
    throw new RecordingError('recordingFile.incomplete', {
      says: String(header.messages),
      holds: String(frames.length),
    });
  }
  if (frames.length === 0) throw new RecordingError('recordingFile.noMessages');
  return { header, frames };
}

/** The same check for a recording already in a string (the mock, tests). */
export function parseRecordingText(text: string, maxFrames = 2_000_000): Recording {
  return parseRecordingBytes(new TextEncoder().encode(text), maxFrames);
}

/** The header line for frames about to be written. */
export function headerLine(h: Omit<RecordingHeader, 'kind' | 'format'>): string {
  return JSON.stringify({ kind: RECORDING_KIND, format: RECORDING_FORMAT, ...h });
}
