import { describe, expect, it } from 'vitest';
import { indexFrames } from './frame-index.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const index = (s: string, max = 100) => indexFrames(bytes(s), 0, bytes(s).length, max);

describe('indexing frame lines in bytes', () => {
  it('reads each line time in place and decodes its text only when asked, multi-byte text intact', () => {
    const r = index('{"t":5,"m":{"a":"Ünïcödé ✓"}}\n{ "t" : 6.5 , "m" : 1 }\r\n{"t":1e3,"m":[]}\n');
    if (!('frames' in r)) throw new Error('expected frames');
    expect(r.frames.map((f) => f.t)).toEqual([5, 6.5, 1000]);
    expect(r.frames[0]?.line).toBe('{"t":5,"m":{"a":"Ünïcödé ✓"}}');
    expect(r.frames[1]?.line).toBe('{ "t" : 6.5 , "m" : 1 }');
  });

  it('names the first line that is not a frame, is cut off, or goes back in time', () => {
    expect(index('{"t":5,"m":1}\n{"x":5,"m":1}\n')).toEqual({ problem: { line: 3, why: 'shape' } });
    expect(index('{"t":"5","m":1}\n')).toEqual({ problem: { line: 2, why: 'shape' } });
    expect(index('{"t":5,"n":1}\n')).toEqual({ problem: { line: 2, why: 'shape' } });
    expect(index('{"t":5,"m":1}\n\n{"t":6,"m":1}\n')).toEqual({ problem: { line: 3, why: 'shape' } });
    expect(index('{"t":5,"m":{"a":1\n')).toEqual({ problem: { line: 2, why: 'incomplete' } });
    expect(index('{"t":5,"m":1}\n{"t":4,"m":1}\n')).toEqual({ problem: { line: 3, why: 'back' } });
    expect(index('{"t":5,"m":1}\n{"t":6,"m":1}\n', 1)).toEqual({ tooMany: 2 });
  });

  it('accepts a last line with no newline and ignores nothing else', () => {
    const r = index('{"t":5,"m":1}\n{"t":6,"m":2}');
    expect('frames' in r && r.frames.map((f) => f.line)).toEqual(['{"t":5,"m":1}', '{"t":6,"m":2}']);
  });
});
