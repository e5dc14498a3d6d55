import { describe, expect, it } from 'vitest';
import { browse, HISTORY_MAX, pushHistory } from './command-history.ts';

describe('command history', () => {
  it('skips immediate repeats and stays bounded', () => {
    expect(pushHistory(['a'], 'a')).toEqual(['a']);
    const long = Array.from({ length: HISTORY_MAX }, (_, i) => `c${i}`);
    const next = pushHistory(long, 'new');
    expect(next).toHaveLength(HISTORY_MAX);
    expect(next[next.length - 1]).toBe('new');
  });

  it('browses up to the oldest and back down to a fresh line', () => {
    const h = ['a', 'b'];
    expect(browse(h, null, -1)).toEqual({ index: 1, text: 'b' });
    expect(browse(h, 0, -1)).toEqual({ index: 0, text: 'a' });
    expect(browse(h, 1, 1)).toEqual({ index: null, text: '' });
    expect(browse(h, null, 1)).toEqual({ index: null, text: null });
    expect(browse([], null, -1)).toEqual({ index: null, text: null });
  });
});
