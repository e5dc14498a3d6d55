// The dashboard's cards after the heaters and the chart, loaded after the first paint in one go: each column's cards
// appear together instead of pushing each other down as their chunks land one by one (a layout shift on every load).
import { useEffect, useState } from 'react';
import { retryImport } from './retry-import.ts';

const load = () =>
  Promise.all([
    retryImport(() => import('../features/job/job-details.tsx')),
    retryImport(() => import('../features/motion/motion-panel.tsx')),
    retryImport(() => import('../features/files/files-panel.tsx')),
    retryImport(() => import('../features/webcam/webcam-panel.tsx')),
    retryImport(() => import('../features/notifications/action-notifications.tsx')),
    retryImport(() => import('../features/slicing/slicing-panel.tsx')),
    retryImport(() => import('../features/events/event-feed.tsx')),
    retryImport(() => import('../features/terminal/terminal-panel.tsx')),
    retryImport(() => import('../features/recording/recording-panel.tsx')),
  ]).then(([job, motion, files, webcam, notifications, slicing, events, terminal, recording]) => ({
    JobDetails: job.JobDetails,
    MotionPanel: motion.MotionPanel,
    FilesPanel: files.FilesPanel,
    WebcamPanel: webcam.WebcamPanel,
    ActionNotifications: notifications.ActionNotifications,
    SlicingPanel: slicing.SlicingPanel,
    EventFeed: events.EventFeed,
    TerminalPanel: terminal.TerminalPanel,
    RecordingPanel: recording.RecordingPanel,
  }));

export type Panels = Awaited<ReturnType<typeof load>>;
export type PanelsState = { panels: Panels } | { failed: true } | null;

/** Loaded once per page: the chunks are cached, so a dashboard opened again shows its cards at once. */
let loaded: Panels | null = null;
let loading: Promise<Panels> | null = null;

/**
 * The panels once every chunk is in, `failed` when one still could not load after its retries (retry-import.ts: a new
 * build replaced the chunks, or the network stayed down), null while loading. Nothing is fetched until
 * `start`: twenty chunks arriving and evaluating during the link's handshake delayed the first chart.
 */
export function usePanels(start: boolean): PanelsState {
  const [state, setState] = useState<PanelsState>(() => (loaded ? { panels: loaded } : null));
  useEffect(() => {
    if (loaded || !start) return;
    let live = true;
    loading ??= load();
    loading.then(
      (panels) => {
        loaded = panels;
        if (live) setState({ panels });
      },
      () => {
        if (live) setState({ failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [start]);
  return state;
}

/** True once `ms` have passed since the first render: a wait that must not last when an answer never comes. */
export function useAfter(ms: number): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDone(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return done;
}

/**
 * True one frame after `dataIn` first holds (so the chart's first draw with data comes before the cards' render), or
 * after `capMs` (a server that is down or slow must not keep the cards away). Mounting every card at once is the
 * page's largest main-thread task at start; before the first data it queued the socket's handshake behind it.
 */
export function useAfterFirstData(dataIn: boolean, capMs: number): boolean {
  const capped = useAfter(capMs);
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!dataIn || done) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setDone(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [dataIn, done]);
  return done || capped;
}
