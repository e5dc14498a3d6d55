import { describe, expect, it } from 'vitest';
import { shallowEqual } from './shallow-equal.ts';

describe('shallowEqual', () => {
  it('is true for the same values in the same places', () => {
    expect(shallowEqual({ a: 1, b: 'x' }, { b: 'x', a: 1 })).toBe(true);
    expect(shallowEqual([1, 2], [1, 2])).toBe(true);
    expect(shallowEqual(Number.NaN, Number.NaN)).toBe(true);
    const inner = { n: 1 };
    expect(shallowEqual({ inner }, { inner })).toBe(true);
  });

  it('is false for a changed, added or missing field, or a different kind of thing', () => {
    expect(shallowEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(shallowEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(shallowEqual([1], { 0: 1 })).toBe(false);
    expect(shallowEqual({ n: {} }, { n: {} })).toBe(false);
    expect(shallowEqual(null, {})).toBe(false);
    expect(shallowEqual(1, 2)).toBe(false);
  });
});
