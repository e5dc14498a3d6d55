// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { MeterSample } from '../perf/render-meter.ts';
import { installBenchHook } from './bench-hook.ts';

function fakeMeter() {
  const listeners: ((s: MeterSample) => void)[] = [];
  return {
    pending: 3,
    onSample(l: (s: MeterSample) => void) {
      listeners.push(l);
      return () => {};
    },
    emit(costMs: number) {
      for (const l of listeners) l({ at: 0, costMs, frameMs: costMs, messages: 1, latencyMs: 0, frameIntervalMs: 16 });
    },
  };
}

describe('installBenchHook', () => {
  afterEach(() => {
    delete window.__octoprintLiveBench;
  });

  it('keeps every cost sample on window with ?bench', () => {
    const m = fakeMeter();
    installBenchHook(m, '?bench');
    m.emit(1.5);
    m.emit(2.5);
    expect(window.__octoprintLiveBench?.costs).toEqual([1.5, 2.5]);
    expect(window.__octoprintLiveBench?.pending()).toBe(3);
  });

  it('installs nothing without it', () => {
    const m = fakeMeter();
    installBenchHook(m, '?other=1');
    m.emit(1);
    expect(window.__octoprintLiveBench).toBeUndefined();
  });
});
