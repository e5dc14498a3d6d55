import { describe, expect, it } from 'vitest';
import { TerminalBuffer } from './terminal-buffer.ts';

describe('TerminalBuffer', () => {
  it('keeps the newest lines in order up to its capacity and counts what it received', () => {
    const b = new TerminalBuffer(3);
    b.append(['a', 'b']);
    b.append(['c', 'd', 'e']);
    expect(b.lines()).toEqual(['c', 'd', 'e']);
    expect(b.length).toBe(3);
    expect(b.received).toBe(5);
  });

  it('ignores non-string lines and notifies subscribers once per change', () => {
    const b = new TerminalBuffer(5);
    let calls = 0;
    const unsub = b.subscribe(() => calls++);
    b.append([1, null, 'ok']);
    b.append([{}]);
    expect(b.lines()).toEqual(['ok']);
    expect(calls).toBe(1);
    unsub();
    b.append(['x']);
    expect(calls).toBe(1);
  });

  it('reset replaces the content with a fresh history', () => {
    const b = new TerminalBuffer(4);
    b.append(['1', '2', '3', '4', '5']);
    const v = b.version;
    b.reset(['h1', 'h2']);
    expect(b.lines()).toEqual(['h1', 'h2']);
    expect(b.version).toBeGreaterThan(v);
    b.reset([]);
    expect(b.lines()).toEqual([]);
  });

  it('holds 2000 lines by default once wired', () => {
    const b = new TerminalBuffer();
    b.append(Array.from({ length: 2500 }, (_, i) => `line ${i}`));
    expect(b.length).toBe(2000);
    expect(b.lines()[0]).toBe('line 500');
    expect(b.lines()[1999]).toBe('line 2499');
  });
});
