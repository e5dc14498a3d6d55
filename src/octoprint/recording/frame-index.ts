// Indexes a recording's frame lines in its bytes, without decoding them: a day is 85 MB and 170 000 lines, and
// turning all of it into strings took most of the time before the first frame. A line is decoded when it is played.
import type { RecordedFrame } from './format.ts';

const NL = 10;
const decoder = new TextDecoder();

/** A frame line as a range of the file's bytes; `line` decodes it on demand (once, when it is played). */
class ByteFrame implements RecordedFrame {
  constructor(
    readonly t: number,
    private readonly bytes: Uint8Array,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get line(): string {
    return decoder.decode(this.bytes.subarray(this.start, this.end));
  }
}

/** Where a frame line is wrong, in the words RecordingError uses (`line` is 1-based in the file). */
export type LineProblem = { line: number; why: 'shape' | 'incomplete' | 'back' };

const isSpace = (c: number | undefined) => c === 32 || c === 9 || c === 13;

/** The offset after `{"t":`, `,"m":` and the like (JSON whitespace allowed around each byte), or -1. */
function expect(bytes: Uint8Array, at: number, end: number, token: string): number {
  let i = at;
  for (let k = 0; k < token.length; k++) {
    while (i < end && isSpace(bytes[i])) i++;
    if (bytes[i] !== token.charCodeAt(k)) return -1;
    i++;
  }
  while (i < end && isSpace(bytes[i])) i++;
  return i;
}

/** The number at `at` (the recorded receive time) and where it ends; NaN when there is none. */
function number(bytes: Uint8Array, at: number, end: number): [number, number] {
  let i = at;
  let whole = 0;
  let plain = true;
  if (bytes[i] === 45 /* - */) plain = false;
  while (i < end) {
    const c = bytes[i] as number;
    if (c >= 48 && c <= 57) whole = whole * 10 + (c - 48);
    else if (c === 45 || c === 43 || c === 46 || c === 69 || c === 101) plain = false;
    else break;
    i++;
  }
  if (i === at) return [Number.NaN, i];
  // Integers (what the recorder writes) are read in place; anything else goes through Number, as JSON would.
  return [plain ? whole : Number(decoder.decode(bytes.subarray(at, i))), i];
}

/**
 * Frames from `from` to `end` in `bytes`, checked for shape (`{"t": <number>, "m": ...}` ending in `}`) and order,
 * or the first line that is not one. Blank trailing lines are ignored.
 */
export function indexFrames(
  bytes: Uint8Array,
  from: number,
  end: number,
  maxFrames: number,
): { frames: RecordedFrame[] } | { problem: LineProblem } | { tooMany: number } {
  const frames: RecordedFrame[] = [];
  let pos = from;
  let last = -Infinity;
  while (pos < end) {
    let stop = bytes.indexOf(NL, pos);
    if (stop < 0 || stop > end) stop = end;
    let e = stop;
    while (e > pos && isSpace(bytes[e - 1])) e--;
    const lineNo = frames.length + 2;
    if (e === pos && stop >= end) break;
    if (frames.length >= maxFrames) return { tooMany: frames.length + 1 };
    const at = expect(bytes, pos, e, '{"t":');
    const [t, after] = at < 0 ? [Number.NaN, at] : number(bytes, at, e);
    if (!Number.isFinite(t) || expect(bytes, after, e, ',"m":') < 0) return { problem: { line: lineNo, why: 'shape' } };
    if (bytes[e - 1] !== 125 /* } */) return { problem: { line: lineNo, why: 'incomplete' } };
    if (t < last) return { problem: { line: lineNo, why: 'back' } };
    last = t;
    frames.push(new ByteFrame(t, bytes, pos, e));
    pos = stop + 1;
  }
  return { frames };
}
