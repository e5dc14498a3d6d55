import { describe, expect, it } from 'vitest';
import { keyAction } from './jog-keys.ts';

describe('keyAction', () => {
  it('maps arrows, page keys and Home like OctoPrint, and nothing else', () => {
    expect(keyAction('ArrowUp')).toEqual({ kind: 'jog', axis: 'y', dir: 1 });
    expect(keyAction('PageUp')).toEqual({ kind: 'jog', axis: 'z', dir: 1 });
    expect(keyAction('Home')).toEqual({ kind: 'home', axes: ['x', 'y'] });
    expect(keyAction('a')).toBeNull();
  });
});
