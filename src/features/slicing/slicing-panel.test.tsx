// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEvent, applySlicingProgress } from '../../store/apply-event.ts';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices } from '../../testing/services.ts';
import { SlicingPanel } from './slicing-panel.tsx';

afterEach(cleanup);

const progress = (source_path: string, p: number) => ({
  slicer: 'prusa',
  source_location: 'local',
  source_path,
  dest_location: 'local',
  dest_path: source_path.replace('.stl', '.gcode'),
  progress: p,
});

describe('SlicingPanel', () => {
  it('appears with the first slicingProgress, shows one bar per job, and closes each by its event', () => {
    const kit = testServices({ start: 'fresh' });
    const { services } = kit;
    renderWithServices(<SlicingPanel />, kit);
    expect(screen.queryByRole('heading', { name: 'Slicing' })).toBeNull();
    act(() => {
      applySlicingProgress(services.activity, progress('a.stl', 40));
      applySlicingProgress(services.activity, progress('b.stl', 10));
    });
    expect(screen.getByRole('progressbar', { name: 'Slicing a.stl' }).getAttribute('value')).toBe('40');
    expect(screen.getByRole('progressbar', { name: 'Slicing b.stl' }).getAttribute('value')).toBe('10');
    act(() => {
      applyEvent(services.activity, { type: 'SlicingDone', payload: { stl: 'a.stl', gcode: 'a.gcode', time: 2 } }, 1);
      applyEvent(services.activity, { type: 'SlicingFailed', payload: { stl: 'b.stl', reason: 'bad mesh' } }, 2);
    });
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^Sliced a\.stl → a\.gcode100 %$/);
    expect(items[1]).toMatch(/^Failed b\.stl → b\.gcode \(bad mesh\)10 %$/);
  });
});
