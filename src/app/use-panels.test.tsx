// Cards after the first data: held for one frame after it, or until the cap when no data comes.
// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterFirstData } from './use-panels.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useAfterFirstData', () => {
  it('holds the cards until a frame after the first data, then keeps them when the link drops', () => {
    const { result, rerender } = renderHook(({ dataIn }) => useAfterFirstData(dataIn, 1500), {
      initialProps: { dataIn: false },
    });
    act(() => vi.advanceTimersByTime(500));
    expect(result.current).toBe(false);
    rerender({ dataIn: true });
    // Not in the same task as the data: the chart draws in the next frame first.
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(20));
    expect(result.current).toBe(true);
    rerender({ dataIn: false });
    expect(result.current).toBe(true);
  });

  it('shows the cards after the cap when no data comes (a server that is down)', () => {
    const { result } = renderHook(() => useAfterFirstData(false, 1500));
    act(() => vi.advanceTimersByTime(1499));
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe(true);
  });
});
