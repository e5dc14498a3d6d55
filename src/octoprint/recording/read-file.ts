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
  let size = 0;
  // Counts what comes out, so a small file that unpacks to gigabytes stops early; the text itself is decoded natively.
  const limit = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, out) {
      size += chunk.byteLength;
      if (size > maxTextBytes)
        out.error(new RecordingError(`This recording is too large: it unpacks to more than ${mb(maxTextBytes)}.`));
      else out.enqueue(chunk);
    },
  });
  try {
    return await new Response(file.stream().pipeThrough(new DecompressionStream('gzip')).pipeThrough(limit)).text();
  } catch (err) {
    if (err instanceof RecordingError) throw err;
    throw new RecordingError('This recording is damaged: its compressed data is cut off or corrupt.');
  }
}

/** The file's recording, or a RecordingError saying in words why it cannot be replayed. */
export async function readRecordingFile(file: Blob, limits: ReadLimits = READ_LIMITS): Promise<Recording> {
  if (file.size > limits.maxFileBytes)
    throw new RecordingError(`This file is too large: ${mb(file.size)}, at most ${mb(limits.maxFileBytes)}.`);
  if (file.size === 0) throw new RecordingError('This file is empty.');
  const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gz = magic[0] === 0x1f && magic[1] === 0x8b;
  if (!gz && file.size > limits.maxTextBytes) throw new RecordingError(`This file is too large: ${mb(file.size)}.`);
  const text = gz ? await gunzip(file, limits.maxTextBytes) : await file.text();
  return parseRecordingText(text);
}
