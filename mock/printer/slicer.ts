// A stand-in slicer plugin: slicing a model emits slicingProgress messages and SlicingStarted/Done/Failed events.
import { builtInGcode } from './gcode-analysis.ts';
import type { VirtualPrinter } from './virtual-printer.ts';

export interface SliceRequest {
  model: string;
  gcode?: string;
  fail?: boolean;
  /** Printer seconds the slicing takes. */
  seconds?: number;
  user?: string;
}

export const SLICER = 'curalegacy';

/** Starts slicing; progress arrives in 10 steps, then the G-code file is added (or SlicingFailed). */
export function slice(p: VirtualPrinter, req: SliceRequest): { gcode: string } {
  const gcode = req.gcode ?? `${req.model.replace(/\.[^.]+$/, '')}.gcode`;
  const seconds = req.seconds ?? 2;
  const base = { stl: req.model, stl_location: 'local', gcode, gcode_location: 'local' };
  const progress = (n: number) =>
    p.emit('message-type', 'slicingProgress', {
      slicer: SLICER,
      source_location: 'local',
      source_path: req.model,
      dest_location: 'local',
      dest_path: gcode,
      progress: n,
    });
  p.event('SlicingStarted', { ...base, progressAvailable: true });
  progress(0);
  const steps = 10;
  for (let i = 1; i <= steps; i++) {
    p.schedule((seconds * i) / steps, () => {
      if (req.fail && i === steps / 2) {
        p.event('SlicingFailed', { ...base, reason: 'Slicer failed: mock failure requested' });
        return;
      }
      if (req.fail && i > steps / 2) return;
      progress((i / steps) * 100);
      if (i < steps) return;
      p.files.add(gcode, builtInGcode(), req.user ?? '_api');
      p.event('SlicingDone', { ...base, time: seconds });
      p.event('FileAdded', {
        storage: 'local',
        path: gcode,
        name: gcode,
        type: ['machinecode', 'gcode'],
        operation: 'add',
      });
      p.event('UpdatedFiles', { type: 'printables' });
    });
  }
  return { gcode };
}
