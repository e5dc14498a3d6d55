// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyEvent, loadEventWords } from '../../store/apply-event.ts';
import { renderWithServices } from '../../testing/render.tsx';
import { testServices } from '../../testing/services.ts';
import { ToastRegion } from './toast-region.tsx';

// The event words are a chunk of their own (apply-event.ts): loaded first, so events are worded as they come.
beforeAll(() => loadEventWords());

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ToastRegion', () => {
  it('shows print done for a while, keeps an error until dismissed', () => {
    const kit = testServices({ start: 'fresh' });
    const { services } = kit;
    renderWithServices(<ToastRegion />, kit);
    act(() => {
      applyEvent(services.activity, { type: 'PrintDone', payload: { name: 'cube.gcode', time: 30 } }, 1);
      applyEvent(services.activity, { type: 'Error', payload: { error: 'Heater decoupled' } }, 2);
    });
    const region = screen.getByRole('region', { name: 'Notifications' });
    expect(region.textContent).toContain('Print done');
    expect(screen.getByRole('alert').textContent).toContain('Heater decoupled');
    act(() => vi.advanceTimersByTime(60_000));
    expect(region.textContent).not.toContain('Print done');
    expect(region.textContent).toContain('Heater decoupled');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss Printer error' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
