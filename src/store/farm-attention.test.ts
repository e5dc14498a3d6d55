import { describe, expect, it } from 'vitest';
import { arrangeRows, attentionRank, ATTENTION_RANKS, needsPerson } from './farm-attention.ts';

const live = { link: 'ready' as const, tooOld: false, lastDataAt: 1 };

describe('attention', () => {
  it('ranks error, paused, finished, offline printer, link down, refused login first, in that order', () => {
    const ranks = [
      attentionRank({ ...live, kind: 'error' }),
      attentionRank({ ...live, kind: 'paused' }),
      attentionRank({ ...live, kind: 'finished' }),
      attentionRank({ ...live, kind: 'offline' }),
      attentionRank({ ...live, link: 'backoff', kind: 'printing' }),
      attentionRank({ ...live, link: 'auth-failed', kind: 'unknown' }),
      attentionRank({ ...live, kind: 'printing' }),
      attentionRank({ ...live, kind: 'operational' }),
    ];
    expect(ranks).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(ranks.map(needsPerson)).toEqual([true, true, true, true, true, true, false, false]);
  });

  it('a printer never reached yet waits; an old server needs a look', () => {
    expect(attentionRank({ link: 'connecting', kind: 'unknown', tooOld: false, lastDataAt: 0 })).toBe(
      ATTENTION_RANKS.waiting,
    );
    expect(attentionRank({ link: 'closed', kind: 'unknown', tooOld: true, lastDataAt: 0 })).toBe(
      ATTENTION_RANKS.linkDown,
    );
  });

  it('sorts by attention then name, filters by state and name', () => {
    const rows = [
      { id: 'a', name: 'Printer 10', rank: 6, completion: 50 },
      { id: 'b', name: 'Printer 2', rank: 6, completion: 80 },
      { id: 'c', name: 'Zed', rank: 1, completion: 10 },
    ];
    expect(arrangeRows(rows, 'attention', 'all', '').map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(arrangeRows(rows, 'progress', 'all', '').map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(arrangeRows(rows, 'name', 'attention', '').map((r) => r.id)).toEqual(['c']);
    expect(arrangeRows(rows, 'name', 'all', 'printer 1').map((r) => r.id)).toEqual(['a']);
  });
});
