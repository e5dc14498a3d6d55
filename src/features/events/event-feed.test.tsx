// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyEvent, loadEventWords } from '../../store/apply-event.ts';
import { applyRenderEvent, applyRenderProgress } from '../../store/apply-timelapse.ts';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices } from '../../testing/services.ts';
import { EventFeed } from './event-feed.tsx';

// The event words are a chunk of their own (apply-event.ts): loaded first, so events are worded as they come.
beforeAll(() => loadEventWords());

afterEach(cleanup);

describe('EventFeed', () => {
  it('lists events newest first and filters by category and text', () => {
    const kit = testServices({ start: 'fresh' });
    const { services } = kit;
    renderWithServices(<EventFeed />, kit);
    expect(screen.getByText('No events yet')).toBeTruthy();
    act(() => {
      applyEvent(services.activity, { type: 'PrintStarted', payload: { name: 'cube.gcode' } }, 1000);
      applyEvent(services.activity, { type: 'PrinterStateChanged', payload: { state_string: 'Printing' } }, 2000);
      applyEvent(services.activity, { type: 'PrintDone', payload: { name: 'cube.gcode', time: 65 } }, 3000);
    });
    const texts = () => screen.getAllByRole('listitem').map((li) => li.querySelector('span')?.textContent);
    expect(texts()).toEqual([
      'Print done: cube.gcode in 1 min 5 s',
      'Printer state: Printing',
      'Print started: cube.gcode',
    ]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'printer' } });
    expect(texts()).toEqual(['Printer state: Printing']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'all' } });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter' }), { target: { value: 'DONE' } });
    expect(texts()).toEqual(['Print done: cube.gcode in 1 min 5 s']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter' }), { target: { value: 'nothing like this' } });
    expect(screen.getByText('No event matches the filter')).toBeTruthy();
  });

  it('shows a timelapse render with its progress, then its outcome', () => {
    const kit = testServices({ start: 'fresh' });
    const { services } = kit;
    renderWithServices(<EventFeed />, kit);
    const payload = { gcode: 'cube.gcode', movie: '/t/cube.mp4', movie_basename: 'cube.mp4' };
    act(() => {
      applyRenderEvent(services.activity, { type: 'MovieRendering', payload });
      applyRenderProgress(services.activity, 37);
    });
    const status = screen.getByRole('status', { name: 'Timelapse render' });
    expect(status.textContent).toContain('Rendering timelapse: cube.mp4');
    expect(screen.getByRole('progressbar', { name: 'Timelapse render progress' }).getAttribute('value')).toBe('37');
    act(() => applyRenderEvent(services.activity, { type: 'MovieFailed', payload: { ...payload, returncode: 1 } }));
    expect(screen.getByRole('status', { name: 'Timelapse render' }).textContent).toBe(
      'Timelapse rendering failed: cube.mp4 (exit code 1)',
    );
  });
});
