// The later cards' chunks: nothing is fetched until the gate opens, then all of them at once, and only once.
// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const loaded = vi.hoisted(() => ({ count: 0 }));
const panel = (name: string) => {
  loaded.count += 1;
  return { [name]: () => null };
};
vi.mock('../features/job/job-details.tsx', () => panel('JobDetails'));
vi.mock('../features/motion/motion-panel.tsx', () => panel('MotionPanel'));
vi.mock('../features/files/files-panel.tsx', () => panel('FilesPanel'));
vi.mock('../features/webcam/webcam-panel.tsx', () => panel('WebcamPanel'));
vi.mock('../features/notifications/action-notifications.tsx', () => panel('ActionNotifications'));
vi.mock('../features/slicing/slicing-panel.tsx', () => panel('SlicingPanel'));
vi.mock('../features/events/event-feed.tsx', () => panel('EventFeed'));
vi.mock('../features/terminal/terminal-panel.tsx', () => panel('TerminalPanel'));
vi.mock('../features/recording/recording-panel.tsx', () => panel('RecordingPanel'));

afterEach(cleanup);

describe('usePanels', () => {
  it('loads nothing while closed, then every panel once the first data is drawn', async () => {
    const { usePanels } = await import('./use-panels.ts');
    const { result, rerender } = renderHook(({ start }) => usePanels(start), { initialProps: { start: false } });
    await new Promise((r) => setTimeout(r, 20));
    expect(loaded.count).toBe(0);
    expect(result.current).toBeNull();
    rerender({ start: true });
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(loaded.count).toBe(9);
    expect(result.current && 'panels' in result.current && Object.keys(result.current.panels)).toHaveLength(9);
    // A dashboard opened again gets them at once, without asking again.
    const again = renderHook(() => usePanels(false));
    expect(again.result.current).not.toBeNull();
    expect(loaded.count).toBe(9);
  });
});
