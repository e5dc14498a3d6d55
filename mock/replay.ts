// `--replay FILE`: every client's push socket is served a recording as if it were the printer, paced as recorded.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Connection } from 'sockjs';
import { frameMessage, parseRecordingText, type Recording } from '../src/octoprint/recording/format.ts';

/** Reads a recording file (gzip or plain JSON lines); throws the format's RecordingError for a bad file. */
export function loadRecording(path: string): Recording {
  const bytes = readFileSync(path);
  const gz = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return parseRecordingText((gz ? gunzipSync(bytes) : bytes).toString('utf8'));
}

export interface ReplayCounters {
  messagesSent: number;
}

/**
 * Sends the recording's frames to one socket. Up to the first `connected` they go at once; then it waits for the
 * client's `auth` (as OctoPrint holds its status messages until login), then the rest at the recorded pace / speed.
 */
export function serveReplay(conn: Connection, recording: Recording, speed: number, truth: ReplayCounters): () => void {
  const frames = recording.frames;
  let i = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waitingForAuth = false;
  let closed = false;
  const send = () => {
    const f = frames[i++];
    if (!f) return;
    const m = frameMessage(f);
    truth.messagesSent++;
    conn.write(typeof m === 'string' ? m : JSON.stringify(m));
    if (typeof m === 'object' && m !== null && 'connected' in m && i < frames.length) waitingForAuth = true;
  };
  const next = () => {
    timer = null;
    if (closed) return;
    send();
    while (
      !waitingForAuth &&
      i < frames.length &&
      (frames[i] as { t: number }).t === (frames[i - 1] as { t: number }).t
    )
      send();
    if (waitingForAuth || i >= frames.length) return;
    const gap = ((frames[i] as { t: number }).t - (frames[i - 1] as { t: number }).t) / Math.max(0.01, speed);
    timer = setTimeout(next, gap);
  };
  conn.on('data', (text: string) => {
    if (!waitingForAuth || !/^\s*\{\s*"auth"/.test(text)) return;
    waitingForAuth = false;
    timer = setTimeout(next, 0);
  });
  const stop = () => {
    closed = true;
    if (timer) clearTimeout(timer);
  };
  conn.on('close', stop);
  next();
  return stop;
}
