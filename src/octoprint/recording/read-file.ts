// Reads a recording file in the browser: size limits, gzip (DecompressionStream) or plain bytes, then the format check.
import { parseRecordingBytes, RecordingError, type Recording } from './format.ts';

export interface ReadLimits {
  /** The file as picked. */
  maxFileBytes: number;
  /** After decompression: a small file may unpack into gigabytes. */
  maxTextBytes: number;
}

export const READ_LIMITS: ReadLimits = { maxFileBytes: 200 * 1024 * 1024, maxTextBytes: 600 * 1024 * 1024 };

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * gzip's last four bytes: the unpacked size mod 2^32, a hint for the buffer (a wrong one only costs a copy). A file
 * can claim anything there: the hint is held to 64 times the file's size (JSON lines pack 10 to 30 times).
 */
async function sizeHint(file: Blob, maxTextBytes: number): Promise<number> {
  const tail = new DataView(await file.slice(-4).arrayBuffer());
  const n = tail.byteLength === 4 ? tail.getUint32(0, true) : 0;
  return Math.min(Math.max(n, 64 * 1024), maxTextBytes, file.size * 64);
}

/** Unpacks into one buffer, chunk by chunk: no string of the whole file, no JS per chunk but a copy; stops past the limit. */
async function gunzip(file: Blob, maxTextBytes: number): Promise<Uint8Array> {
  let buf = new Uint8Array(await sizeHint(file, maxTextBytes));
  let size = 0;
  const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (size + value.byteLength > maxTextBytes)
        throw new RecordingError('recordingFile.unpacksTooLarge', { size: mb(maxTextBytes) });
      if (size + value.byteLength > buf.byteLength) {
        const grown = new Uint8Array(Math.min(maxTextBytes, Math.max(buf.byteLength * 2, size + value.byteLength)));
        grown.set(buf.subarray(0, size));
        buf = grown;
      }
      buf.set(value, size);
      size += value.byteLength;
    }
  } catch (err) {
    void reader.cancel().catch(() => undefined);
    if (err instanceof RecordingError) throw err;
    throw new RecordingError('recordingFile.corrupt');
  }
  return buf.subarray(0, size);
}

/** The file's recording, or a RecordingError saying in words why it cannot be replayed. */
export async function readRecordingFile(file: Blob, limits: ReadLimits = READ_LIMITS): Promise<Recording> {
  if (file.size > limits.maxFileBytes)
    throw new RecordingError('recordingFile.fileTooLargeMax', { size: mb(file.size), max: mb(limits.maxFileBytes) });
  if (file.size === 0) throw new RecordingError('recordingFile.fileEmpty');
  const magic = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gz = magic[0] === 0x1f && magic[1] === 0x8b;
  if (!gz && file.size > limits.maxTextBytes)
    throw new RecordingError('recordingFile.fileTooLarge', { size: mb(file.size) });
  const bytes = gz ? await gunzip(file, limits.maxTextBytes) : new Uint8Array(await file.arrayBuffer());
  return parseRecordingBytes(bytes);
}
