// Reads a recording file in the browser: size limits, gzip (DecompressionStream) or plain text, then the format check.
import { parseRecordingText, RecordingError, type Recording } from './format.ts';

export interface ReadLimits {
  /** The file as picked. */
  maxFileBytes: number;
  /** After decompression: a small file may unpack into gigabytes. */
  maxTextBytes: number;
}

export const READ_LIMITS: ReadLimits = { maxFileBytes: 200 * 1024 * 1024, maxTextBytes: 600 * 1024 * 1024 };

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

async function gunzip(file: Blob, maxTextBytes: number): Promise<string> {
  const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream()).getReader();
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    let r: ReadableStreamReadResult<string>;
    try {
      r = await reader.read();
    } catch {
      throw new RecordingError('This recording is damaged: its compressed data is cut off or corrupt.');
    }
    if (r.done) break;
    size += r.value.length;
    if (size > maxTextBytes) {
      void reader.cancel();
      throw new RecordingError(`This recording is too large: it unpacks to more than ${mb(maxTextBytes)}.`);
    }
    parts.push(r.value);
  }
  return parts.join('');
}

/** The file's recording, or a RecordingError saying in words why it cannot be replayed. */
export async function readRecordingFile(file: Blob, limits: ReadLimits = READ_LIMITS): Promise<Recording> {
  if (file.size > limits.maxFileBytes) throw new RecordingError(`This file is too large: ${mb(file.size)}, at most ${mb(limits.maxFileBytes)}.`);
  if (file.size === 0) throw new RecordingError('This file is empty.');
  const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gz = magic[0] === 0x1f && magic[1] === 0x8b;
  if (!gz && file.size > limits.maxTextBytes) throw new RecordingError(`This file is too large: ${mb(file.size)}.`);
  const text = gz ? await gunzip(file, limits.maxTextBytes) : await file.text();
  return parseRecordingText(text);
}
