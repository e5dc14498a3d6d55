import { describe, expect, it } from 'vitest';
import { attribute } from './long-frame-probe.ts';
import { burn, parseRenderLoad } from './render-load.ts';

describe('render load knob', () => {
  it('reads ?renderLoad=MS, ignoring junk and capping at 2 s', () => {
    expect(parseRenderLoad('?renderLoad=120')).toBe(120);
    expect(parseRenderLoad('?x=1')).toBe(0);
    expect(parseRenderLoad('?renderLoad=abc')).toBe(0);
    expect(parseRenderLoad('?renderLoad=-5')).toBe(0);
    expect(parseRenderLoad('?renderLoad=99999')).toBe(2000);
  });

  it('burns at least the asked time on the given clock', () => {
    let t = 0;
    burn(3, () => (t += 0.5));
    expect(t).toBeGreaterThanOrEqual(3);
  });
});

describe('long animation frame attribution', () => {
  it('names the longest script by invoker, function and file', () => {
    expect(attribute([])).toBeNull();
    expect(
      attribute([
        { duration: 3, invoker: 'FrameRequestCallback', sourceURL: 'http://x/a.js' },
        {
          duration: 70,
          invoker: 'FrameRequestCallback',
          sourceFunctionName: 'draw',
          sourceURL: 'http://x/assets/index-abc.js',
        },
      ]),
    ).toBe('FrameRequestCallback (draw @ index-abc.js)');
  });
});
