// Reads a downloaded recording in the test (gzip JSON lines); the page's own snapshots come from support/test-api.ts.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export interface RecordingFile {
  text: string;
  header: Record<string, unknown>;
  frames: { t: number; m: Record<string, unknown> | string }[];
}

export function readRecording(path: string): RecordingFile {
  const text = gunzipSync(readFileSync(path)).toString('utf8');
  const [head, ...lines] = text.trim().split('\n');
  return {
    text,
    header: JSON.parse(head ?? '{}') as Record<string, unknown>,
    frames: lines.map((l) => JSON.parse(l) as RecordingFile['frames'][number]),
  };
}

/** The frame's message type (`current`, `event`, ...). */
export const frameKey = (f: RecordingFile['frames'][number]): string =>
  typeof f.m === 'string' ? '(text)' : (Object.keys(f.m)[0] ?? '');
