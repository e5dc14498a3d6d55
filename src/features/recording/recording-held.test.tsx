// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { activateLocale } from '../../shared/i18n.ts';
import type { Recorder, RecorderStatus } from '../../store/recorder.ts';
import { RecordingHeld } from './recording-held.tsx';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await activateLocale('en');
});

function recorder(): Recorder {
  const status = createStore<RecorderStatus>(() => ({ bytes: 0, count: 0, oldest: 0, newest: 0, stopped: null }));
  return { status } as unknown as Recorder;
}

describe('RecordingHeld', () => {
  it("shows each batch's totals without rendering again, and follows the language", async () => {
    const rec = recorder();
    let renders = 0;
    render(
      <Profiler id="held" onRender={() => renders++}>
        <RecordingHeld recorder={rec} />
      </Profiler>,
    );
    const line = screen.getByText('Nothing recorded yet.');
    expect(line.textContent).toBe('Nothing recorded yet.');
    const oldest = Date.UTC(2026, 11, 2, 9, 0, 0);
    act(() => rec.status.setState({ count: 12, bytes: 3000, oldest, newest: oldest }));
    expect(line.textContent).toMatch(/^Holds 12 messages \(3 KB\) since .*2026/);
    act(() => rec.status.setState({ count: 13, bytes: 1.5 * 1024 * 1024 }));
    expect(line.textContent).toMatch(/^Holds 13 messages \(1\.5 MB\)/);
    expect(renders).toBe(1);
    await act(() => activateLocale('de'));
    expect(line.textContent).toMatch(/13 .*1,5 MB/);
    expect(line.textContent).not.toMatch(/^Holds/);
  });

  it('words the totals of batches written while it is off screen when it comes into view', () => {
    let seen: (entries: { isIntersecting: boolean }[]) => void = () => undefined;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(cb: typeof seen) {
          seen = cb;
        }
        observe() {}
        disconnect() {}
      },
    );
    const rec = recorder();
    render(<RecordingHeld recorder={rec} />);
    const line = screen.getByText('Nothing recorded yet.');
    act(() => seen([{ isIntersecting: false }]));
    act(() => rec.status.setState({ count: 12, bytes: 3000, oldest: 1, newest: 1 }));
    expect(line.textContent).toBe('Nothing recorded yet.');
    act(() => seen([{ isIntersecting: true }]));
    expect(line.textContent).toMatch(/^Holds 12 messages/);
    act(() => rec.status.setState({ count: 13 }));
    expect(line.textContent).toMatch(/^Holds 13 messages/);
  });
});
