// Keyboard jog as in OctoPrint's control tab: arrows move X/Y, PgUp/PgDn move Z, Home homes X and Y.
import type { Axis } from '../../store/control-api.ts';

export type KeyAction = { kind: 'jog'; axis: Axis; dir: 1 | -1 } | { kind: 'home'; axes: Axis[] };

export function keyAction(key: string): KeyAction | null {
  switch (key) {
    case 'ArrowLeft':
      return { kind: 'jog', axis: 'x', dir: -1 };
    case 'ArrowRight':
      return { kind: 'jog', axis: 'x', dir: 1 };
    case 'ArrowUp':
      return { kind: 'jog', axis: 'y', dir: 1 };
    case 'ArrowDown':
      return { kind: 'jog', axis: 'y', dir: -1 };
    case 'PageUp':
      return { kind: 'jog', axis: 'z', dir: 1 };
    case 'PageDown':
      return { kind: 'jog', axis: 'z', dir: -1 };
    case 'Home':
      return { kind: 'home', axes: ['x', 'y'] };
    default:
      return null;
  }
}
